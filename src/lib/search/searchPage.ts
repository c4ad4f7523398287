/**
 * What the search page is built from: the options of its filters and the config of its
 * <site-search> element. The element holds every department's names as typed (both scripts,
 * pinyin, initials, short and full forms: the shared name matcher's keys) and every measure's
 * title, so a name or a measure number is answered from the page itself, at once; Pagefind
 * answers everything else. Pure: built from the site model and the edition.
 */
import type { Edition } from '../i18n/edition.ts';
import { fill } from '../i18n/template.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SiteModel } from '../model/siteModel.ts';
import type { PlanScope } from '../paths.ts';
import { chineseOrdinal } from '../plan/chineseOrdinal.ts';
import { deadlineBin } from '../timeline/deadlineBin.ts';
import { META_WEIGHTS } from './metaFields.ts';
import { departmentFacts, measureFacts, measureTitle } from './resultLabels.ts';
import type { QueryFold } from './matchNames.ts';
import { keysForEdition, queryFoldFor } from './nameMatcher.ts';
import { normalizeForSearch } from './normalizeForSearch.ts';
import { traditionalVariants } from './traditionalVariants.ts';
import { headingKey, planFilterValue } from './pageFilters.ts';
import { searchKeywords } from './searchKeywords.ts';
import type { StateFilter } from './searchState.ts';
import type { FilterWords } from '../util/filterSummary.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/** The choices of each filter, labelled in the edition, valued as the URL and the index hold them. */
export function searchFilterOptions(model: SiteModel, { tx, ui }: Pick<Edition, 'tx' | 'ui'>): Record<StateFilter, FilterOption[]> {
  const t = ui.search;
  const bins = new Map(model.measures.map((m) => deadlineBin(m.deadline)).map((bin) => [bin.key, bin]));
  const order = (key: string) => (key === 'completed' ? '0' : key === 'ongoing' ? '2' : `1${key}`);
  // With several plans, each plan's headings in turn (the plan filter tells their numbers apart).
  const tasks = model.plans.flatMap((plan) => plan.tasks);
  const areas = model.plans.flatMap((plan) => plan.areas);
  const groups = model.plans.flatMap((plan) => plan.groups);
  const planned = (plan: SiteModel['plans'][number], label: string) => (model.several ? fill(ui.plans.optionInPlan, { label, plan: tx(plan.meta.title) }) : label);
  const options: Record<StateFilter, FilterOption[]> = {
    // Only a site with several plans offers a choice of plan.
    plan: model.several ? model.plans.map((plan) => ({ value: plan.slug, label: fill(ui.plans.heading, { title: tx(plan.meta.title), year: plan.meta.year }) })) : [],
    task: tasks.map((task) => ({ value: planFilterValue(task.plan)(task.no), label: planned(task.plan, fill(t.taskOption, { ordinal: chineseOrdinal(task.no), title: tx(task.title) })) })),
    area: areas.map((area) => ({ value: planFilterValue(area.plan)(area.no), label: planned(area.plan, fill(t.areaOption, { ordinal: chineseOrdinal(area.no), title: tx(area.title) })) })),
    group: groups.map((group) => ({ value: planFilterValue(group.plan)(group.slug), label: planned(group.plan, tx(group.name)) })),
    month: [...bins.values()]
      .sort((a, b) => (order(a.key) < order(b.key) ? -1 : 1))
      .map((bin) => ({ value: bin.key, label: bin.kind === 'month' ? fill(t.month, { year: bin.year, month: bin.month }) : t[bin.kind] })),
    // The columns' names every plan shares, or neutral ones where they differ: the filter spans every plan.
    side: (['municipal', 'district'] as const).map((side) => ({ value: side, label: tx(model.roles[side].column) })),
    // The words every plan shares for the roles, or neutral ones where the plans' differ: the
    // filter spans every plan's measures.
    role: (['lead', 'support'] as const).map((role) => ({ value: role, label: tx(model.roles.either[role]) })),
  };
  return options;
}

/** A department as the search page matches and shows it without asking the index. */
export interface SearchDepartment {
  slug: string;
  side: 'municipal' | 'district';
  title: string;
  facts: string;
  /** Every form of its names a reader may type (nameSearchKeys). */
  keys: string[];
}

