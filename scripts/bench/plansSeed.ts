/**
 * Synthetic seeds for the several-plans benchmark: from the real seed, a plan of exactly
 * `measures` measures (the real rows, then copies numbered after them, as scaleSeed makes
 * them, cut at `measures`), titled apart so several can sit in one site. Pure text in, text
 * out: the bench writes the files.
 */
import { scaleSeed } from './scaleSeed.ts';

/** The real seed grown or cut to `measures` measures; `copy` (1, 2 …) names the plan apart in its title. */
export function planSeed(markdown: string, realMeasures: number, measures: number, copy: number): string {
  const factor = Math.max(1, Math.ceil(measures / realMeasures));
  const scaled = scaleSeed(markdown, factor, realMeasures);
  // A table row whose measure number is past the cut goes; the real rows (which state the
  // tasks and areas the copies carry on) come first in number, so nothing they state is lost.
  const kept = scaled.split('\n').filter((line) => {
    const no = /^\|(?:[^|]*\|){2}\s*(\d+)[.．、]/u.exec(line)?.[1];
    return no === undefined || Number(no) <= measures;
  });
  let titled = false;
  return kept
    .map((line) => {
      if (titled || !/^\s*\d{4}年.*任务分工表\s*$/u.test(line)) return line;
      titled = true;
      return line.replace(/任务分工表\s*$/u, `任务分工表（合成第${copy}份）`);
    })
    .join('\n');
}
