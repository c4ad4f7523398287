/**
 * What the interactive timeline shows, as pure functions of its data and its state: the lane
 * mode and filters as they travel in the URL (`?lanes=lead&task=2&group=<slug>&dept=工商&role=lead`),
 * which departments a typed name stands for (the shared name matcher), and the frame the page
 * shows for a state: which marks, lanes and divider rows stay, each cell's, column's and
 * count-table number, and the status line. The server renders the whole timeline; the
 * element (deadline-timeline.ts) only applies a frame to it, so this is where the logic is
 * tested.
 */
import type { Side } from '../plan/schema.ts';
import { fill } from '../i18n/template.ts';
import { matchStrength } from '../search/matchNames.ts';
import { isLaneMode, LANE_MODES, type LaneMode } from './timelineLanes.ts';

/** A measure as the element needs it: where it sits and who is on it (department slugs). */
export interface TimelineMeasure {
  id: number;
  /** Its column: `YYYY-MM`, `completed` or `ongoing`. */
  bin: string;
  task: number;
  /** Working group slug. */
  group: string;
  /** Slugs of the departments listed first on it (one per side). */
  lead: string[];
  /** Slugs of the departments listed after the first. */
  support: string[];
}

export interface TimelineDepartment {
  slug: string;
  /** The name as this edition writes it. */
  name: string;
  side: Side;
  /** nameSearchKeys of its name and aliases: both scripts, pinyin, initials. */
  keys: string[];
  /**
   * Its measures in the site's other plans (several plans only), by index into
   * `TimelineData.otherPlans`: what the box says after this plan's, with a link there.
   */
  elsewhere?: { plan: number; lead: number[]; support: number[] }[];
  /** Named by other plans only: the box finds it only when nothing of this plan matches. */
  elsewhereOnly?: true;
}

/** Another plan of the site, as the box's "also on" line links to it. */
export interface OtherPlan {
  /** Its label in the page's script: 《…》. */
  label: string;
  /** Its timeline, in this edition. */
  href: string;
}

export interface TimelineLaneData {
  key: string;
  side?: Side;
  ids: number[];
}

/** Everything the element is given at build time (through elementConfig). */
export interface TimelineData {
  measures: TimelineMeasure[];
  departments: TimelineDepartment[];
  lanes: Record<LaneMode, TimelineLaneData[]>;
  /** The task numbers and group slugs a URL may name. */
  tasks: number[];
  groups: string[];
  /**
   * With several plans, the site's other plans. The box then matches every body of the site
   * (departments lists those of other plans after this plan's), so a body is found whichever
   * plan names it.
   */
  otherPlans?: OtherPlan[];
}

export type DepartmentRole = 'lead' | 'support';

export interface TimelineState {
  lanes: LaneMode;
  task: number | null;
  group: string | null;
  /** What the department box holds: a name, a part of one, pinyin or initials; '' for none. */
  dept: string;
  role: DepartmentRole | null;
}

export const INITIAL_STATE: TimelineState = { lanes: LANE_MODES[0], task: null, group: null, dept: '', role: null };

/**
 * The state an address asks for; anything unknown falls back to "no filter". `dept` may be
 * a department's slug (the department pages link so), which the box then shows by name;
 * the no-JavaScript anchors (#lanes-group) choose the lane mode too.
 */
export function parseState(search: string, hash: string, data: Pick<TimelineData, 'departments' | 'tasks' | 'groups'>): TimelineState {
  const params = new URLSearchParams(search);
  const lanes = params.get('lanes') ?? /^#lanes-(\w+)$/u.exec(hash)?.[1];
  const task = Number(params.get('task'));
  const group = params.get('group') ?? '';
  const dept = (params.get('dept') ?? '').trim();
  const role = params.get('role');
  return {
    lanes: isLaneMode(lanes) ? lanes : INITIAL_STATE.lanes,
    task: data.tasks.includes(task) ? task : null,
    group: data.groups.includes(group) ? group : null,
    dept: data.departments.find((d) => d.slug === dept)?.name ?? dept,
    role: role === 'lead' || role === 'support' ? role : null,
  };
}

/**
 * The query string of a state ('' for the plain view), in a fixed order. A box holding one
 * department's whole name is written as its slug, so the address does not depend on the script.
 */
