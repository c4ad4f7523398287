/**
 * The seed an import made, read back by the parser before anything is written: what the
 * importer writes, `npm run parse` and the build read. A parser message names a line of a
 * seed that does not exist yet, so it is told again at the row of the original that line
 * came from. Pure.
 */
import type { AliasTable } from '../seed/aliasTable.ts';
import { parsePlan } from '../seed/parsePlan.ts';
import type { FileFacts } from '../seed/provenance.ts';
import { readSeedDocument } from '../seed/readTables.ts';
import { SeedError } from '../seed/SeedError.ts';
import type { Plan } from '../plan/schema.ts';
import { describeOrigin } from './document.ts';
import { ImportError } from './ImportError.ts';
import type { SeedDraft } from './toSeed.ts';

/** Parses the draft as the seed `seedFile`, its original beside it; an ImportError at the original's row if the parser refuses it. */
export function checkSeed(file: string, seedFile: string, draft: SeedDraft, aliases: AliasTable, original: { name: string } & FileFacts): Plan {
  try {
    return parsePlan([{ file: seedFile, text: draft.markdown }], aliases, { fileBeside: (_, name) => (name === original.name ? original : null) });
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    const rowLines = readSeedDocument(draft.markdown).tables.flatMap((table) => table.rows.map((row) => row.line));
    const origin = error.line === null ? undefined : draft.rowOrigins[rowLines.indexOf(error.line)];
    const problem = error.message.slice(`${error.file}${error.line === null ? '' : `:${error.line}`}: `.length);
    throw new ImportError(file, origin ? describeOrigin(origin) : null, `imported, the table does not read as a plan: ${problem}`);
  }
}
