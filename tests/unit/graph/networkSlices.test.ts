import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { NETWORK_ASSIGNMENT_LIMIT, networkSlices, slicePath, sliceShowing, type NetworkSlice } from '../../../src/lib/graph/networkSlices.ts';
import { sitePaths } from '../../../src/lib/paths.ts';
import { realModel, smallModel } from './smallPlan.ts';

/** A one-plan site's plan: its pages keep the site's own paths. */
const ONE = { segment: undefined };

// The small plan: task 1 = area 1 (measures 1, 2: 6 assignments) + area 2 (measure 3: 3);
// task 2 = area 3 (measures 4–6: 8 assignments). 17 assignments in all.
const small = buildGraph(smallModel());

const describeSlice = (slice: NetworkSlice) =>
  slice.kind === 'plan' ? 'plan' : slice.kind === 'task' ? `task ${slice.task}` : `area ${slice.area} of task ${slice.task}`;

describe('networkSlices', () => {
  it('draws the whole plan on one page when all its assignments fit', () => {
    const slices = networkSlices(small, 17);
    expect(slices.plan).toMatchObject({ fits: true, measures: [1, 2, 3, 4, 5, 6], departments: 6, assignments: 17 });
    expect(slices.drawn.map(describeSlice)).toEqual(['plan']);
    // The task pages draw apart all the same.
    expect(slices.apart.map(describeSlice)).toEqual(['task 1', 'task 2']);
    expect(slices.tasks.every((task) => task.areas.length === 0)).toBe(true);
  });

  it('draws one page per main task when the whole plan is one assignment too many', () => {
    const slices = networkSlices(small, 16);
    expect(slices.plan.fits).toBe(false);
    expect(slices.drawn.map(describeSlice)).toEqual(['task 1', 'task 2']);
    expect(slices.drawn[0]).toMatchObject({ kind: 'task', task: 1, measures: [1, 2, 3], departments: 4, assignments: 9 });
    expect(slices.drawn[1]).toMatchObject({ kind: 'task', task: 2, measures: [4, 5, 6], departments: 4, assignments: 8 });
  });

  it('draws a task too big for one page as one page per area, and leaves tasks that fit whole', () => {
    const slices = networkSlices(small, 8);
    expect(slices.drawn.map(describeSlice)).toEqual(['area 1 of task 1', 'area 2 of task 1', 'task 2']);
    expect(slices.apart).toEqual(slices.drawn);
    expect(slices.drawn[0]).toMatchObject({ kind: 'area', area: 1, measures: [1, 2], assignments: 6 });
    expect(slices.tasks.map((task) => task.areas.map((area) => area.area))).toEqual([[1, 2], []]);
  });

  it('still lists every task, with its size, when tasks are drawn apart', () => {
    const slices = networkSlices(small, 8);
    expect(slices.tasks.map((slice) => ({ task: slice.task, assignments: slice.assignments, path: slicePath(slice, ONE, sitePaths) }))).toEqual([
      { task: 1, assignments: 9, path: '/network/tasks/1/' },
      { task: 2, assignments: 8, path: '/network/tasks/2/' },
    ]);
  });

  it('draws an area bigger than the limit whole, since the plan has no finer heading', () => {
    const slices = networkSlices(small, 2);
    expect(slices.drawn.map(describeSlice)).toEqual(['area 1 of task 1', 'area 2 of task 1', 'area 3 of task 2']);
  });

  it('puts every measure in exactly one drawn slice, at any limit, for the small and the real plan', () => {
    for (const graph of [small, buildGraph(realModel())]) {
      const ids = graph.measures.map((m) => m.id).sort((a, b) => a - b);
      for (const limit of [0, 1, 5, 10, 50, 100, 500, NETWORK_ASSIGNMENT_LIMIT, graph.edges.length]) {
        const slices = networkSlices(graph, limit);
        for (const parts of [slices.drawn, slices.apart]) {
          expect(parts.flatMap((slice) => slice.measures).sort((a, b) => a - b), `limit ${limit}`).toEqual(ids);
        }
      }
    }
  });

  it('never draws a task or area slice over the limit when the plan can be cut finer', () => {
    const graph = buildGraph(realModel());
    const limit = Math.ceil(graph.edges.length / 4);
    const slices = networkSlices(graph, limit);
    for (const slice of slices.drawn) {
      if (slice.kind !== 'area') expect(slice.assignments, describeSlice(slice)).toBeLessThanOrEqual(limit);
    }
    expect(slices.drawn.reduce((sum, slice) => sum + slice.assignments, 0)).toBe(graph.edges.length);
  });
});

describe('sliceShowing', () => {
  it('finds the drawn slice holding a department’s first measure', () => {
    const slices = networkSlices(small, 8);
    expect(describeSlice(sliceShowing(slices, 3)!)).toBe('area 2 of task 1');
    expect(describeSlice(sliceShowing(slices, 4)!)).toBe('task 2');
    expect(describeSlice(sliceShowing(networkSlices(small, 17), 6)!)).toBe('plan');
  });

  it('gives each kind of slice its page’s address from the paths module', () => {
    const slices = networkSlices(small, 8);
    expect(slicePath(slices.plan, ONE, sitePaths)).toBe(sitePaths.network(ONE));
    expect(slices.drawn.map((slice) => slicePath(slice, ONE, sitePaths))).toEqual([sitePaths.networkArea(ONE, 1), sitePaths.networkArea(ONE, 2), sitePaths.networkTask(ONE, 2)]);
  });

  it('finds nothing for a department without measures', () => {
    expect(sliceShowing(networkSlices(small, 8), undefined)).toBeUndefined();
  });
});
