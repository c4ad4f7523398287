import type { Side } from '../plan/schema.ts';
import { pinyinSyllables, type Reading } from '../seed/slugify.ts';

/** What the index needs of a department: its name and side (a plan record or a SiteDepartment). */
type Named = { readonly name: string; readonly side: Side };

export interface IndexLetter<T extends Named = Named> {
  /** Upper-case initial of the names' pinyin: "H". */
  letter: string;
  /** Departments whose pinyin starts with it, in pinyin order. */
  departments: T[];
}

/**
 * The A–Z index of departments, as a Chinese reader looks a name up: by the pinyin of the
 * name, letter by letter, both sides together. Ties in pinyin (none today) keep the
 * municipal body first.
 */
export function departmentIndex<T extends Named>(departments: readonly T[], readings: readonly Reading[] = []): IndexLetter<T>[] {
  const keyed = departments.map((department) => ({ department, key: pinyinSyllables(department.name, readings).join(' ') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.department.side === b.department.side ? 0 : a.department.side === 'municipal' ? -1 : 1));
  const letters: IndexLetter<T>[] = [];
  for (const { department, key } of keyed) {
    const letter = (key[0] ?? '#').toUpperCase();
    const last = letters.at(-1);
    if (last?.letter === letter) last.departments.push(department);
    else letters.push({ letter, departments: [department] });
  }
  return letters;
}
