import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../../src/lib/model/siteModel.ts';
import { readSource, seedSource } from '../../../src/lib/site/readPlan.ts';
import { ROLES } from '../../../src/lib/seed/recogniseColumns.ts';
import { readSourceDocument } from '../../../src/lib/seed/sourceDocument.ts';
import { parseSiteConfig, siteConfigSchema } from '../../../src/lib/site/siteConfig.ts';
import { createPaths, sitePaths } from '../../../src/lib/paths.ts';
import { sourceAnchor, sourceHref } from '../../../src/lib/sourceAnchor.ts';

/** The one plan of a one-plan site: its pages keep the site's own paths. */
const ONE = { segment: undefined };

const { plan, decisions, documents } = readSource(seedSource());
const model = buildSiteModel(plan, decisions, documents).plans[0]!;

describe('readSourceDocument', () => {
  it('keeps every row of every table with one cell per column of a task table', () => {
    const rows = documents.flatMap((d) => d.tables.flatMap((t) => t.rows));
    expect(rows).toHaveLength(plan.measures.length);
    for (const row of rows) expect(row.cells).toHaveLength(ROLES.length);
  });

  it('places the header over the columns: the spans add up to the number of columns', () => {
    for (const table of documents.flatMap((d) => d.tables)) expect(table.header.reduce((sum, h) => sum + h.span, 0)).toBe(ROLES.length);
  });

  it('keeps each cell exactly as the seed line writes it', () => {
    for (const m of plan.measures) {
      const line = readFileSync(m.source.file, 'utf8').split('\n')[m.source.line - 1]!;
      const row = model.measure(m.id).sourceRow!;
      for (const cell of row.cells.filter(Boolean)) expect(line).toContain(`| ${cell} |`);
    }
  });

  it('sets the header of a shifted table over its columns: the first label (主要任务) spans task and area', () => {
    const text = readFileSync('tests/fixtures/seeds/header-shifted.md', 'utf8');
    const headerLine = text.split('\n').find((line) => line.startsWith('|'))!;
    const labels = headerLine.replace(/^\||\|$/gu, '').split('|').map((cell) => cell.trim()).filter(Boolean);
    const [table] = readSourceDocument({ file: 'header-shifted.md', text }, 1).tables;
    expect(labels).toHaveLength(ROLES.length - 1);
    expect(table!.header).toEqual(labels.map((label, i) => ({ label, span: i === 0 ? 2 : 1 })));
    expect(table!.rows.every((row) => row.cells.length === ROLES.length)).toBe(true);
  });
});

describe('the site model’s source', () => {
  it('ties every measure to its row, tables numbered through the document and rows within their table', () => {
    for (const measure of model.measures) {
      const row = measure.sourceRow;
      expect(row?.measure, `measure ${measure.id}`).toBe(measure);
      expect(row!.table.rows[row!.position - 1]).toBe(row);
    }
    const numbers = model.source.flatMap((d) => d.tables.map((t) => t.no));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('gives every measure a distinct anchor, linked in each edition from the source page path', () => {
    expect(new Set(model.measures.map(sourceAnchor)).size).toBe(model.measures.length);
    const paths = createPaths({ base: '/hengqin/', locale: 'zh-Hant' });
    expect(sourceHref(paths, { id: 12, plan: ONE })).toBe(`${paths.page(sitePaths.source(ONE))}#m-12`);
  });
});

describe('the site config', () => {
  it('holds the publisher, the contact and the open data’s licence', () => {
    const config = parseSiteConfig(JSON.parse(readFileSync('site.config.json', 'utf8')));
    expect(Object.keys(config).sort()).toEqual(Object.keys(siteConfigSchema.shape).sort());
  });

  it('names the field that is missing or wrong', () => {
    const config = JSON.parse(readFileSync('site.config.json', 'utf8'));
    expect(() => parseSiteConfig({ ...config, contact: { ...config.contact, email: 'not an address' } })).toThrow(/contact\.email/u);
  });
});
