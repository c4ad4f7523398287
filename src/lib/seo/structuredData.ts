/**
 * The pages' structured data (schema.org, as JSON-LD): what each page is, for search engines
 * and dataset search. Pure builders, each taking what its page already holds (the plan's meta,
 * model objects, the edition, the publisher's config) and a function that makes a URL path
 * absolute; src/layouts/Base.astro writes one <script type="application/ld+json"> with the
 * page's nodes in one @graph, and only when the site has a public address: every node is
 * identified by its page's absolute URL, and without an address there is none to give.
 *
 * The types, weighed against what schema.org defines:
 * - The plan is a `Legislation`: schema.org's type for "a legal document such as an act,
 *   decree, bill, etc. (enforceable or not) or a component of a legal act (like an article)",
 *   the nearest it has to a government's administrative document (a `GovernmentPermit` is a
 *   licence granted to someone; a bare `CreativeWork` says nothing of its standing). No
 *   `legislationType` or `legislationDate`: the data holds the title and its year, not the
 *   document's genre or the day it was adopted, and neither is made up here.
 * - A measure is a `Legislation` too, the component kind (as an article of an act), `isPartOf`
 *   the plan, with its number as `position`, its text, and the bodies it names as `mentions`
 *   (GovernmentOrganization). `LegislationObject` would be wrong: it is a file or manifestation
 *   of a legislation (a PDF), not a part of one.
 * - A department is a `GovernmentOrganization` with its other names (`alternateName`). The data
 *   names no parent body and no area a body serves (the two sides are the table's columns, not
 *   jurisdictions), so neither `parentOrganization` nor `areaServed` is written.
 * - /data/ is a `Dataset` with a `DataDownload` per published file, as dataset search reads it.
 * - Each page with a trail has a `BreadcrumbList`; the home page says what the site is
 *   (`WebSite`, whose name search engines show as the site's name).
 * Google shows rich results only for the breadcrumb, the dataset and the site name; the plan's
 * and the measure's nodes still tell any reader of schema.org what the page holds.
 */
import type { Crumb } from '../breadcrumbTrail.ts';
import type { Edition } from '../i18n/edition.ts';
import { fill } from '../i18n/template.ts';
import type { SiteDepartment, SiteMeasure, SiteTask } from '../model/siteModel.ts';
import type { PlanMeta, Side } from '../plan/schema.ts';
import type { PlanScope } from '../paths.ts';

/** One node of the graph: a schema.org object, "@type" and all. */
export type JsonLdNode = Readonly<Record<string, unknown>>;

/** A URL path (with the base, as paths.* give it) made absolute at the site's address. */
export type AbsoluteUrl = (path: string) => string;

/** What of an edition the builders read: its language, its text conversion, its strings and paths. */
export type EditionText = Pick<Edition, 'htmlLang' | 'tx' | 'ui' | 'paths'>;

/** The publisher, as site.config.json names it. */
export interface Publisher {
  name: string;
  url: string | null;
}

/** The path's absolute URL makes the node's identity; a fragment tells the thing from its page. */
const idOf = (url: string, thing: string) => `${url}#${thing}`;

/** The publisher as an Organization (its own site only if the config names one). */
function organization(publisher: Publisher): JsonLdNode {
  return { '@type': 'Organization', name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) };
}

/** The trail as a BreadcrumbList: every step with its absolute URL, the page itself last. */
export function breadcrumbList(trail: readonly Crumb[], ownPath: string, absolute: AbsoluteUrl): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.label, item: absolute(step.href ?? ownPath) })),
  };
}

/** A plan's identity, on its source page (the document as published) in this edition. */
export function planId(plan: PlanScope, edition: EditionText, absolute: AbsoluteUrl): string {
  return idOf(absolute(edition.paths.source(plan)), 'document');
}

/** A plan as a Legislation: its title, in this edition's script, at its source page. */
export function planNode(plan: PlanScope & { readonly meta: Pick<PlanMeta, 'title'> }, edition: EditionText, absolute: AbsoluteUrl): JsonLdNode {
  return { '@type': 'Legislation', '@id': planId(plan, edition, absolute), name: edition.tx(plan.meta.title), url: absolute(edition.paths.source(plan)), inLanguage: edition.htmlLang };
}

/** A department's identity, on its own page. */
export function departmentId(department: Pick<SiteDepartment, 'slug'>, edition: EditionText, absolute: AbsoluteUrl): string {
  return idOf(absolute(edition.paths.department(department.slug)), 'organization');
}

/** A department as a GovernmentOrganization: its name and the other names the document uses. */
export function departmentNode(department: Pick<SiteDepartment, 'slug' | 'name' | 'aliases'>, edition: EditionText, absolute: AbsoluteUrl): JsonLdNode {
  return {
    '@type': 'GovernmentOrganization',
    '@id': departmentId(department, edition, absolute),
    name: edition.tx(department.name),
    ...(department.aliases.length > 0 ? { alternateName: department.aliases.map(edition.tx) } : {}),
    mainEntityOfPage: absolute(edition.paths.department(department.slug)),
  };
}

