/**
 * The headings the document gives its tasks, areas and measures, in one edition:
 * "一、营造国际化…", "（三）…", "第12项". Each fills a UI template with data already in the
 * edition's script, so the plan's wording never passes through the interface-word table.
 * Pure; any page or component with an edition (Astro.locals.edition) calls these.
 */
import type { Edition } from '../i18n/edition.ts';
import { fill } from '../i18n/template.ts';
import { chineseOrdinal } from '../plan/chineseOrdinal.ts';

type Words = Pick<Edition, 'ui' | 'tx'>;

/** "一、" + the task's title. */
export function taskHeading({ ui, tx }: Words, task: { no: number; title: string }): string {
  return fill(ui.pages.taskHeading, { ordinal: chineseOrdinal(task.no), title: tx(task.title) });
}

/** "（一）" + the area's title. */
export function areaHeading({ ui, tx }: Words, area: { no: number; title: string }): string {
  return fill(ui.pages.areaHeading, { ordinal: chineseOrdinal(area.no), title: tx(area.title) });
}

/** "第12项". */
export function measureNumber({ ui }: Pick<Edition, 'ui'>, id: number): string {
  return fill(ui.pages.measure.number, { id });
}

/** The id of a task's heading in a list of measures grouped under the document's headings: "task-3". */
export function taskAnchor(task: { no: number }): string {
  return `task-${task.no}`;
}

/** The id of an area's heading there: "area-12". */
export function areaAnchor(area: { no: number }): string {
  return `area-${area.no}`;
}
