/**
 * Positions for items that must keep their order and stay at least `gap` apart, as close as
 * possible (least squares) to the positions they would like: `targets`, given in the wanted
 * order. Optionally kept within [min, max].
 *
 * This is isotonic regression in disguise: with z_i = y_i - i·gap the gap constraint becomes
 * z non-decreasing, which pool-adjacent-violators solves exactly in linear time; clamping that
 * solution to a constant interval is still optimal, and the bounds on y become one interval
 * on z. Deterministic, no iteration count to tune.
 */
export function spreadInOrder(targets: readonly number[], gap: number, bounds?: { min: number; max: number }): number[] {
  const n = targets.length;
  // Pool adjacent violators over z = target - i·gap: blocks of (sum, count), merged while decreasing.
  const sums: number[] = [];
  const counts: number[] = [];
  targets.forEach((target, i) => {
    sums.push(target - i * gap);
    counts.push(1);
    while (sums.length > 1 && sums.at(-2)! / counts.at(-2)! > sums.at(-1)! / counts.at(-1)!) {
      const sum = sums.pop()!;
      const count = counts.pop()!;
      sums[sums.length - 1]! += sum;
      counts[counts.length - 1]! += count;
    }
  });
  const low = bounds ? bounds.min : -Infinity;
  // If the items do not fit between the bounds, start at min and let them run past max.
  const high = bounds ? Math.max(low, bounds.max - (n - 1) * gap) : Infinity;
  const positions: number[] = [];
  sums.forEach((sum, block) => {
    const z = Math.min(high, Math.max(low, sum / counts[block]!));
    for (let k = 0; k < counts[block]!; k++) positions.push(z + positions.length * gap);
  });
  return positions;
}
