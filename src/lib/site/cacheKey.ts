/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild, astro.config.mjs):
 * a route returns `cacheKey: pageCacheKey(model, reads)` beside each path's params and props,
 * and a rebuild copies the page from the previous build when its key, and the code it runs
 * (Astro hashes the page's module graph itself), are unchanged.
 *
 * The key is a digest of the data the page reads, taken from the plan's own records rather
 * than from the model's objects (which point at each other without end):
 *   - what every page reads through the layout and header: the plan's title and note, the
 *     alias table, every task, area and working group heading, every department's name and
 *     aliases, the list of measure numbers. A change there changes every key;
 *   - the model objects the route names in `reads` (a measure, a department, a slice of the
 *     network…), and those they point at, `depth` steps out: at depth 1 (the default) a
 *     measure brings its task, area, group, departments and neighbours; at depth 2 also the
 *     other measures of those departments. Plain data in `reads` goes in as it is.
 * A page whose key misses something it shows would be copied stale: name every object the
 * page reads, and when unsure, a larger depth or siteCacheKey(model). The rebuild check in
 * `npm run bench` compares a rebuild with a clean build byte for byte.
 */
import { createHash } from 'node:crypto';
import type { SiteModel } from '../model/siteModel.ts';

interface KeyContext {
  /** Model object → its identity ("measure:12") and the plan record it was built from. */
  entities: WeakMap<object, { id: string; record: unknown }>;
  /** What every page reads, digested once. */
  siteWide: string;
  /** The whole plan and alias table, digested once. */
  everything: string;
}

const contexts = new WeakMap<SiteModel, KeyContext>();

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** JSON with object keys sorted, so the same data always gives the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

function contextOf(model: SiteModel): KeyContext {
  let context = contexts.get(model);
  if (context) return context;
  const entities = new WeakMap<object, { id: string; record: unknown }>();
  const { plan } = model;
  const byKey = <T>(records: readonly T[], key: (record: T) => string | number) => new Map(records.map((record) => [String(key(record)), record]));
  const measures = byKey(plan.measures, (m) => m.id);
  const departments = byKey(plan.departments, (d) => d.slug);
  const tasks = byKey(plan.tasks, (t) => t.no);
  const areas = byKey(plan.areas, (a) => a.no);
  const groups = byKey(plan.groups, (g) => g.slug);
  for (const m of model.measures) entities.set(m, { id: `measure:${m.id}`, record: measures.get(String(m.id)) });
  for (const d of model.departments) entities.set(d, { id: `department:${d.slug}`, record: departments.get(d.slug) });
  for (const t of model.tasks) entities.set(t, { id: `task:${t.no}`, record: tasks.get(String(t.no)) });
  for (const a of model.areas) entities.set(a, { id: `area:${a.no}`, record: areas.get(String(a.no)) });
  for (const g of model.groups) entities.set(g, { id: `group:${g.slug}`, record: groups.get(g.slug) });
  const siteWide = digest(
    stableJson({
      meta: plan.meta,
      decisions: model.decisions,
      tasks: plan.tasks,
      areas: plan.areas,
      groups: plan.groups,
      departments: plan.departments.map(({ slug, name, side, aliases }) => ({ slug, name, side, aliases })),
      // Counts and the pager: a measure added or removed changes every page.
      measures: plan.measures.map(({ id }) => id),
    }),
  );
  context = { entities, siteWide, everything: digest(stableJson({ plan, decisions: model.decisions })) };
  contexts.set(model, context);
  return context;
}

/**
 * Walks `value`: model objects are collected into `found` and written as their identity; the
 * rest is copied as plain data. Objects met twice on one path (a cycle) are written as "↻".
 */
function walk(value: unknown, context: KeyContext, found: Set<object>, path: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const entity = context.entities.get(value);
  if (entity) {
    found.add(value);
    return entity.id;
  }
  if (path.has(value)) return '↻';
  path.add(value);
  const copy = Array.isArray(value)
    ? value.map((item) => walk(item, context, found, path))
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, context, found, path)]));
  path.delete(value);
  return copy;
}

/**
 * The cache key of a page that reads `reads` (model objects or plain data) and the model
 * objects they point at, `depth` steps out. Pure: the same model and reads give the same key.
 */
export function pageCacheKey(model: SiteModel, reads: readonly unknown[], { depth = 1 }: { depth?: number } = {}): string {
  const context = contextOf(model);
  const found = new Set<object>();
  const plain = walk(reads, context, found);
  // Step out from the objects read: each one's fields name the objects it points at.
  let frontier = [...found];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next = new Set<object>();
    for (const entity of frontier) {
      for (const field of Object.values(entity)) walk(field, context, next);
    }
    frontier = [...next].filter((entity) => !found.has(entity));
    for (const entity of frontier) found.add(entity);
  }
  const records = [...found].map((entity) => context.entities.get(entity)!).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return digest(stableJson({ site: context.siteWide, plain, records: records.map(({ id, record }) => [id, record]) }));
}

/** The cache key of a page that reads the whole plan (lists, timelines, the network): any edit changes it. */
export function siteCacheKey(model: SiteModel): string {
  return contextOf(model).everything;
}
