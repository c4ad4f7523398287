/**
 * UI strings are templates with named slots: '第{id}项措施', '{name}还{role}的措施'. The
 * Traditional edition converts a template on its own (with the interface words of
 * traditionalUiWords.ts) and the data put into it on its own (with the plan's conversion),
 * so the plan's wording never passes through the interface word table. One `fill` serves
 * the server and every client element.
 */

/** The slot names of a template literal type: SlotsOf<'第{id}项'> is 'id'. */
export type SlotsOf<T extends string> = string extends T
  ? string
  : T extends `${string}{${infer Slot}}${infer Rest}`
    ? Slot | SlotsOf<Rest>
    : never;

export type SlotValues<T extends string> = { [K in SlotsOf<T>]: string | number };

/**
 * Puts each value into its slot. A slot left without a value is an error, not an empty
 * string: a sentence with a hole in it is worse than a build that stops.
 */
export function fill<T extends string>(template: T, values: SlotValues<T>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/gu, (_, slot: string) => {
    const value = (values as Record<string, string | number | undefined>)[slot];
    if (value === undefined) throw new Error(`template "${template}" has no value for {${slot}}`);
    return String(value);
  });
}
