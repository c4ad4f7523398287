export interface GrowthPoint {
  /** How many times the real data: 1, 10, 30. */
  factor: number;
  /** What was measured at that size (build seconds, page bytes). */
  value: number;
}

/**
 * How a measurement grows with the data: each point's value over the 1× value, and whether
 * that stays within linear growth (ratio ≤ factor). Without a 1× point nothing can be said.
 */
export function growthRatios(points: readonly GrowthPoint[]): { factor: number; ratio: number; linear: boolean }[] {
  const base = points.find((point) => point.factor === 1);
  if (!base || base.value <= 0) throw new Error('growth needs a positive 1× measurement');
  return points.map(({ factor, value }) => {
    const ratio = value / base.value;
    return { factor, ratio, linear: ratio <= factor };
  });
}
