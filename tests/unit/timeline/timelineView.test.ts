import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { buildSiteModel } from '../../../src/lib/model/siteModel.ts';
import { readSource } from '../../../src/lib/site/readPlan.ts';
import { deadlineBin } from '../../../src/lib/timeline/deadlineBin.ts';
import { timelineData } from '../../../src/lib/timeline/timelineData.ts';
import { LANE_MODES } from '../../../src/lib/timeline/timelineLanes.ts';
import { timelineRoleWords } from '../../../src/lib/timeline/timelineWords.ts';
import { txRoles } from '../../../src/lib/model/planRoles.ts';
import {
  barHeight,
  cardPosition,
  cellKey,
  changeFromControl,
  chosenDepartments,
  controlValues,
  formatState,
  frameText,
  INITIAL_STATE,
  parseState,
  roveTarget,
  statusText,
  tableKey,
  timelineFrame,
  type TimelineState,
} from '../../../src/lib/timeline/timelineView.ts';

const { plan, decisions } = readSource();
const model = buildSiteModel(plan, decisions).plans[0]!;
const simplified = createEdition({ locale: 'zh-CN', base: '/', overrides: decisions.traditional });
const traditional = createEdition({ locale: 'zh-Hant', base: '/', overrides: decisions.traditional });
const data = timelineData(model, decisions, simplified);
// The role words are the plan's own (its 说明's): the legend's templates come filled with them.
const words = { ...simplified.ui.timeline, deptLegend: timelineRoleWords(simplified.ui, txRoles(model.roles, simplified.tx)).deptLegend };
const state = (change: Partial<TimelineState>): TimelineState => ({ ...INITIAL_STATE, ...change });
const idsOf = (measures: readonly { id: number }[]) => new Set(measures.map((m) => m.id));

/** The real plan's department with the most measures, and the two characters its name is typed by most often: a part shared by other names. */
const busiest = [...model.departments].sort((a, b) => b.assignments.length - a.assignments.length)[0]!;
const sharedPart = (() => {
  // A two-character part of some department's name that at least two names contain.
  for (const d of model.departments) {
    for (let i = 0; i + 2 <= d.name.length; i++) {
      const part = d.name.slice(i, i + 2);
      const holders = model.departments.filter((other) => other.name.includes(part));
      if (holders.length >= 2 && holders.some((h) => h.side === 'municipal') && holders.some((h) => h.side === 'district')) return { part, holders };
    }
  }
  throw new Error('no name part shared across the two sides');
})();

describe('the timeline state in the URL', () => {
  it('reads lanes, task, group, department and role, and writes them back the same', () => {
    const group = model.groups[1]!.slug;
    const search = `?lanes=lead&task=2&group=${group}&dept=${busiest.slug}&role=support`;
    const parsed = parseState(search, '', data);
    expect(parsed).toEqual({ lanes: 'lead', task: 2, group, dept: busiest.name, role: 'support' });
    expect(formatState(parsed, data)).toBe(search);
  });

  it('keeps a typed part of a name as typed, and the plain view has no query at all', () => {
    const typed = state({ dept: sharedPart.part });
    expect(formatState(typed, data)).toBe(`?dept=${encodeURIComponent(sharedPart.part)}`);
    expect(parseState(formatState(typed, data), '', data)).toEqual(typed);
    expect(formatState(INITIAL_STATE, data)).toBe('');
  });

  it('ignores what the plan does not have, and understands the no-JavaScript anchors', () => {
    expect(parseState('?lanes=colour&task=99&group=no-such-group&role=boss', '', data)).toEqual(INITIAL_STATE);
    expect(parseState('', '#lanes-group', data).lanes).toBe('group');
    expect(parseState('?lanes=task', '#lanes-group', data).lanes).toBe('task');
  });

  it('maps each control to its part of the state, and back', () => {
    expect(changeFromControl('task', '3')).toEqual({ task: 3 });
    expect(changeFromControl('task', '')).toEqual({ task: null });
    expect(changeFromControl('role', 'lead')).toEqual({ role: 'lead' });
    expect(changeFromControl('role', 'boss')).toEqual({ role: null });
    expect(changeFromControl('elsewhere', 'x')).toEqual({});
    expect(controlValues(state({ task: 3, dept: '工', role: 'support' }))).toEqual({ task: '3', group: '', dept: '工', role: 'support' });
  });
});