export function formatState(state: TimelineState, data: Pick<TimelineData, 'departments'>): string {
  const params = new URLSearchParams();
  if (state.lanes !== INITIAL_STATE.lanes) params.set('lanes', state.lanes);
  if (state.task !== null) params.set('task', String(state.task));
  if (state.group !== null) params.set('group', state.group);
  const dept = state.dept.trim();
  if (dept) params.set('dept', data.departments.find((d) => d.name === dept)?.slug ?? dept);
  if (state.role !== null) params.set('role', state.role);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filter form's control values for a state, by control name. */
export function controlValues(state: TimelineState): Record<'task' | 'group' | 'dept' | 'role', string> {
  return { task: state.task === null ? '' : String(state.task), group: state.group ?? '', dept: state.dept, role: state.role ?? '' };
}

/**
 * The change a control's new value makes. Each control alone decides its part of the state:
 * the department box's text replaces whatever department filter was there before.
 */
export function changeFromControl(name: string, value: string): Partial<TimelineState> {
  switch (name) {
    case 'task':
      return { task: value && Number.isInteger(Number(value)) ? Number(value) : null };
    case 'group':
      return { group: value || null };
    case 'dept':
      return { dept: value };
    case 'role':
      return { role: value === 'lead' || value === 'support' ? value : null };
    default:
      return {};
  }
}

/**
 * The departments a typed name stands for, in the data's order: the ones it names whole (a
 * full name, alias, full pinyin or initials) if any, else every one it is part of, so 工商
 * is both 市工商局 and 横琴工商局 and 横琴工商局 is only itself.
 */
export function chosenDepartments(query: string, departments: readonly TimelineDepartment[]): TimelineDepartment[] {
  const strengths = departments.map((d) => matchStrength(query, d.keys));
  const best = Math.max(0, ...strengths);
  if (best === 0) return [];
  return departments.filter((_, i) => (best === 3 ? strengths[i] === 3 : strengths[i]! > 0));
}

/**
 * The departments the box stands for on this plan's timeline: this plan's bodies that the
 * text names; only when it names none of them, the other plans' bodies (several plans), so a
 * name one of them has whole never hides this plan's bodies it is part of.
 */
export function boxDepartments(query: string, departments: readonly TimelineDepartment[]): TimelineDepartment[] {
  const here = chosenDepartments(query, departments.filter((d) => !d.elsewhereOnly));
  return here.length > 0 ? here : chosenDepartments(query, departments.filter((d) => d.elsewhereOnly));
}

/** Key of a lane's cell in a column, for TimelineFrame.cells. */
export const cellKey = (mode: LaneMode, lane: string, bin: string) => `${mode}:${lane}:${bin}`;
/** Key of the count table's cell; `all` for the row or column totals. */
export const tableKey = (task: number | 'all', bin: string) => `${task}:${bin}`;

export interface TimelineFrame {
  /** Whether any filter is on (counts then read "shown/total"). */
  filtering: boolean;
  /** Ids of the measures that show. */
  shown: Set<number>;
  /** The departments the box stands for (empty: no department filter). */
  departments: TimelineDepartment[];
  /** The box holds text that names no department. */
  unmatched: boolean;
  /** The chosen departments' role on each measure they are on. */
  roleOf: Map<number, DepartmentRole>;
  /** Lanes that stay, per mode (every lane while nothing is filtered). */
  lanes: Record<LaneMode, Set<string>>;
  /** Sides whose divider row stays in the `lead` mode. */
  sides: Set<Side>;
  /** Shown measures per lane and column (cellKey). */
  cells: Map<string, number>;
  /** Shown measures per column. */
  columns: Map<string, number>;
  /** The count table: shown measures per task and column, with `all` totals (tableKey). */
  table: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** What the page shows for a state. */
export function timelineFrame(data: TimelineData, state: TimelineState): TimelineFrame {
  const departments = state.dept.trim() ? boxDepartments(state.dept, data.departments) : [];
  const chosen = new Set(departments.map((d) => d.slug));
  const roleOf = new Map<number, DepartmentRole>();
  for (const m of data.measures) {
    if (m.lead.some((slug) => chosen.has(slug))) roleOf.set(m.id, 'lead');
    else if (m.support.some((slug) => chosen.has(slug))) roleOf.set(m.id, 'support');
  }
  const keeps = (m: TimelineMeasure) =>
    (state.task === null || m.task === state.task) &&
    (state.group === null || m.group === state.group) &&
    (chosen.size === 0 || (state.role === null ? roleOf.has(m.id) : roleOf.get(m.id) === state.role));
  const shownMeasures = data.measures.filter(keeps);
  const shown = new Set(shownMeasures.map((m) => m.id));
  const filtering = state.task !== null || state.group !== null || chosen.size > 0;

  const binOf = new Map(data.measures.map((m) => [m.id, m.bin]));
  const cells = new Map<string, number>();
  const lanes = Object.fromEntries(LANE_MODES.map((mode) => [mode, new Set<string>()])) as Record<LaneMode, Set<string>>;
  const sides = new Set<Side>();
  for (const mode of LANE_MODES) {
    for (const lane of data.lanes[mode]) {
      const ids = lane.ids.filter((id) => shown.has(id));
      for (const id of ids) bump(cells, cellKey(mode, lane.key, binOf.get(id) ?? ''));
      if (filtering && ids.length === 0) continue;
      lanes[mode].add(lane.key);
      if (mode === 'lead' && lane.side) sides.add(lane.side);
    }
  }
  const columns = new Map<string, number>();
  const table = new Map<string, number>();
  for (const m of shownMeasures) {
    bump(columns, m.bin);
    for (const key of [tableKey(m.task, m.bin), tableKey(m.task, 'all'), tableKey('all', m.bin), tableKey('all', 'all')]) bump(table, key);
  }
  return { filtering, shown, departments, unmatched: Boolean(state.dept.trim()) && departments.length === 0, roleOf, lanes, sides, cells, columns, table };
}

/** The templates the status line is made of (ui.timeline, in the page's script). */
export interface StatusWords {
  shown: string;
  oneDepartment: string;
  manyDepartments: string;
  manyDepartmentsCut: string;
  unknownDepartment: string;
  notInPlan: string;
  deptLegend: Record<Side | 'either', string>;
  someDepartments: string;
  namesJoin: string;
}

/** How many names the status line lists before it says "and others". */
export const NAMES_LISTED = 6;

/**
 * The status line of a frame: what the box matched (or that it matched nothing), how many
 * measures show, and what the marks' fills mean for the chosen departments' side(s).
 */
export function statusText(frame: TimelineFrame, state: TimelineState, total: number, words: StatusWords): string {
  const line = fill(words.shown, { shown: frame.shown.size, total });
  const chosen = frame.departments;
  if (frame.unmatched) return `${fill(words.unknownDepartment, { query: state.dept.trim() })}${line}`;
  if (chosen.length === 0) return line;
  const names = chosen.slice(0, NAMES_LISTED).map((d) => d.name).join(words.namesJoin);
  const found =
    chosen.length === 1 ? fill(words.oneDepartment, { name: names })
    : fill(chosen.length > NAMES_LISTED ? words.manyDepartmentsCut : words.manyDepartments, { query: state.dept.trim(), n: chosen.length, names });
  // Bodies only other plans name: no fills to explain here (the "elsewhere" line links there).
  if (frame.roleOf.size === 0) return `${chosen.length === 1 ? '' : found}${fill(words.notInPlan, { who: chosen.length === 1 ? names : words.someDepartments })}${line}`;
  const sides = new Set(chosen.map((d) => d.side));
  const side = sides.size === 1 ? [...sides][0]! : 'either';
  const legend = fill(words.deptLegend[side], { who: chosen.length === 1 ? names : words.someDepartments });
  return `${found}${line}${legend}`;
}

/** One link of the box's "also on" line: another plan, how many of its measures, and its timeline filtered alike. */
export interface ElsewhereLink {
  label: string;
  n: number;
  href: string;
}

/**
 * Where else the chosen bodies are on measures (several plans only): each other plan with
 * how many of its measures name any of them (in the chosen role, when one is), linked to that
 * plan's timeline with the same department and role. Empty for a one-plan site.
 */
export function elsewhereLinks(frame: Pick<TimelineFrame, 'departments'>, state: TimelineState, data: Pick<TimelineData, 'otherPlans'>): ElsewhereLink[] {
  const plans = data.otherPlans ?? [];
  const leads = plans.map(() => new Set<number>());
  const supports = plans.map(() => new Set<number>());
  for (const department of frame.departments) {
    for (const { plan, lead, support } of department.elsewhere ?? []) {
      for (const id of lead) leads[plan]!.add(id);
      for (const id of support) supports[plan]!.add(id);
    }
  }
  // As that plan's timeline counts them: a measure one chosen body leads and another supports is a lead one.
  const ids = plans.map((_, i) => {
    const supportOnly = [...supports[i]!].filter((id) => !leads[i]!.has(id));
    return new Set(state.role === 'lead' ? leads[i] : state.role === 'support' ? supportOnly : [...leads[i]!, ...supportOnly]);
  });
  const params = new URLSearchParams();
  params.set('dept', frame.departments.length === 1 ? frame.departments[0]!.slug : state.dept.trim());
  if (state.role) params.set('role', state.role);
  return plans.flatMap((plan, i) => (ids[i]!.size > 0 ? [{ label: plan.label, n: ids[i]!.size, href: `${plan.href}?${params}` }] : []));
}

/** What the status line adds when there are links to other plans (they sit outside it): so a screen reader hears of them. */
export function elsewhereNote(links: readonly ElsewhereLink[], words: Pick<FrameWords, 'elsewhereNote'>): string {
  return links.length === 0 ? '' : fill(words.elsewhereNote, { n: links.reduce((sum, link) => sum + link.n, 0), plans: links.length });
}

/** Every template a frame writes into the page. */
export interface FrameWords extends StatusWords {
  elsewhere: string;
  elsewhereItem: string;
  elsewhereNote: string;
  count: string;
  countOf: string;
  tableCaption: string;
  tableCaptionFiltered: string;
}

/** The text a frame writes into the page: the status line, the table's caption, and how counts read. */
export function frameText(frame: TimelineFrame, state: TimelineState, total: number, words: FrameWords) {
  return {
    status: statusText(frame, state, total, words),
    tableCaption: frame.filtering ? fill(words.tableCaptionFiltered, { shown: frame.shown.size, total }) : words.tableCaption,
    /** A lane's cell: how many of its measures show. */
    cellCount: (n: number) => fill(words.count, { n }),
    /** A column head: shown of its total while filtering, else its total. */
    columnCount: (n: number, columnTotal: number) => (frame.filtering ? fill(words.countOf, { shown: n, total: columnTotal }) : fill(words.count, { n: columnTotal })),
  };
}

/** A column's bar, in px of its `full` height, for `n` shown against the fullest column's `max`; rounded to 0.1 px. */
export function barHeight(n: number, max: number, full: number): number {
  return Math.round((n / (max || 1)) * full * 10) / 10;
}

interface Box {
  left: number;
  top: number;
  bottom: number;
  width: number;
}

/**
 * Where a mark's card goes, relative to the timeline's box (`host`): below the mark if it fits
 * in the window, else above; never past the timeline's left or right edge.
 */
export function cardPosition(host: Box, mark: Box, card: { width: number; height: number }, windowHeight: number, gap = 6): { left: number; top: number } {
  const below = mark.bottom + gap + card.height <= windowHeight || mark.top - gap - card.height < 0;
  return {
    left: Math.max(0, Math.min(mark.left - host.left, host.width - card.width)),
    top: below ? mark.bottom - host.top + gap : mark.top - host.top - gap - card.height,
  };
}

export type RoveKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';
const ROVE_KEYS: readonly string[] = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'] satisfies RoveKey[];

export function isRoveKey(key: string): key is RoveKey {
  return ROVE_KEYS.includes(key);
}

/**
 * Where an arrow key moves the focus among the visible marks, given as rows (one per lane)
 * of their x positions: along the row, or to the mark nearest in x in the row above or
 * below; Home and End go to the row's ends (with Ctrl, the first and last mark of all).
 * Null when there is nowhere to go.
 */
export function roveTarget(rows: readonly (readonly number[])[], at: { row: number; col: number }, key: RoveKey, ctrl = false): { row: number; col: number } | null {
  const row = rows[at.row];
  if (!row) return null;
  const x = row[at.col] ?? 0;
  const nearest = (r: number) => {
    const other = rows[r];
    if (!other || other.length === 0) return null;
    let col = 0;
    for (let c = 1; c < other.length; c++) if (Math.abs(other[c]! - x) < Math.abs(other[col]! - x)) col = c;
    return { row: r, col };
  };
  const lastRow = rows.length - 1;
  switch (key) {
    case 'ArrowRight':
      return at.col + 1 < row.length ? { row: at.row, col: at.col + 1 } : null;
    case 'ArrowLeft':
      return at.col > 0 ? { row: at.row, col: at.col - 1 } : null;
    case 'ArrowDown':
      return nearest(at.row + 1);
    case 'ArrowUp':
      return nearest(at.row - 1);
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: (rows[lastRow]?.length ?? 1) - 1 } : { row: at.row, col: row.length - 1 };
  }
}
