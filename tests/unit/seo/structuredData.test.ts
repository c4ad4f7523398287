import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales.ts';
import { buildSiteModel } from '../../../src/lib/model/siteModel.ts';
import { breadcrumbTrail } from '../../../src/lib/breadcrumbTrail.ts';
import {
  breadcrumbList,
  datasetNode,
  departmentNode,
  encodingFormatOf,
  jsonLdText,
  measureNodes,
  planNode,
  temporalCoverage,
  websiteNode,
  type JsonLdNode,
} from '../../../src/lib/seo/structuredData.ts';
import { DATA_FILES } from '../../../src/lib/site/navigation.ts';
import { readSource } from '../../../src/lib/site/readPlan.ts';
import { getSiteConfig } from '../../../src/lib/site/siteConfig.ts';

const { plan, decisions } = readSource();
const model = buildSiteModel(plan, decisions);
const config = getSiteConfig();
/** The one plan of a one-plan site: its pages keep the site's own paths. */
const ONE = { segment: undefined };
const HOME = 'https://example.gov.cn/hengqin/';
const absolute = (path: string) => new URL(path, HOME).href;
const edition = (locale: Locale) => createEdition({ locale, base: '/hengqin/', overrides: decisions.traditional, punctuation: decisions.punctuation });

/** Every string value in a node, however deep, that looks like a URL. */
const urlsIn = (value: unknown): string[] =>
  typeof value === 'string' ? (/^[a-z]+:\/\//u.test(value) ? [value] : []) : value && typeof value === 'object' ? Object.values(value).flatMap(urlsIn) : [];
const onSite = (url: string) => url.startsWith(HOME);

describe('breadcrumbList', () => {
  it('lists the trail from home with positions from 1, each step at its absolute URL, the page itself last', () => {
    const ed = edition('zh-CN');
    const trail = breadcrumbTrail([{ label: '部门', href: ed.paths.departments() }, { label: '市纪委' }], { label: '首页', href: ed.paths.home() });
    expect(breadcrumbList(trail, ed.paths.department('shi-ji-wei'), absolute)).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页', item: 'https://example.gov.cn/hengqin/' },
        { '@type': 'ListItem', position: 2, name: '部门', item: 'https://example.gov.cn/hengqin/departments/' },
        { '@type': 'ListItem', position: 3, name: '市纪委', item: 'https://example.gov.cn/hengqin/departments/shi-ji-wei/' },
      ],
    });
  });
});