describe('which departments a typed name stands for', () => {
  const names = (query: string) => chosenDepartments(query, data.departments).map((d) => d.name);

  it('takes every department whose name contains a typed part, on both sides', () => {
    expect(names(sharedPart.part)).toEqual(sharedPart.holders.map((d) => d.name));
  });

  it('takes only the one department a whole name, its full pinyin or its initials name', () => {
    const keys = data.departments.find((d) => d.slug === busiest.slug)!.keys;
    for (const key of keys) expect(names(key), key).toContain(busiest.name);
    expect(names(busiest.name)).toEqual([busiest.name]);
  });

  it('takes the Traditional spelling of a name on the Traditional page', () => {
    const hant = timelineData(model, decisions, traditional);
    const department = hant.departments.find((d) => d.slug === busiest.slug)!;
    expect(chosenDepartments(department.name, hant.departments)).toEqual([department]);
    expect(chosenDepartments(sharedPart.part, hant.departments).map((d) => d.slug)).toEqual(sharedPart.holders.map((d) => d.slug));
  });

  it('ships no key with a character the decisions write otherwise on the Traditional page, yet finds that name by Traditional and pinyin', () => {
    const hant = timelineData(model, decisions, traditional);
    const wrong = decisions.traditional.map((o) => o.simplified);
    for (const d of hant.departments) for (const key of d.keys) for (const form of wrong) expect(key, d.name).not.toContain(form);
    const taxed = model.departments.find((d) => wrong.some((form) => d.name.includes(form)))!;
    const keys = hant.departments.find((d) => d.slug === taxed.slug)!.keys;
    expect(keys).toContain(traditional.tx(taxed.name));
    expect(chosenDepartments(taxed.slug.replaceAll('-', ''), hant.departments).map((d) => d.slug)).toContain(taxed.slug);
  });

  it('takes nothing for a name no department has', () => {
    expect(names('不存在的部门')).toEqual([]);
  });
});

describe('the frame a state shows', () => {
  it('shows everything, every lane and the whole plan’s counts when nothing is filtered', () => {
    const frame = timelineFrame(data, INITIAL_STATE);
    expect(frame.filtering).toBe(false);
    expect(frame.shown.size).toBe(model.measures.length);
    for (const mode of LANE_MODES) expect(frame.lanes[mode].size).toBe(data.lanes[mode].length);
    expect(frame.table.get(tableKey('all', 'all'))).toBe(model.measures.length);
    for (const task of model.tasks) expect(frame.table.get(tableKey(task.no, 'all'))).toBe(task.measures.length);
  });

  it('shows exactly the measures of the departments a typed part names, their role in each, and hides lanes left empty', () => {
    const frame = timelineFrame(data, state({ dept: sharedPart.part }));
    const expected = new Set(sharedPart.holders.flatMap((d) => d.assignments.map((a) => a.measure.id)));
    expect(frame.shown).toEqual(expected);
    for (const id of expected) {
      const leads = sharedPart.holders.some((d) => d.lead.some((m) => m.id === id));
      expect(frame.roleOf.get(id)).toBe(leads ? 'lead' : 'support');
    }
    const leadLanes = data.lanes.lead.filter((lane) => lane.ids.some((id) => expected.has(id))).map((lane) => lane.key);
    expect([...frame.lanes.lead]).toEqual(leadLanes);
  });

  it('narrows a department to its role: listed first, or listed after', () => {
    expect(timelineFrame(data, state({ dept: busiest.name, role: 'lead' })).shown).toEqual(idsOf(busiest.lead));
    expect(timelineFrame(data, state({ dept: busiest.name, role: 'support' })).shown).toEqual(idsOf(busiest.support));
  });

  it('replaces a department filter with the next one typed, and with none when the text names nobody', () => {
    const before = state({ dept: busiest.name });
    const after = { ...before, ...changeFromControl('dept', '不存在的部门') };
    const frame = timelineFrame(data, after);
    expect(frame.unmatched).toBe(true);
    expect(frame.shown.size).toBe(model.measures.length);
    expect(statusText(frame, after, model.measures.length, words)).toContain('不存在的部门');
  });

  it('counts the shown measures per task and deadline in the table, with totals that add up', () => {
    const task = model.tasks[0]!;
    const frame = timelineFrame(data, state({ task: task.no, dept: sharedPart.part }));
    const shown = model.measures.filter((m) => frame.shown.has(m.id));
    expect(shown.every((m) => m.task === task)).toBe(true);
    const byBin = new Map<string, number>();
    for (const m of shown) byBin.set(deadlineBin(m.deadline).key, (byBin.get(deadlineBin(m.deadline).key) ?? 0) + 1);
    for (const [bin, n] of byBin) {
      expect(frame.table.get(tableKey(task.no, bin))).toBe(n);
      expect(frame.table.get(tableKey('all', bin))).toBe(n);
      expect(frame.columns.get(bin)).toBe(n);
    }
    expect(frame.table.get(tableKey('all', 'all'))).toBe(shown.length);
    expect(frame.table.get(tableKey(model.tasks[1]!.no, 'all'))).toBeUndefined();
  });

  it('counts each lane’s shown measures per column', () => {
    const frame = timelineFrame(data, state({ dept: busiest.name }));
    const lane = data.lanes.task.find((l) => l.ids.some((id) => frame.shown.has(id)))!;
    const total = [...frame.cells].filter(([key]) => key.startsWith(`task:${lane.key}:`)).reduce((n, [, count]) => n + count, 0);
    expect(total).toBe(lane.ids.filter((id) => frame.shown.has(id)).length);
    expect(frame.cells.get(cellKey('task', lane.key, 'no-such-column'))).toBeUndefined();
  });

  it('keeps a side’s divider row only while one of its lanes shows', () => {
    const municipalOnly = model.departments.find((d) => d.side === 'municipal' && d.lead.length > 0 && d.lead.every((m) => m.district.length === 0));
    const frame = timelineFrame(data, state({ dept: busiest.name, role: 'lead' }));
    expect([...frame.sides]).toEqual([...new Set(busiest.lead.flatMap((m) => m.leads.map((a) => a.side)))]);
    if (municipalOnly) expect([...timelineFrame(data, state({ dept: municipalOnly.name, role: 'lead' })).sides]).toEqual(['municipal']);
  });
});

