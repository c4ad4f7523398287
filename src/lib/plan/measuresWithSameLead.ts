import type { Measure, Side } from './schema.ts';

export interface SameLead {
  side: Side;
  /** The body that leads `measure` on this side. */
  name: string;
  /** The other measures it leads on this side, in document order. */
  measures: Measure[];
}

/** For each side's lead of a measure, the other measures that body also leads. */
export function measuresWithSameLead(measure: Measure, measures: readonly Measure[]): SameLead[] {
  return (['municipal', 'district'] as const).flatMap((side) => {
    const name = measure[side][0];
    if (name === undefined) return [];
    const others = measures.filter((m) => m.id !== measure.id && m[side][0] === name).sort((a, b) => a.id - b.id);
    return [{ side, name, measures: others }];
  });
}
