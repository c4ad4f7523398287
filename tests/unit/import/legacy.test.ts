/**
 * Legacy files through LibreOffice: the plan written as .docx and .xlsx, saved by LibreOffice
 * as Word 97–2003 (.doc) and Excel 97–2003 (.xls), and as WPS Office's .wps and .et (WPS
 * writes those in the same binary formats, and LibreOffice, asked for .wps or .et, writes
 * them with its MS Word 97 and MS Excel 97 filters), then imported, which converts them back
 * with `soffice --convert-to` and reads the result. Needs LibreOffice (`.ci/run` installs it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { containerOf } from '../../../src/lib/import/fileKind.ts';
import { findSoffice, INSTALL_LIBREOFFICE } from '../../../src/lib/site/import/libreOffice.ts';
import { importFile } from '../../../src/lib/site/import/importFile.ts';
import { parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import type { Measure } from '../../../src/lib/plan/schema.ts';
import { planAsDocx, planAsXlsx } from '../../support/originals.ts';
import { realPlan } from '../../support/realPlan.ts';

const plan = realPlan();
const aliases = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const work = mkdtempSync(path.join(tmpdir(), 'import-legacy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = ({ source: _, ...rest }: Measure) => rest;

/** The file saved by LibreOffice in a legacy format, as a publisher's older office suite would. */
function saveAs(file: string, to: string): string {
  const soffice = findSoffice();
  if (!soffice) throw new Error(`LibreOffice is needed for this test: ${INSTALL_LIBREOFFICE}`);
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--convert-to', to, '--outdir', path.join(work, 'legacy'), file], { stdio: 'ignore', timeout: 120_000 });
  return path.join(work, 'legacy', path.basename(file).replace(/\.[^.]+$/u, `.${to}`));
}

describe.each([
  ['doc', planAsDocx, 'docx'],
  ['wps', planAsDocx, 'docx'],
  ['xls', planAsXlsx, 'xlsx'],
  ['et', planAsXlsx, 'xlsx'],
] as const)('the plan saved as .%s by LibreOffice and imported', (legacy, make, modern) => {
  it('gives every measure back, field by field, and says it converted the file', { timeout: 240_000 }, async () => {
    const source = path.join(work, `plan.${modern}`);
    writeFileSync(source, await make(plan));
    const saved = saveAs(source, legacy);
    // A binary Office file (an OLE container), as the suite wrote it, not the zip it came from.
    expect(containerOf(readFileSync(saved))).toBe('cfb');
    const result = await importFile(saved, { outDir: path.join(work, legacy), aliases });
    expect(result.plan.measures.map(content)).toEqual(plan.measures.map(content));
    expect(result.plan.meta.originals[0]?.format).toBe(legacy);
    expect(result.draft.decisions[0]).toMatch(/with LibreOffice/u);
  });
});
