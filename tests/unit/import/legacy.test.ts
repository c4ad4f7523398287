/**
 * Legacy files through LibreOffice: the plan written as .docx and .xlsx, saved by LibreOffice
 * as Word 97–2003 (.doc) and Excel 97–2003 (.xls), and as WPS Office's .wps and .et (WPS
 * writes those in the same binary formats, and LibreOffice, asked for .wps or .et, writes
 * them with its MS Word 97 and MS Excel 97 filters), then imported, which converts them back
 * with `soffice --convert-to` and reads the result. Needs LibreOffice (`.ci/run` installs it).
 * The saved legacy files are cached by content (tests/support/savedByLibreOffice.ts); the
 * conversion back, the import's own, runs every time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { containerOf } from '../../../src/lib/import/fileKind.ts';
import { importFile } from '../../../src/lib/site/import/importFile.ts';
import { parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import type { Measure } from '../../../src/lib/plan/schema.ts';
import { planAsDocx, planAsXlsx } from '../../support/originals.ts';
import { realPlan } from '../../support/realPlan.ts';
import { savedByLibreOffice } from '../../support/savedByLibreOffice.ts';

const plan = realPlan();
const aliases = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const work = mkdtempSync(path.join(tmpdir(), 'import-legacy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = ({ source: _, ...rest }: Measure) => rest;

describe.each([
  ['doc', planAsDocx, 'docx'],
  ['wps', planAsDocx, 'docx'],
  ['xls', planAsXlsx, 'xlsx'],
  ['et', planAsXlsx, 'xlsx'],
] as const)('the plan saved as .%s by LibreOffice and imported', (legacy, make, modern) => {
  it('gives every measure back, field by field, and says it converted the file', { timeout: 240_000 }, async () => {
    const source = path.join(work, `plan.${modern}`);
    writeFileSync(source, await make(plan));
    const saved = savedByLibreOffice(source, legacy, work);
    // A binary Office file (an OLE container), as the suite wrote it, not the zip it came from.
    expect(containerOf(readFileSync(saved))).toBe('cfb');
    const result = await importFile(saved, { outDir: path.join(work, legacy), aliases });
    expect(result.plan.measures.map(content)).toEqual(plan.measures.map(content));
    expect(result.plan.meta.originals[0]?.format).toBe(legacy);
    expect(result.draft.decisions[0]).toMatch(/with LibreOffice/u);
  });
});
