/**
 * The Starlight peer of the build benchmark: the files of a Starlight site made from the same
 * parsed plan as this site, so `npm run bench` can build both in one run and compare. One page
 * per measure and per department in each edition (Simplified at the root locale, Traditional
 * under /zh-hant/ through Starlight's i18n), padded with plain pages to the page count of this
 * site's build. Starlight is configured as its guide suggests for a site like this: a sidebar
 * group per section, its built-in Pagefind search, nothing else switched off.
 *
 * Pure: the plan and a converter to Traditional in, file paths and contents out.
 */
import type { Department, Measure, Plan } from '../../src/lib/plan/schema.ts';

/** The Starlight version the benchmark installs: its peer range (astro ^7.2.10) covers this site's Astro. */
export const STARLIGHT_VERSION = '0.42.4';

export interface PeerSite {
  /** Path inside the project folder → file content. */
  files: Map<string, string>;
  /** How many HTML pages the build will write, Starlight's 404 included. */
  pages: number;
}

interface Edition {
  /** Folder under src/content/docs/ ('' for the root locale). */
  dir: string;
  tx: (text: string) => string;
}

/** YAML for a front-matter string: JSON strings are valid YAML. */
const yamlString = (text: string) => JSON.stringify(text);

function measurePage(measure: Measure, plan: Plan, edition: Edition): string {
  const name = (slug: string) => plan.departments.find((d) => d.slug === slug)?.name ?? slug;
  const link = (slug: string) => `[${edition.tx(name(slug))}](/${edition.dir ? `${edition.dir}/` : ''}departments/${slug}/)`;
  const list = (slugs: readonly string[]) => slugs.map((slug, i) => `- ${link(slug)}${i === 0 ? '（主要）' : ''}`).join('\n');
  return `---
title: ${yamlString(edition.tx(`第${measure.id}项措施`))}
description: ${yamlString(edition.tx(measure.text.slice(0, 60)))}
---

${edition.tx(measure.text)}

## ${edition.tx('主要任务与领域')}

${edition.tx(`${measure.task.no}. ${measure.task.title}`)} · ${edition.tx(`${measure.area.no}. ${measure.area.title}`)}

## ${edition.tx('市专项工作组')}

${edition.tx(measure.group)}

## ${edition.tx('市支持指导部门')}

${list(measure.municipal)}

## ${edition.tx('横琴新区牵头配合部门')}

${list(measure.district)}

## ${edition.tx('完成时限')}

${edition.tx(measure.deadline.label)}
`;
}

function departmentPage(department: Department, plan: Plan, edition: Edition): string {
  const measure = (id: number) => plan.measures.find((m) => m.id === id)!;
  const item = (id: number) => `- [${edition.tx(`第${id}项`)}](/${edition.dir ? `${edition.dir}/` : ''}measures/${id}/)：${edition.tx(measure(id).text)}`;
  return `---
title: ${yamlString(edition.tx(department.name))}
---

${department.aliases.length > 0 ? `${edition.tx(`又称：${department.aliases.join('、')}`)}\n\n` : ''}## ${edition.tx('主要')}（${department.lead.length}）

${department.lead.map(item).join('\n')}

## ${edition.tx('配合')}（${department.support.length}）

${department.support.map(item).join('\n')}
`;
}

/**
 * The peer site for `plan`, with `pageCount` HTML pages in all (this site's count). Throws if
 * the measures and departments alone already make more pages than that.
 */
export function starlightPeer(plan: Plan, toTraditional: (text: string) => string, pageCount: number): PeerSite {
  const files = new Map<string, string>();
  const editions: Edition[] = [
    { dir: '', tx: (text) => text },
    { dir: 'zh-hant', tx: toTraditional },
  ];
  for (const edition of editions) {
    const docs = `src/content/docs/${edition.dir ? `${edition.dir}/` : ''}`;
    for (const measure of plan.measures) files.set(`${docs}measures/${measure.id}.md`, measurePage(measure, plan, edition));
    for (const department of plan.departments) files.set(`${docs}departments/${department.slug}.md`, departmentPage(department, plan, edition));
  }
  // Starlight writes a 404 page of its own; the rest is padding, split between the editions.
  const padding = pageCount - files.size - 1;
  if (padding < 0) throw new Error(`the peer has ${files.size + 1} pages, more than the ${pageCount} it should match`);
  for (let i = 0; i < padding; i++) {
    const edition = editions[i % editions.length]!;
    const n = Math.floor(i / editions.length) + 1;
    files.set(`src/content/docs/${edition.dir ? `${edition.dir}/` : ''}more/${n}.md`, `---\ntitle: ${yamlString(edition.tx(`附页${n}`))}\n---\n\n${edition.tx(plan.meta.title)}\n`);
  }
  const pages = files.size + 1;
  const group = (label: string, directory: string) => ({ label, translations: { 'zh-Hant': toTraditional(label) }, collapsed: true, items: [{ autogenerate: { directory } }] });
  const sidebar = [group('具体措施', 'measures'), group('部门', 'departments'), ...(padding > 0 ? [group('附页', 'more')] : [])];
  files.set(
    'astro.config.mjs',
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: ${yamlString(plan.meta.title)},
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' }, 'zh-hant': { label: '繁體中文', lang: 'zh-Hant' } },
      sidebar: ${JSON.stringify(sidebar)},
    }),
  ],
});
`,
  );
  files.set(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // Astro finds the packages to bundle (Starlight's .astro components) among the dependencies listed here.
  const dependencies = { '@astrojs/starlight': STARLIGHT_VERSION };
  files.set('package.json', `${JSON.stringify({ name: 'starlight-peer', private: true, type: 'module', dependencies }, null, 2)}\n`);
  return { files, pages };
}
