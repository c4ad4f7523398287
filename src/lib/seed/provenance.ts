/**
 * An imported seed's front matter: the original file it was made from (name, format, size,
 * SHA-256) and, per measure, where its row stands in that file. Read like every other line
 * of a seed: a mistake in it is a SeedError at its line. The seed's tables stay the source
 * of the plan; the front matter only says where they came from.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { originalSchema, originSchema, type Origin, type Original } from '../plan/schema.ts';
import type { FrontMatter } from './readTables.ts';
import { SeedError } from './SeedError.ts';

export const provenanceSchema = z.strictObject({
  /** The official file, kept beside the seed. */
  original: originalSchema,
  /** Where each measure's row stands in it, by measure number. */
  rows: z.record(z.string().regex(/^\d+$/u), originSchema).default({}),
});

export interface Provenance {
  original: Original;
  /** Origins by measure number. */
  rows: Map<number, Origin>;
  /** The seed line of each measure's origin entry, for messages. */
  rowLines: Map<number, number>;
}

/** The size and digest of a file as it is on disk, for checking the front matter against it. */
export interface FileFacts {
  bytes: number;
  sha256: string;
}

/**
 * Reads the front matter of a seed (null when it has none). `file` names the seed in
 * messages; lines count from the top of the seed.
 */
export function readProvenance(file: string, frontMatter: FrontMatter | null): Provenance | null {
  if (!frontMatter) return null;
  // The YAML starts on the line after the opening fence.
  const firstLine = frontMatter.line + 1;
  const counter = new LineCounter();
  const yaml = parseDocument(frontMatter.yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => firstLine + (offset === undefined ? 0 : counter.linePos(offset).line - 1);
  const [syntax] = yaml.errors;
  if (syntax) throw new SeedError(file, lineAt(syntax.pos[0]), `the front matter is not valid YAML: ${syntax.message.split('\n')[0]}`);

  const result = provenanceSchema.safeParse(yaml.toJS());
  if (!result.success) {
    const [issue] = result.error.issues;
    const at = issue?.path.map(String) ?? [];
    // The line of the deepest key of the path that the YAML has.
    let node: unknown = yaml.contents;
    let offset: number | undefined = (yaml.contents as YamlNode | null)?.range?.[0];
    for (const key of at) {
      if (!isMap(node)) break;
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value;
    }
    throw new SeedError(file, lineAt(offset), `the front matter's ${at.join('.') || 'top level'} is not what an imported seed records: ${issue?.message ?? 'invalid'}`);
  }

  const rowLines = new Map<number, number>();
  const rows = yaml.get('rows', true);
  if (isMap(rows)) {
    for (const pair of rows.items) if (isScalar(pair.key)) rowLines.set(Number(pair.key.value), lineAt((pair.key as YamlNode).range?.[0]));
  }
  return {
    original: result.data.original,
    rows: new Map(Object.entries(result.data.rows).map(([no, origin]) => [Number(no), origin])),
    rowLines,
  };
}

/** The line of the front matter's `original:` entry, for messages about the file itself. */
export function originalLine(frontMatter: FrontMatter): number {
  const index = frontMatter.yaml.split('\n').findIndex((line) => /^original\s*:/u.test(line));
  return frontMatter.line + 1 + Math.max(0, index);
}

/** Checks the original on disk against what the front matter records. */
export function checkOriginal(file: string, frontMatter: FrontMatter, provenance: Provenance, facts: FileFacts | null): void {
  const { original } = provenance;
  const line = originalLine(frontMatter);
  if (!facts) throw new SeedError(file, line, `the original "${original.file}" that the front matter names is not beside the seed`);
  if (facts.bytes !== original.bytes || facts.sha256 !== original.sha256) {
    throw new SeedError(
      file,
      line,
      `the original "${original.file}" is ${facts.bytes} bytes with SHA-256 ${facts.sha256}, but the front matter records ${original.bytes} bytes with SHA-256 ${original.sha256}: import it again, or put back the file the seed was made from`,
    );
  }
}
