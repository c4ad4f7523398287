/**
 * The plan's data model: one zod schema per kind of record. The parser validates its output
 * against these schemas, and the content collections use the same schemas, so a record that
 * reaches a page has been checked twice by one definition.
 */
import { z } from 'zod';

/** Where a record came from: the seed file and the 1-based line of its table row. */
export const sourceSchema = z.object({
  /** Seed file path, relative to the project root (e.g. `seeds/hengqin-2017-task-allocation.md`). */
  file: z.string().min(1),
  /** 1-based line number of the table row in that file. */
  line: z.number().int().positive(),
});

/** A deadline as printed, with the date it stands for. */
export const deadlineSchema = z
  .object({
    /** The label as printed, with PDF wrap spaces removed: `8月底`, `已完成`, `2018年3月底`. */
    label: z.string().min(1),
    /** The last day the label allows, `YYYY-MM-DD`; null when completed or ongoing. */
    date: z.iso.date().nullable(),
    /** True when the document says the measure is already done (`已完成`). */
    completed: z.boolean(),
    /** True when the measure has no end date (`持续推进`, `长期坚持`, `长期`). */
    ongoing: z.boolean(),
  })
  .refine((d) => (d.date === null) === (d.completed || d.ongoing), {
    message: 'a deadline has a date exactly when it is neither completed nor ongoing',
  });

/** A numbered heading of the plan: a main task (一、…) or an area (（一）…). */
export const headingSchema = z.object({
  /** Ordinal as a number: 一 → 1. Areas are numbered across the whole document (1..16). */
  no: z.number().int().positive(),
  /** Title without its ordinal, in one canonical wording. */
  title: z.string().min(1),
});

export const sideSchema = z.enum(['municipal', 'district']);

/** One numbered measure (具体措施) with everyone assigned to it. */
export const measureSchema = z.object({
  /** The measure's number in the document, 1..N without gaps. */
  id: z.number().int().positive(),
  /** The main task (主要任务) the measure belongs to. */
  task: headingSchema,
  /** The area (the bracketed sub-heading) the measure belongs to. */
  area: headingSchema,
  /** Full text of the measure, without its number. */
  text: z.string().min(1),
  /** Municipal working group (市专项工作组) in charge. */
  group: z.string().min(1),
  /** Municipal departments that guide and support (市支持指导部门), in order; the first leads. */
  municipal: z.array(z.string().min(1)),
  /** Hengqin departments that carry it out (横琴新区牵头配合部门), in order; the first leads. */
  district: z.array(z.string().min(1)),
  /** When it is due. */
  deadline: deadlineSchema,
  /** Where the measure's row stands in the seed. */
  source: sourceSchema,
});

/** One body named in the plan, on one side. */
export const departmentSchema = z.object({
  /** Stable ASCII identifier from the name's pinyin; used in URLs. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Canonical name, as the alias table chooses it. */
  name: z.string().min(1),
  /** `municipal` for 市 bodies (including central and provincial units in Zhuhai), `district` for Hengqin. */
  side: sideSchema,
  /** Other names the document uses for the same body. */
  aliases: z.array(z.string().min(1)),
  /** Ids of the measures this body leads (it is listed first on its side). */
  lead: z.array(z.number().int().positive()),
  /** Ids of the measures this body supports or cooperates on (listed after the first). */
  support: z.array(z.number().int().positive()),
});

/** A main task with its ordinal. */
export const taskSchema = headingSchema;

/** An area with its ordinal and the task it belongs to. */
export const areaSchema = headingSchema.extend({
  /** Ordinal of the task the area sits under. */
  task: z.number().int().positive(),
});

/** A municipal working group. */
export const groupSchema = z.object({
  /** Stable ASCII identifier from the name's pinyin; used in URLs. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Name as printed (wrap spaces removed). */
  name: z.string().min(1),
});

/**
 * Where a table row stands in the original file an imported seed was made from, so a reader
 * can find it there: a page and a row (PDF), a table and a row (Word), or a sheet and a range
 * of cells (Excel). Rows are counted from the table's first row, its header included.
 */
export const originSchema = z.union([
  z.strictObject({
    /** The PDF page the row starts on. */
    page: z.number().int().positive(),
    /** Its place among the table's rows printed on that page, the header counted. */
    row: z.number().int().positive(),
  }),
  z.strictObject({
    /** The Word table, counted from 1 in document order. */
    table: z.number().int().positive(),
    /** The row in that table, the header counted. */
    row: z.number().int().positive(),
  }),
  z.strictObject({
    /** The worksheet's name. */
    sheet: z.string().min(1),
    /** The row's cells as a range, e.g. `A5:G5`. */
    cells: z.string().regex(/^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/u),
  }),
]);

/** The official file a seed was imported from, kept beside it and published with the site. */
export const originalSchema = z.strictObject({
  /** The file's name as it is kept beside the seed (no folder): `hengqin-2017-task-allocation.pdf`. */
  file: z.string().regex(/^[^/\\]+$/u).refine((name) => name !== '.' && name !== '..', 'a file name, not a folder'),
  /** What it is: `pdf`, `docx`, `xlsx`, or a legacy `doc`, `wps`, `xls`, `et` read through LibreOffice. */
  format: z.enum(['pdf', 'docx', 'xlsx', 'doc', 'wps', 'xls', 'et']),
  /** Its size in bytes. */
  bytes: z.number().int().nonnegative(),
  /** The SHA-256 of its bytes, in lowercase hex: a reader checks a download against it. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
});

/** An original as the plan lists it: the file, and the seed made from it. */
export const planOriginalSchema = originalSchema.extend({
  /** The seed file made from it, as the plan's `sources` name it. */
  seed: z.string().min(1),
});

/** What the document is: read from its title and preamble. */
export const planMetaSchema = z.object({
  /** The document's title, e.g. `2017年…任务分工表`. */
  title: z.string().min(1),
  /** The plan's year, read from the title; month-only deadlines fall in it. */
  year: z.number().int().min(1900).max(2999),
  /** The explanatory note (说明) printed before the tables, if any. */
  note: z.string().nullable(),
  /** Seed files the plan was read from, in reading order. */
  sources: z.array(z.string().min(1)).min(1),
  /** The official files the seeds were imported from (empty for seeds typed by hand), in reading order. */
  originals: z.array(planOriginalSchema),
});

export const planSchema = z.object({
  meta: planMetaSchema,
  tasks: z.array(taskSchema),
  areas: z.array(areaSchema),
  groups: z.array(groupSchema),
  measures: z.array(measureSchema),
  departments: z.array(departmentSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type Heading = z.infer<typeof headingSchema>;
export type Side = z.infer<typeof sideSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Group = z.infer<typeof groupSchema>;
export type PlanMeta = z.infer<typeof planMetaSchema>;
export type Origin = z.infer<typeof originSchema>;
export type Original = z.infer<typeof originalSchema>;
export type PlanOriginal = z.infer<typeof planOriginalSchema>;
export type Plan = z.infer<typeof planSchema>;
