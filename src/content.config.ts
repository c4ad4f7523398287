import { defineCollection } from 'astro:content';
import { planLoader, type LoadedProgress } from './lib/site/planLoader.ts';
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

// Every collection is one part of the plan parsed from the seeds, validated by the schema the parser used.
export const collections = {
  /** The 具体措施, one entry per measure; id is its number as a string. */
  measures: defineCollection({ loader: planLoader<Measure>('measures', ({ plan }) => plan.measures, (m) => String(m.id)), schema: measureSchema }),
  /** Every body on both sides; id is its slug. */
  departments: defineCollection({ loader: planLoader<Department>('departments', ({ plan }) => plan.departments, (d) => d.slug), schema: departmentSchema }),
  /** The 主要任务; id is the ordinal. */
  tasks: defineCollection({ loader: planLoader<Task>('tasks', ({ plan }) => plan.tasks, (t) => String(t.no)), schema: taskSchema }),
  /** The areas; id is the document-wide ordinal. */
  areas: defineCollection({ loader: planLoader<Area>('areas', ({ plan }) => plan.areas, (a) => String(a.no)), schema: areaSchema }),
  /** The 市专项工作组; id is the slug. */
  groups: defineCollection({ loader: planLoader<Group>('groups', ({ plan }) => plan.groups, (g) => g.slug), schema: groupSchema }),
  /** One entry, `plan`: the document's title, year and note. */
  plan: defineCollection({ loader: planLoader('plan', ({ plan }) => plan.meta, () => 'plan'), schema: planMetaSchema }),
  /** Each seed as published (title, 说明, every table as written), for /source/; id is its reading order. */
  source: defineCollection({ loader: planLoader<SourceDocument>('source', ({ documents }) => documents, (d) => String(d.order)), schema: sourceDocumentSchema }),
  /** One entry, `decisions`: the alias table (seeds/aliases.yaml or SEEDS_DIR's), read by the same loader as the seeds. */
  /**
   * One entry per plan, id its slug: its progress file (progress.yaml beside its seed) read and
   * checked against it, or null while it has none. Checked by src/lib/progress/, so no schema here.
   */
  progress: defineCollection({ loader: planLoader<LoadedProgress>('progress', ({ progress }) => [...progress], (p) => p.plan) }),
  decisions: defineCollection({ loader: planLoader('decisions', ({ decisions }) => decisions, () => 'decisions'), schema: aliasTableSchema }),
};
