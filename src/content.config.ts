import { defineCollection } from 'astro:content';
import { planEntryId, planLoader, type LoadedProgress } from './lib/site/planLoader.ts';
import type { ParsedPlan, ParsedSite } from './lib/site/readPlan.ts';
import { aliasTableSchema } from './lib/seed/aliasTable.ts';
import { sourceDocumentSchema, type SourceDocument } from './lib/seed/sourceDocument.ts';
import {
  areaSchema,
  departmentSchema,
  groupSchema,
  measureSchema,
  planMetaSchema,
  taskSchema,
  type Area,
  type Department,
  type Group,
  type Measure,
  type Task,
} from './lib/plan/schema.ts';

/** Each plan's records of one kind, the id of each prefixed with its plan's slug (planEntryId). */
const perPlan = <T>(records: (plan: ParsedPlan) => T[], idOf: (item: T) => string) => (site: ParsedSite) =>
  site.plans.flatMap((plan) => records(plan).map((item) => ({ id: planEntryId(plan.slug, idOf(item)), item })));

// Every collection is one part of the plans parsed from the seeds, validated by the schema the
// parser used; a plan's records carry its slug in their ids ("<plan>/<id>").
export const collections = {
  /** The 具体措施, one entry per measure; id is "<plan>/<its number>". */
  measures: defineCollection({ loader: planLoader<Measure>('measures', perPlan(({ plan }) => plan.measures, (m) => String(m.id))), schema: measureSchema }),
  /** Every body on both sides, as each plan names it; id is "<plan>/<slug>". */
  departments: defineCollection({ loader: planLoader<Department>('departments', perPlan(({ plan }) => plan.departments, (d) => d.slug)), schema: departmentSchema }),
  /** The 主要任务; id is "<plan>/<ordinal>". */
  tasks: defineCollection({ loader: planLoader<Task>('tasks', perPlan(({ plan }) => plan.tasks, (t) => String(t.no))), schema: taskSchema }),
  /** The areas; id is "<plan>/<document-wide ordinal>". */
  areas: defineCollection({ loader: planLoader<Area>('areas', perPlan(({ plan }) => plan.areas, (a) => String(a.no))), schema: areaSchema }),
  /** The 市专项工作组; id is "<plan>/<slug>". */
  groups: defineCollection({ loader: planLoader<Group>('groups', perPlan(({ plan }) => plan.groups, (g) => g.slug)), schema: groupSchema }),
  /** One entry per plan: the document's title, year and note; id is the plan's slug. */
  plan: defineCollection({ loader: planLoader('plan', (site) => site.plans.map((plan) => ({ id: plan.slug, item: plan.plan.meta }))), schema: planMetaSchema }),
  /** Each seed as published (title, 说明, every table as written), for the source page; id is "<plan>/<reading order>". */
  source: defineCollection({ loader: planLoader<SourceDocument>('source', perPlan(({ documents }) => documents, (d) => String(d.order))), schema: sourceDocumentSchema }),
  /**
   * One entry per plan, id its slug: its progress file (progress.yaml beside its seed) read and
   * checked against it, or null while it has none. Checked by src/lib/progress/, so no schema here.
   */
  progress: defineCollection({ loader: planLoader<LoadedProgress>('progress', (site) => site.plans.map((plan) => ({ id: plan.slug, item: { plan: plan.slug, progress: plan.progress } }))) }),
  /** One entry, `decisions`: the alias table (seeds/aliases.yaml or SEEDS_DIR's), the whole site's. */
  decisions: defineCollection({ loader: planLoader('decisions', ({ decisions }) => [{ id: 'decisions', item: decisions }]), schema: aliasTableSchema }),
};