/** A measure as a part of its plan: its number, its text, the bodies it names; the plan's node beside it. */
export function measureNodes(measure: Pick<SiteMeasure, 'plan' | 'id' | 'text' | 'assignments'>, edition: EditionText, absolute: AbsoluteUrl): JsonLdNode[] {
  const plan = measure.plan;
  const url = absolute(edition.paths.measure(measure.plan, measure.id));
  const bodies = [...new Map(measure.assignments.map((assignment) => [assignment.department.slug, assignment.department])).values()];
  return [
    {
      '@type': 'Legislation',
      '@id': idOf(url, 'measure'),
      name: fill(edition.ui.pages.measure.title, { id: measure.id }),
      position: measure.id,
      text: edition.tx(measure.text),
      url,
      inLanguage: edition.htmlLang,
      isPartOf: { '@id': planId(plan, edition, absolute) },
      mentions: bodies.map((department) => ({ '@type': 'GovernmentOrganization', '@id': departmentId(department, edition, absolute), name: edition.tx(department.name) })),
    },
    planNode(plan, edition, absolute),
  ];
}

/**
 * The years the plan's data covers, as an ISO 8601 year or interval of years: from the plan's
 * year to the year of its last dated deadline ("2017", "2017/2019"). Year precision on purpose:
 * the plan is dated by the year in its title, not by a day.
 */
export function temporalCoverage(year: number, deadlines: readonly { date: string | null }[]): string {
  const last = Math.max(year, ...deadlines.flatMap(({ date }) => (date ? [Number(date.slice(0, 4))] : [])));
  return last > year ? `${year}/${last}` : String(year);
}

/** The media type of a published data file, from its name. */
export function encodingFormatOf(file: string): string {
  if (file.endsWith('.json')) return 'application/json';
  if (file.endsWith('.csv')) return 'text/csv';
  throw new Error(`no media type known for the data file ${file}`);
}

export interface DatasetFacts {
  /** The plan the data is based on (with several plans, the primary one names the set). */
  plan: PlanScope & { readonly meta: Pick<PlanMeta, 'title' | 'year'> };
  measures: readonly Pick<SiteMeasure, 'deadline'>[];
  tasks: readonly Pick<SiteTask, 'title'>[];
  departmentCount: number;
  /** The two columns of bodies by the names every plan gives them (the site model's `roles`: neutral where they differ), as the seed writes them. */
  columns: Readonly<Record<Side, string>>;
  /** The files /data/ offers (DATA_FILES): each one's path and name. */
  files: readonly { path: string; label: string }[];
  licenceUrl: string;
  publisher: Publisher;
}

/**
 * /data/ as a Dataset: what it holds (from the plan), its files with their absolute URLs and
 * media types, the licence and the publisher (site.config.json), the years it covers. The
 * files are the Simplified original whichever edition describes them.
 */
export function datasetNode(facts: DatasetFacts, edition: EditionText, absolute: AbsoluteUrl): JsonLdNode {
  const { ui, tx, paths } = edition;
  const title = tx(facts.plan.meta.title);
  const url = absolute(paths.data());
  return {
    '@type': 'Dataset',
    '@id': idOf(url, 'dataset'),
    name: fill(ui.data.dataset.name, { title }),
    description: fill(ui.data.dataset.description, {
      title,
      measures: facts.measures.length,
      departments: facts.departmentCount,
      municipal: tx(facts.columns.municipal),
      district: tx(facts.columns.district),
    }),
    url,
    keywords: [title, ...facts.tasks.map((task) => tx(task.title)), ...ui.data.dataset.keywords],
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    license: facts.licenceUrl,
    creator: organization(facts.publisher),
    publisher: organization(facts.publisher),
    temporalCoverage: temporalCoverage(facts.plan.meta.year, facts.measures.map((measure) => measure.deadline)),
    isBasedOn: { '@id': planId(facts.plan, edition, absolute) },
    distribution: facts.files.map((file) => ({ '@type': 'DataDownload', name: file.label, contentUrl: absolute(paths.file(file.path)), encodingFormat: encodingFormatOf(file.path) })),
  };
}

/** The site itself, on its home page: its name as search engines show it, and its publisher. */
export function websiteNode(publisher: Publisher, edition: EditionText, absolute: AbsoluteUrl): JsonLdNode {
  const url = absolute(edition.paths.home());
  return { '@type': 'WebSite', '@id': idOf(url, 'website'), name: edition.ui.site.name, url, inLanguage: edition.htmlLang, publisher: organization(publisher) };
}

/**
 * The text of a page's JSON-LD script: one graph with every node. `<` is escaped (JSON allows
 * \u003c), so no text in the data can end the script element or open a comment.
 */
export function jsonLdText(nodes: readonly JsonLdNode[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(/</gu, '\\u003c');
}
