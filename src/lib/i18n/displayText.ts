/**
 * Display typography for the reading pages. The seed's text comes from a PDF whose text layer
 * gave some of the document's full-width punctuation as ASCII ("加强金融监管,利用大数据平台,").
 * The decisions file (seeds/aliases.yaml, `punctuation`) lists which marks the reading pages
 * show full-width, and why; the source page and the open data keep the seed's marks.
 *
 * A mark changes only where it touches Chinese, so what belongs to numbers and Latin text
 * stays: "1,000", "8:30", "3.5", "ISO 9001, 14001". Spaces beside a changed mark go, since a
 * full-width mark carries its own space. Pure: the browser may import it.
 */
export interface PunctuationRules {
  marks: readonly { ascii: string; display: string }[];
  brackets: readonly { open: string; close: string; displayOpen: string; displayClose: string }[];
}

/** Chinese characters and the full-width punctuation and quotation marks set beside them. */
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026`;
const IS_CJK = new RegExp(`[${CJK}]`, 'u');
const escape = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');

/** Sets one kind of bracket pair full-width where the pair holds or touches Chinese. */
function setBrackets(text: string, b: PunctuationRules['brackets'][number]): string {
  const chars = [...text];
  const open: number[] = [];
  const display = new Map<number, string>();
  const isSpace = (i: number) => /\s/u.test(chars[i] ?? '');
  const nonSpace = (from: number, step: 1 | -1) => {
    let i = from;
    while (isSpace(i)) i += step;
    return chars[i] ?? '';
  };
  chars.forEach((ch, i) => {
    if (ch === b.open) open.push(i);
    else if (ch === b.close && open.length > 0) {
      const start = open.pop()!;
      const chinese = IS_CJK.test(chars.slice(start + 1, i).join('')) || IS_CJK.test(nonSpace(start - 1, -1)) || IS_CJK.test(nonSpace(i + 1, 1));
      if (chinese) display.set(start, b.displayOpen).set(i, b.displayClose);
    }
  });
  if (display.size === 0) return text;
  // A full-width bracket carries its own space: spaces on either side of it go.
  const drop = new Set<number>();
  for (const i of display.keys()) {
    for (let j = i - 1; isSpace(j); j--) drop.add(j);
    for (let j = i + 1; isSpace(j); j++) drop.add(j);
  }
  return chars.map((ch, i) => (drop.has(i) ? '' : (display.get(i) ?? ch))).join('');
}

function compile(rules: PunctuationRules): (text: string) => string {
  const display = new Map(rules.marks.map((m) => [m.ascii, m.display]));
  const markClass = rules.marks.map((m) => escape(m.ascii)).join('');
  const marks = markClass
    ? new RegExp(String.raw`(?<=[${CJK}])\s*([${markClass}])\s*|\s*([${markClass}])\s*(?=[${CJK}])`, 'gu')
    : undefined;
  return (text) => {
    let result = rules.brackets.reduce(setBrackets, text);
    if (marks) result = result.replace(marks, (whole, left?: string, right?: string) => display.get(left ?? right ?? '') ?? whole);
    return result;
  };
}

const compiled = new WeakMap<PunctuationRules, (text: string) => string>();

/**
 * The text as a reading page shows it: the decisions' ASCII marks that touch Chinese set
 * full-width. With no decision (null), the text as it is.
 */
export function displayText(text: string, decisions: PunctuationRules | null | undefined): string {
  if (!decisions) return text;
  let apply = compiled.get(decisions);
  if (!apply) compiled.set(decisions, (apply = compile(decisions)));
  return apply(text);
}
