/**
 * The site model as the build reads it: the one module that reads the content collections.
 * Routes call getSiteModel() and hand its objects to components by props; components never
 * read collections themselves.
 */
import { getCollection, getEntry } from 'astro:content';
import { buildSiteModel, type SiteModel } from '../model/siteModel.ts';
import type { Plan } from '../plan/schema.ts';
import type { AliasTable } from '../seed/aliasTable.ts';
import type { SourceDocument } from '../seed/sourceDocument.ts';
import type { LoadedProgress } from './planLoader.ts';

let cached: Promise<SiteModel> | undefined;

async function load(): Promise<SiteModel> {
  const [meta, decisions] = await Promise.all([getEntry('plan', 'plan'), getEntry('decisions', 'decisions')]);
  if (!meta || !decisions) throw new Error('the plan collections are empty: the content loader did not run');
  const data = <T extends { data: unknown }>(entries: T[]) => entries.map((entry) => entry.data as T['data']);
  const [measures, departments, tasks, areas, groups, documents, progress] = await Promise.all([
    getCollection('measures').then(data),
    getCollection('departments').then(data),
    getCollection('tasks').then(data),
    getCollection('areas').then(data),
    getCollection('groups').then(data),
    getCollection('source').then(data),
    getCollection('progress').then(data),
  ]);
  const plan: Plan = { meta: meta.data, measures, departments, tasks, areas, groups };
  // One plan today: its progress is the one entry's (with several plans, each plan's by its slug).
  const planProgressFile = (progress as unknown as LoadedProgress[])[0]?.progress ?? null;
  return buildSiteModel(plan, decisions.data as AliasTable, (documents as SourceDocument[]).sort((a, b) => a.order - b.order), planProgressFile);
}

/** The resolved plan, built once per build (in `astro dev`, again when a seed is saved). */
export function getSiteModel(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}
