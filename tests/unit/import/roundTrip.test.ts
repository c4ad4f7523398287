/**
 * The round trips: the project's plan written out as the official files it could have come
 * from (tests/support/originals.ts: Word through the `docx` package, Excel through exceljs,
 * a PDF that Chromium prints from an HTML table with rowspans, A4 landscape, so rows and
 * spanning cells break across pages), each imported, parsed, and compared with the plan
 * field by field, every measure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOrigin } from '../../../src/lib/import/document.ts';
import { importFile, type ImportResult } from '../../../src/lib/site/import/importFile.ts';
import { parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import type { Measure, Plan } from '../../../src/lib/plan/schema.ts';
import { planAsDocx, planAsPdf, planAsXlsx } from '../../support/originals.ts';
import { realPlan } from '../../support/realPlan.ts';

const plan = realPlan();
const aliases = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const work = mkdtempSync(path.join(tmpdir(), 'import-round-trip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A measure without where it was read from, which differs by design. */
const content = ({ source: _, ...rest }: Measure) => rest;

const makers = { docx: planAsDocx, xlsx: planAsXlsx, pdf: planAsPdf } as const;
const imported = new Map<string, ImportResult>();

beforeAll(async () => {
  for (const [format, make] of Object.entries(makers)) {
    const file = path.join(work, `plan.${format}`);
    writeFileSync(file, await make(plan));
    imported.set(format, await importFile(file, { outDir: path.join(work, format), aliases }));
  }
}, 180_000);

describe.each(Object.keys(makers))('the plan written as .%s and imported', (format) => {
  const result = () => imported.get(format)!;
  const importedPlan = (): Plan => result().plan;

  it('gives every measure back, field by field', () => {
    expect(importedPlan().measures.map(content)).toEqual(plan.measures.map(content));
  });

  it('gives the title and the 说明 back', () => {
    expect({ title: importedPlan().meta.title, note: importedPlan().meta.note }).toEqual({ title: plan.meta.title, note: plan.meta.note });
  });

  it('gives the departments, tasks and areas the seed has', () => {
    expect({ departments: importedPlan().departments.map((d) => d.name), tasks: importedPlan().tasks, areas: importedPlan().areas }).toEqual({
      departments: plan.departments.map((d) => d.name),
      tasks: plan.tasks,
      areas: plan.areas,
    });
  });

  it('records the original and where every measure row stands in it', () => {
    const { draft, sha256, original } = result();
    expect(importedPlan().meta.originals).toEqual([{ seed: result().seedFile, file: `plan.${format}`, format, bytes: original.length, sha256 }]);
    expect(plan.measures.filter((m) => !draft.origins.has(m.id)).map((m) => m.id)).toEqual([]);
    // Each origin reads as this format's kind of place.
    const kind = { pdf: /^page \d+, row \d+$/u, docx: /^table \d+, row \d+$/u, xlsx: /^.+![A-Z]+\d+:[A-Z]+\d+$/u }[format]!;
    expect([...draft.origins.values()].map(describeOrigin).filter((where) => !kind.test(where))).toEqual([]);
  });
});

describe('the PDF round trip', () => {
  it('reads the header repeated on each page once and rejoins what page breaks split', () => {
    const { decisions } = imported.get('pdf')!.draft;
    expect(decisions.some((d) => /header repeated at the top of pages/u.test(d))).toBe(true);
    expect(decisions.some((d) => /merged cell above them/u.test(d))).toBe(true);
  });
});
