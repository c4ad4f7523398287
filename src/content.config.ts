import { defineCollection } from 'astro:content';
import { planLoader } from './lib/plan/planLoader.ts';
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

// Every collection reads the parsed plan and is validated by the schema the parser used.
export const collections = {
  /** The 具体措施, one entry per measure; id is its number as a string. */
  measures: defineCollection({ loader: planLoader<Measure>('measures.json', (m) => String(m.id)), schema: measureSchema }),
  /** Every body on both sides; id is its slug. */
  departments: defineCollection({ loader: planLoader<Department>('departments.json', (d) => d.slug), schema: departmentSchema }),
  /** The 主要任务; id is the ordinal. */
  tasks: defineCollection({ loader: planLoader<Task>('tasks.json', (t) => String(t.no)), schema: taskSchema }),
  /** The areas; id is the document-wide ordinal. */
  areas: defineCollection({ loader: planLoader<Area>('areas.json', (a) => String(a.no)), schema: areaSchema }),
  /** The 市专项工作组; id is the slug. */
  groups: defineCollection({ loader: planLoader<Group>('groups.json', (g) => g.slug), schema: groupSchema }),
  /** One entry, `plan`: the document's title, year and note. */
  plan: defineCollection({ loader: planLoader<unknown>('plan.json', () => 'plan'), schema: planMetaSchema }),
};
