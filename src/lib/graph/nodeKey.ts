/**
 * How the drawing names its nodes in data-node / data-from / data-to and in the view state:
 * `d:<slug>` for a department, `m:<id>` for a measure. One definition for the build-time
 * renderer and the browser script.
 */
export const nodeKey = {
  department: (slug: string) => `d:${slug}`,
  measure: (id: number) => `m:${id}`,
};
