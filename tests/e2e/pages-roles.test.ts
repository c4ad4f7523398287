/**
 * The document's own role terms on the built reading pages (issue 14): a municipal body is
 * the 主要支持指导部门 or a 支持配合部门 of a measure, never its 牵头; a Hengqin body is its
 * 牵头 (主要牵头落实部门) or 配合. Read from the built HTML of both editions; the words come
 * from the UI dictionary, converted as the Traditional edition converts it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../src/lib/i18n/edition.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import type { Department } from '../../src/lib/plan/schema.ts';
import { parseAliasTable } from '../../src/lib/seed/index.ts';
import { builtRoot } from './support/builtSite.ts';
import { realRoles } from '../support/realRoles.ts';

/** The one plan of a one-plan site: its pages keep the site's own paths. */
const ONE = { segment: undefined };

const root = builtRoot();
const overrides = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml').traditional;
const departments = JSON.parse(readFileSync(path.join(root, 'data/departments.json'), 'utf8')) as Department[];
const measureIds = (JSON.parse(readFileSync(path.join(root, 'data/measures.json'), 'utf8')) as { id: number }[]).map((m) => m.id);

/** A built page's HTML: "/zh-hant/departments/x/" → dist/zh-hant/departments/x/index.html. */
const html = (sitePath: string) => readFileSync(path.join(root, sitePath, 'index.html'), 'utf8');
const textOf = (fragment: string) => fragment.replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ').trim();
/** The text of the element with this id (its own heading or paragraph), or '' when absent. */
const byId = (page: string, id: string) => textOf(page.match(new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</h[1-6]>`, 'u'))?.[1] ?? '');
/** The department's own statements about its role: title, description, the sheet's head, the two duty sections' heading and note. */
function roleStatements(page: string): string {
  const parts = [
    page.match(/<title>([^<]*)<\/title>/u)?.[1],
    page.match(/<meta name="description" content="([^"]*)"/u)?.[1],
    page.match(/<header class="sheet-head"[^>]*>([\s\S]*?)<\/header>/u)?.[1],
    ...['lead', 'support'].flatMap((id) => [byId(page, `${id}-heading`), page.match(new RegExp(`<section id="${id}"[^>]*>[\\s\\S]*?<p class="muted"[^>]*>([\\s\\S]*?)</p>`, 'u'))?.[1]]),
  ];
  return parts.map((part) => textOf(part ?? '')).join('\n');
}

for (const locale of LOCALES) {
  const edition = createEdition({ locale, base: '/', overrides });
  const { paths } = edition;
  const roles = realRoles(edition);
  const { municipal, district } = roles;

  describe(`the ${locale} edition’s role terms`, () => {
    it('give the two sides different words for the first-listed body', () => {
      expect(municipal.lead).not.toBe(district.lead);
      expect(municipal.lead).not.toContain(district.lead);
    });

    it('never say 牵头 of a municipal department on its page, and say 主要支持指导 there', () => {
      const pages = departments.filter((d) => d.side === 'municipal');
      expect(pages.length).toBeGreaterThan(0);
      for (const department of pages) {
        const said = roleStatements(html(paths.department(department.slug)));
        expect(said, department.slug).not.toContain(district.lead);
        expect(said, department.slug).toContain(municipal.lead);
        expect(said, department.slug).toContain(municipal.support);
      }
    });

    it('say 牵头 of every Hengqin department on its page', () => {
      const pages = departments.filter((d) => d.side === 'district');
      expect(pages.length).toBeGreaterThan(0);
      for (const department of pages) {
        const said = roleStatements(html(paths.department(department.slug)));
        expect(said, department.slug).toContain(district.lead);
        expect(said, department.slug).not.toContain(municipal.lead);
      }
    });

    it('mark the first municipal body of every measure 主要支持指导 and the first Hengqin body 牵头', () => {
      for (const id of measureIds) {
        const page = html(paths.measure(ONE, id));
        for (const side of ['municipal', 'district'] as const) {
          const section = page.match(new RegExp(`<section aria-labelledby="side-${side}"[^>]*>([\\s\\S]*?)</section>`, 'u'))?.[1] ?? '';
          const badges = [...section.matchAll(/<span class="badge"[^>]*>([^<]*)<\/span>/gu)].map((m) => m[1]);
          expect(badges, `measure ${id}, ${side}`).toEqual([roles[side].lead]);
        }
      }
    });

    it('label each measure card’s first bodies with their own side’s word', () => {
      const page = html(paths.measures(ONE));
      const labels = [...page.matchAll(/<span class="lead" data-side="(municipal|district)"[^>]*>\s*<span class="muted"[^>]*>([^<]*)<\/span>/gu)];
      expect(labels.length).toBeGreaterThanOrEqual(measureIds.length);
      for (const [, side, label] of labels) expect(label).toContain(roles[side as 'municipal' | 'district'].lead);
      expect(labels.filter(([, side]) => side === 'municipal').every(([, , label]) => !label!.includes(district.lead))).toBe(true);
    });
  });
}
