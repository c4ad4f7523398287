import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import { sideSchema } from '../plan/schema.ts';
import { SeedError } from './SeedError.ts';
import { removeWrapSpaces } from './cleanText.ts';

/**
 * Why a decision was made, in Chinese, shown to readers on /data/. A YAML folded block (>-)
 * joins its lines with a space, which Chinese prose does not have: such spaces go, as the PDF's
 * wrap spaces do.
 */
const reasonSchema = z.string().min(1).transform(removeWrapSpaces);

/** One body that the document names in more than one way. */
const aliasSchema = z.object({
  /** Which column the names appear in. */
  side: sideSchema,
  /** The name the site uses. */
  name: z.string().min(1),
  /** The other names the document uses for it. */
  also: z.array(z.string().min(1)).min(1),
  /** Why these are the same body: the evidence a reader can check. */
  why: reasonSchema,
});

/** A word whose reading the pinyin converter gets wrong in a body name. */
const readingSchema = z.object({
  word: z.string().min(1),
  /** Syllables without tones, separated by spaces: "ren hang". */
  pinyin: z.string().regex(/^[a-zü]+(?: [a-zü]+)*$/u),
  why: reasonSchema,
});

/** Text the Traditional edition must write otherwise than the converter does. */
const traditionalSchema = z.object({
  simplified: z.string().min(1),
  traditional: z.string().min(1),
  why: reasonSchema,
});

const oneMark = z.string().length(1);

/**
 * How reading pages set ASCII punctuation found inside Chinese text (a PDF text-layer defect).
 * The source page and the open data keep the seed's marks; see src/lib/i18n/displayText.ts.
 */
export const punctuationSchema = z.object({
  /** Single marks: `,` is shown as `，` where it touches a Chinese character. */
  marks: z.array(z.object({ ascii: oneMark, display: oneMark })).default([]),
  /** Bracket pairs: `( )` are shown as `（ ）` where the pair holds or touches Chinese. */
  brackets: z.array(z.object({ open: oneMark, close: oneMark, displayOpen: oneMark, displayClose: oneMark })).default([]),
  /** Why the pages differ from the seed here: shown to readers on /data/. */
  why: reasonSchema,
});

/**
 * A short and a full form of the same words, both of which readers type (工商局 and
 * 工商行政管理局): search indexes a name or text written with one as also written with the other.
 */
const formSchema = z.object({
  /** The everyday short form, as the document or readers write it. */
  short: z.string().min(1),
  /** The full form it stands for. */
  full: z.string().min(1),
  /** Only in names on this side (absent: in every name and text). */
  side: sideSchema.optional(),
  /** Only at the start of a name (区商务局 = 横琴新区商务局), never inside a word. */
  start: z.boolean().optional(),
  why: reasonSchema,
});

/**
 * The short form of a role term a plan's 说明 uses (主要牵头落实部门 → 牵头), where a page
 * has room for a word, not the term: badges, filter options, chart labels.
 */
const roleWordSchema = z.object({
  /** The term as the note writes it. */
  term: z.string().min(1),
  /** The short form the site shows where space is tight. */
  short: z.string().min(1),
  /** The form a label that names both sides' roles at once uses (第一位：主要支持指导或牵头), when not `short`. */
  either: z.string().min(1).optional(),
  why: reasonSchema,
});

/** The whole alias table: the one file of deliberate data decisions. */
export const aliasTableSchema = z.object({
  aliases: z.array(aliasSchema).default([]),
  readings: z.array(readingSchema).default([]),
  traditional: z.array(traditionalSchema).default([]),
  /** Display typography for the reading pages; null when the file makes no such decision. */
  punctuation: punctuationSchema.nullable().default(null),
  forms: z.array(formSchema).default([]),
  /** Short forms of the role terms the plans' notes use; a term not listed is shown as written. */
  roles: z.array(roleWordSchema).default([]),
});

export type AliasTable = z.infer<typeof aliasTableSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type PunctuationDecision = z.infer<typeof punctuationSchema>;
export type NameForm = z.infer<typeof formSchema>;
export type RoleWord = z.infer<typeof roleWordSchema>;

export const EMPTY_ALIAS_TABLE: AliasTable = { aliases: [], readings: [], traditional: [], punctuation: null, forms: [], roles: [] };

/** Reads the alias table (YAML); any problem is reported at its file and line. */
export function parseAliasTable(text: string, file: string): AliasTable {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const firstError = doc.errors[0];
  if (firstError) throw new SeedError(file, firstError.linePos?.[0]?.line ?? 1, firstError.message.split('\n')[0] ?? 'invalid YAML');

  const result = aliasTableSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = (issue?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
    // A missing key has no node: point at the nearest enclosing one (the entry that lacks it).
    let node = doc.getIn(path, true);
    for (let depth = path.length - 1; !isNode(node) && depth >= 0; depth--) node = doc.getIn(path.slice(0, depth), true);
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    throw new SeedError(file, lineCounter.linePos(offset).line, `${path.join('.') || 'alias table'}: ${issue?.message ?? 'invalid'}`);
  }

  const seen = new Map<string, string>();
  for (const alias of result.data.aliases) {
    for (const name of [alias.name, ...alias.also]) {
      const key = `${alias.side}:${name}`;
      const owner = seen.get(key);
      if (owner !== undefined && owner !== alias.name) {
        throw new SeedError(file, 1, `"${name}" (${alias.side}) is listed under both "${owner}" and "${alias.name}"`);
      }
      seen.set(key, alias.name);
    }
  }
  return result.data;
}

/** A lookup from any name the document uses to the name the site uses, per side. */
export function canonicalNamer(table: AliasTable): (side: 'municipal' | 'district', name: string) => string {
  const canonical = new Map<string, string>();
  for (const alias of table.aliases) {
    for (const other of alias.also) canonical.set(`${alias.side}:${other}`, alias.name);
  }
  return (side, name) => canonical.get(`${side}:${name}`) ?? name;
}