describe('the status line', () => {
  const status = (s: TimelineState) => statusText(timelineFrame(data, s), s, model.measures.length, words);

  it('says how many measures show of all', () => {
    expect(status(INITIAL_STATE)).toBe(`显示${model.measures.length}项措施，共${model.measures.length}项。`);
  });

  it('names the one department found, and what the fills mean in its side’s own terms', () => {
    const district = model.departments.find((d) => d.side === 'district' && d.lead.length > 0)!;
    const municipal = model.departments.find((d) => d.side === 'municipal' && d.lead.length > 0)!;
    expect(status(state({ dept: district.name }))).toContain(`实心方块为${district.name}牵头的措施`);
    expect(status(state({ dept: municipal.name }))).toContain(`实心方块为${municipal.name}主要支持指导的措施`);
    expect(status(state({ dept: municipal.name }))).not.toContain('牵头');
  });

  it('lists the departments a typed part found on both sides, with both sides’ terms', () => {
    const line = status(state({ dept: sharedPart.part }));
    expect(line).toContain(`“${sharedPart.part}”对应${sharedPart.holders.length}个部门`);
    for (const d of sharedPart.holders.slice(0, 6)) expect(line).toContain(d.name);
    expect(line).toContain('主要支持指导或牵头');
  });

  it('writes counts as shown of total while filtering, and the table caption says so', () => {
    const filtered = timelineFrame(data, state({ task: 1 }));
    const text = frameText(filtered, state({ task: 1 }), model.measures.length, words);
    expect(text.columnCount(3, 5)).toBe('3/5项');
    expect(text.tableCaption).toContain(`${filtered.shown.size}项措施（共${model.measures.length}项）`);
    expect(frameText(timelineFrame(data, INITIAL_STATE), INITIAL_STATE, model.measures.length, words).columnCount(3, 5)).toBe('5项');
  });
});

describe('moving among marks and placing the card', () => {
  const rows = [
    [0, 40, 80],
    [10, 100],
    [90],
  ];

  it('moves along a row, and to the nearest mark in x in the next or previous row', () => {
    expect(roveTarget(rows, { row: 0, col: 0 }, 'ArrowRight')).toEqual({ row: 0, col: 1 });
    expect(roveTarget(rows, { row: 0, col: 2 }, 'ArrowRight')).toBeNull();
    expect(roveTarget(rows, { row: 0, col: 2 }, 'ArrowDown')).toEqual({ row: 1, col: 1 });
    expect(roveTarget(rows, { row: 1, col: 0 }, 'ArrowUp')).toEqual({ row: 0, col: 0 });
    expect(roveTarget(rows, { row: 2, col: 0 }, 'ArrowDown')).toBeNull();
    expect(roveTarget(rows, { row: 1, col: 1 }, 'Home')).toEqual({ row: 1, col: 0 });
    expect(roveTarget(rows, { row: 0, col: 0 }, 'End', true)).toEqual({ row: 2, col: 0 });
  });

  it('puts the card below the mark when it fits in the window, else above, never past the timeline’s edges', () => {
    const host = { left: 0, top: 0, bottom: 1000, width: 400 };
    const card = { width: 300, height: 100 };
    expect(cardPosition(host, { left: 350, top: 100, bottom: 130, width: 30 }, card, 800)).toEqual({ left: 100, top: 136 });
    expect(cardPosition(host, { left: 10, top: 700, bottom: 730, width: 30 }, card, 800)).toEqual({ left: 10, top: 594 });
  });

  it('scales a column’s bar to the fullest column', () => {
    expect(barHeight(35, 35, 40)).toBe(40);
    expect(barHeight(0, 35, 40)).toBe(0);
    expect(barHeight(1, 3, 40)).toBe(13.3);
  });
});