export interface SearchMeasure {
  /** Its plan's URL segment (none for a one-plan site). */
  plan: PlanScope;
  id: number;
  /** Its `measure` filter value (planFilterValue): its number, within its plan with several. */
  filter: string;
  title: string;
  facts: string;
}

/** A task, area or working group page, matched by its title on the search page itself. */
export interface SearchHeading {
  /** headingKey of its Simplified title: the value of its page's `heading` filter. */
  key: string;
  kind: 'task' | 'area' | 'group';
  /** As the result shows it: 一、…, （三）…, the group's name. */
  title: string;
  href: string;
  facts: string;
  /** Its title as typed, in this edition's spellings (keysForEdition). */
  keys: string[];
}

export interface SearchPageConfig {
  base: string;
  locale: Locale;
  /** Pagefind's ranking.metaWeights. */
  weights: Record<string, number>;
  strings: Pick<
    Edition['ui']['search'],
    'count' | 'countWithPartial' | 'none' | 'partial' | 'more' | 'roleIgnored' | 'searching' | 'failed' | 'mentions' | 'mentionsMore'
  > & { filters: FilterWords; kind: Record<'measure' | 'department' | SearchHeading['kind'], string> };
  departments: SearchDepartment[];
  measures: SearchMeasure[];
  headings: SearchHeading[];
  /** How a typed query is read against the keys (matchNames.ts foldQuery). */
  fold: QueryFold;
}

/** The <site-search> element's config for an edition. */
export function searchPageConfig(model: SiteModel, edition: Edition): SearchPageConfig {
  const keywords = searchKeywords(model.decisions);
  const { count, countWithPartial, none, partial, more, roleIgnored, searching, failed, mentions, mentionsMore } = edition.ui.search;
  const { ui, tx, paths } = edition;
  const overrides = model.decisions.traditional;
  const heading = (kind: SearchHeading['kind'], simplified: string, title: string, href: string, measures: number): SearchHeading => ({
    key: headingKey(simplified),
    kind,
    title,
    href,
    facts: fill(ui.pages.measureCount, { count: measures }),
    // Both scripts, as typed; not pinyin: a long title's initials would match short pinyin queries by chance.
    keys: keysForEdition([...new Set([simplified, ...traditionalVariants(simplified, overrides)].map(normalizeForSearch))], edition, overrides),
  });
  return {
    base: edition.paths.base,
    locale: edition.locale,
    weights: META_WEIGHTS,
    strings: {
      count, countWithPartial, none, partial, more, roleIgnored, searching, failed, mentions, mentionsMore,
      filters: ui.filters,
      kind: { ...ui.search.kind, task: ui.terms.task, area: ui.terms.area, group: ui.terms.group },
    },
    departments: model.departments.map((d) => ({
      slug: d.slug,
      side: d.side,
      title: edition.tx(d.name),
      facts: departmentFacts(d, edition),
      keys: keysForEdition(keywords.names(d), edition, model.decisions.traditional),
    })),
    measures: model.measures.map((m) => ({ plan: m.plan.segment ? { segment: m.plan.segment } : {}, id: m.id, filter: planFilterValue(m.plan)(m.id), title: measureTitle(m, edition), facts: measureFacts(m, edition) })),
    headings: [
      ...model.plans.flatMap((plan) => plan.tasks).map((t) => heading('task', t.title, fill(ui.search.taskOption, { ordinal: chineseOrdinal(t.no), title: tx(t.title) }), paths.task(t.plan, t.no), t.measures.length)),
      ...model.plans.flatMap((plan) => plan.areas).map((a) => heading('area', a.title, fill(ui.search.areaOption, { ordinal: chineseOrdinal(a.no), title: tx(a.title) }), paths.area(a.plan, a.no), a.measures.length)),
      ...model.plans.flatMap((plan) => plan.groups).map((g) => heading('group', g.name, tx(g.name), paths.group(g.plan, g.slug), g.measures.length)),
    ],
    fold: queryFoldFor(edition, model.decisions.traditional),
  };
}
