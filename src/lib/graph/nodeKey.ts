/**
 * How the drawing names its nodes in data-node / data-from / data-to and in the view state:
 * `d:<slug>` for a department, `m:<id>` for a measure. One definition for the build-time
 * renderer, the view model and the browser element: nothing else writes or reads the prefixes.
 */
export const nodeKey = {
  department: (slug: string) => `d:${slug}`,
  measure: (id: number) => `m:${id}`,
};

export type ParsedKey = { kind: 'department'; slug: string } | { kind: 'measure'; id: number };

/** What a node key names, or null for a string that is no node key. */
export function parseNodeKey(key: string): ParsedKey | null {
  if (key.startsWith('d:') && key.length > 2) return { kind: 'department', slug: key.slice(2) };
  if (/^m:\d+$/u.test(key)) return { kind: 'measure', id: Number(key.slice(2)) };
  return null;
}

/** True for a measure's key. */
export const isMeasureKey = (key: string): boolean => parseNodeKey(key)?.kind === 'measure';
