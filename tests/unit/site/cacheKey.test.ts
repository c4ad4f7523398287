/**
 * Cache keys for the incremental build: a page's key changes exactly when the plan records it
 * reads change, so a rebuild copies only pages whose output would be the same.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteModel, type SiteMeasure, type SiteModel } from '../../../src/lib/model/siteModel.ts';
import type { Plan } from '../../../src/lib/plan/schema.ts';
import { pageCacheKey, siteCacheKey } from '../../../src/lib/site/cacheKey.ts';
import { readSource } from '../../../src/lib/site/readPlan.ts';

const { plan, decisions } = readSource();
const model = () => buildSiteModel(structuredClone(plan), decisions);

/** The model of the plan with one measure's text edited. */
function edited(id: number): SiteModel {
  const copy: Plan = structuredClone(plan);
  copy.measures.find((m) => m.id === id)!.text += '（修订）';
  return buildSiteModel(copy, decisions);
}

const edit = plan.measures[0]!.id;
/** A measure that shares nothing with the edited one: other task, other departments, not a neighbour. */
function unrelated(m: SiteModel): SiteMeasure {
  const first = m.measure(edit)!;
  const near = new Set([first, first.previous, first.next, ...first.assignments.flatMap((a) => [...a.department.lead, ...a.department.support])]);
  const other = m.measures.find((measure) => measure.task !== first.task && !near.has(measure) && !measure.assignments.some((a) => first.assignments.some((b) => b.department.slug === a.department.slug)));
  if (!other) throw new Error('the seed has no measure unrelated to the first');
  return other;
}

describe('pageCacheKey', () => {
  it('gives the same key for the same reads in two builds of the same plan', () => {
    const [a, b] = [model(), model()];
    expect(pageCacheKey(a, [a.measure(edit)])).toBe(pageCacheKey(b, [b.measure(edit)]));
    expect(siteCacheKey(a)).toBe(siteCacheKey(b));
  });

  it("changes the key of the edited measure's page and of its departments' pages", () => {
    const [before, after] = [model(), edited(edit)];
    expect(pageCacheKey(after, [after.measure(edit)])).not.toBe(pageCacheKey(before, [before.measure(edit)]));
    const slug = before.measure(edit)!.assignments[0]!.department.slug;
    expect(pageCacheKey(after, [after.department(slug)])).not.toBe(pageCacheKey(before, [before.department(slug)]));
  });

  it('keeps the key of a page that reads nothing of the edited measure', () => {
    const [before, after] = [model(), edited(edit)];
    const id = unrelated(before).id;
    expect(pageCacheKey(after, [after.measure(id)])).toBe(pageCacheKey(before, [before.measure(id)]));
  });

  it('reaches further out with a larger depth', () => {
    const [before, after] = [model(), edited(edit)];
    const first = before.measure(edit)!;
    // A measure of the same task that is not a neighbour: depth 1 does not see the edit, depth 2 (through the task) does.
    const sibling = first.task.measures.find((m) => m !== first && m !== first.previous && m !== first.next && !m.assignments.some((a) => first.assignments.some((b) => b.department === a.department)));
    if (!sibling) throw new Error('the first task has no measure apart from the first and its neighbours');
    expect(pageCacheKey(after, [after.measure(sibling.id)], { depth: 1 })).toBe(pageCacheKey(before, [before.measure(sibling.id)], { depth: 1 }));
    expect(pageCacheKey(after, [after.measure(sibling.id)], { depth: 2 })).not.toBe(pageCacheKey(before, [before.measure(sibling.id)], { depth: 2 }));
  });

  it('changes every key when something every page reads changes', () => {
    const before = model();
    const copy: Plan = structuredClone(plan);
    copy.departments[0]!.aliases = [...copy.departments[0]!.aliases, '新别名'];
    const after = buildSiteModel(copy, decisions);
    const id = unrelated(before).id;
    expect(pageCacheKey(after, [after.measure(id)])).not.toBe(pageCacheKey(before, [before.measure(id)]));
  });

  it('takes plain data in the reads as it is', () => {
    const m = model();
    expect(pageCacheKey(m, [{ page: 1 }])).not.toBe(pageCacheKey(m, [{ page: 2 }]));
    expect(pageCacheKey(m, [{ a: 1, b: 2 }])).toBe(pageCacheKey(m, [{ b: 2, a: 1 }]));
  });
});

describe('siteCacheKey', () => {
  it('changes on any edit to the plan', () => {
    expect(siteCacheKey(edited(unrelated(model()).id))).not.toBe(siteCacheKey(model()));
  });
});