describe.for(LOCALES)('the structured data of the real plan, %s edition', (locale) => {
  const ed = edition(locale);
  const plan = planNode(model.plans[0]!, ed, absolute);

  it('makes every measure a Legislation within the plan, with its number, text, page and the bodies it names', () => {
    for (const measure of model.measures) {
      const [node, planBeside] = measureNodes(measure, ed, absolute) as [JsonLdNode, JsonLdNode];
      expect(node['@type']).toBe('Legislation');
      expect(node['position']).toBe(measure.id);
      expect(node['text']).toBe(ed.tx(measure.text));
      expect(node['url']).toBe(absolute(ed.paths.measure(measure.plan, measure.id)));
      expect(node['inLanguage']).toBe(ed.htmlLang);
      expect(node['isPartOf']).toEqual({ '@id': plan['@id'] });
      expect(planBeside).toEqual(plan);
      const named = [...new Set(measure.assignments.map((a) => a.department.slug))];
      expect((node['mentions'] as JsonLdNode[]).map((org) => org['@id'])).toEqual(named.map((slug) => `${absolute(ed.paths.department(slug))}#organization`));
      expect(urlsIn(node).every(onSite)).toBe(true);
    }
  });

  it('names the plan by its title at its /source/ page', () => {
    expect(plan).toEqual({ '@type': 'Legislation', '@id': `${absolute(ed.paths.source(ONE))}#document`, name: ed.tx(model.plans[0]!.meta.title), url: absolute(ed.paths.source(ONE)), inLanguage: ed.htmlLang });
  });

  it('makes every department a GovernmentOrganization with its aliases, and nothing the data does not hold', () => {
    for (const department of model.departments) {
      const node = departmentNode(department, ed, absolute);
      expect(node['@type']).toBe('GovernmentOrganization');
      expect(node['name']).toBe(ed.tx(department.name));
      expect(node['alternateName']).toEqual(department.aliases.length > 0 ? department.aliases.map(ed.tx) : undefined);
      expect(Object.keys(node).sort()).toEqual(['@id', '@type', 'mainEntityOfPage', 'name', ...(department.aliases.length > 0 ? ['alternateName'] : [])].sort());
    }
  });

  it('describes /data/ as a Dataset dataset search takes: name, a description of 50 to 5000 characters, its files, licence, creator, coverage', () => {
    const node = datasetNode(
      { plan: model.plans[0]!, measures: model.measures, tasks: model.plans[0]!.tasks, departmentCount: model.departments.length, columns: { municipal: model.roles.municipal.column, district: model.roles.district.column }, files: DATA_FILES, licenceUrl: config.dataLicence.url, publisher: config.publisher },
      ed,
      absolute,
    );
    expect(node['@type']).toBe('Dataset');
    expect(String(node['name'])).toContain(ed.tx(model.plans[0]!.meta.title));
    expect([...String(node['description'])].length).toBeGreaterThanOrEqual(50);
    expect([...String(node['description'])].length).toBeLessThanOrEqual(5000);
    expect(node['description']).toContain(String(model.measures.length));
    // The columns by the plans' own names (the model's: a one-plan site's are its note's).
    for (const side of ['municipal', 'district'] as const) expect(node['description']).toContain(ed.tx(model.roles[side].column));
    expect(node['license']).toBe(config.dataLicence.url);
    expect(node['creator']).toMatchObject({ '@type': 'Organization', name: config.publisher.name });
    expect(node['publisher']).toMatchObject({ '@type': 'Organization', name: config.publisher.name });
    expect(node['keywords']).toEqual(expect.arrayContaining(model.plans[0]!.tasks.map((task) => ed.tx(task.title))));
    expect(node['temporalCoverage']).toBe(temporalCoverage(model.plans[0]!.meta.year, model.measures.map((m) => m.deadline)));
    expect(node['distribution']).toEqual(
      DATA_FILES.map((file) => ({ '@type': 'DataDownload', name: file.label, contentUrl: absolute(ed.paths.file(file.path)), encodingFormat: encodingFormatOf(file.path) })),
    );
    expect(urlsIn(node).filter((url) => !onSite(url))).toEqual([config.dataLicence.url, ...(config.publisher.url ? [config.publisher.url, config.publisher.url] : [])]);
  });

  it('names the site on its home page', () => {
    expect(websiteNode(config.publisher, ed, absolute)).toMatchObject({ '@type': 'WebSite', name: ed.ui.site.name, url: absolute(ed.paths.home()), inLanguage: ed.htmlLang });
  });
});

describe('temporalCoverage', () => {
  it('is the plan year when every dated deadline falls in it, undated ones aside', () => {
    expect(temporalCoverage(2017, [{ date: '2017-05-31' }, { date: null }, { date: '2017-12-31' }])).toBe('2017');
    expect(temporalCoverage(2017, [])).toBe('2017');
  });

  it('runs from the plan year to the year of the last dated deadline', () => {
    expect(temporalCoverage(2017, [{ date: '2019-06-30' }, { date: '2018-12-31' }])).toBe('2017/2019');
  });
});

describe('encodingFormatOf', () => {
  it('gives JSON and CSV files their media types, and refuses a file it does not know', () => {
    expect(DATA_FILES.map((file) => encodingFormatOf(file.path))).toEqual(DATA_FILES.map((file) => (file.path.endsWith('.csv') ? 'text/csv' : 'application/json')));
    expect(() => encodingFormatOf('/data/plan.xlsx')).toThrow('/data/plan.xlsx');
  });
});

describe('jsonLdText', () => {
  it('is one JSON object with the schema.org context and the nodes as its graph', () => {
    const nodes = [{ '@type': 'Thing', name: 'a' }];
    expect(JSON.parse(jsonLdText(nodes))).toEqual({ '@context': 'https://schema.org', '@graph': nodes });
  });

  it('cannot end its script element or open a comment, whatever the data says', () => {
    const text = jsonLdText([{ '@type': 'Thing', name: '</script><!-- x' }]);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><!-- x');
  });
});
