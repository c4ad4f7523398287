/**
 * The site model as the build reads it: the one module that reads the content collections.
 * Routes call getSiteModel() and hand its objects to components by props; components never
 * read collections themselves.
 */
import { getCollection } from 'astro:content';
import { buildSiteModel, type PlanInput, type SiteModel } from '../model/siteModel.ts';
import type { Plan } from '../plan/schema.ts';
import type { AliasTable } from '../seed/aliasTable.ts';
import type { SourceDocument } from '../seed/sourceDocument.ts';
import type { LoadedProgress } from './planLoader.ts';
import { getSiteConfig } from './siteConfig.ts';

let cached: Promise<SiteModel> | undefined;

/** A collection's entries grouped by the plan slug their ids start with ("<plan>/<id>"). */
function byPlan<T>(entries: { id: string; data: unknown }[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const entry of entries) {
    const plan = entry.id.slice(0, entry.id.indexOf('/'));
    grouped.set(plan, [...(grouped.get(plan) ?? []), entry.data as T]);
  }
  return grouped;
}

async function load(): Promise<SiteModel> {
  const [metas, decisionEntries, measures, departments, tasks, areas, groups, documents, progress] = await Promise.all([
    getCollection('plan'),
    getCollection('decisions'),
    getCollection('measures').then((e) => byPlan<Plan['measures'][number]>(e)),
    getCollection('departments').then((e) => byPlan<Plan['departments'][number]>(e)),
    getCollection('tasks').then((e) => byPlan<Plan['tasks'][number]>(e)),
    getCollection('areas').then((e) => byPlan<Plan['areas'][number]>(e)),
    getCollection('groups').then((e) => byPlan<Plan['groups'][number]>(e)),
    getCollection('source').then((e) => byPlan<SourceDocument>(e)),
    getCollection('progress').then((e) => new Map(e.map((entry) => [entry.id, (entry.data as unknown as LoadedProgress).progress]))),
  ]);
  const decisions = decisionEntries[0];
  if (metas.length === 0 || !decisions) throw new Error('the plan collections are empty: the content loader did not run');
  // The seeds folder's name order, whatever order the store hands the entries over in.
  const plans: PlanInput[] = [...metas]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id: slug, data: meta }) => ({
      slug,
      plan: { meta, measures: measures.get(slug) ?? [], departments: departments.get(slug) ?? [], tasks: tasks.get(slug) ?? [], areas: areas.get(slug) ?? [], groups: groups.get(slug) ?? [] },
      documents: (documents.get(slug) ?? []).sort((a, b) => a.order - b.order),
      progress: progress.get(slug) ?? null,
    }));
  return buildSiteModel(plans, decisions.data as AliasTable, [], { primaryPlan: getSiteConfig().primaryPlan });
}

/** The resolved plans, built once per build (in `astro dev`, again when a seed is saved). */
export function getSiteModel(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}
