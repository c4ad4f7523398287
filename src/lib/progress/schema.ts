/**
 * The progress file (progress.yaml beside a plan's seed): what departments reported about the
 * plan's measures, as of a date. One zod schema per kind of entry; src/lib/progress/
 * parseProgress.ts reads the YAML, checks it against these and then against the plan.
 *
 * ```yaml
 * asOf: 2018-06-30
 * reports:
 *   - measure: 12
 *     date: 2018-03-15
 *     status: 已完成
 *     by: 横琴工商局
 *     note: 已出台实施办法。
 *     evidence:
 *       - title: 关于印发……的通知
 *         url: https://example.gov.cn/…
 * ```
 */
import { z } from 'zod';

/**
 * The four states a report may give a measure, in the words supervision offices use. The
 * document's own 已完成 deadline (deadline.completed) is not one of these: it says what the
 * document stated when it was issued, never what was reported since.
 */
export const REPORTED_STATUSES = ['未启动', '推进中', '已完成', '已调整'] as const;
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

/** Statuses that close a measure: once reported, its deadline no longer makes it overdue. */
export const CLOSING_STATUSES: ReadonlySet<ReportedStatus> = new Set(['已完成', '已调整']);

/** A document or page that backs a report up. */
export const evidenceSchema = z.strictObject({
  /** Its title as a reader would cite it: `关于印发……的通知`. */
  title: z.string().trim().min(1),
  /** Where it is published: an http:// or https:// address (checked against the plan's rules, not here). */
  url: z.string().trim().min(1),
});

/** One report on one measure, as of one day. */
export const reportSchema = z.strictObject({
  /** The measure's number in the plan (第12项 is 12). */
  measure: z.int().positive(),
  /** The day the report speaks for, `YYYY-MM-DD`: not after the file's asOf, not before the plan's year. */
  date: z.iso.date(),
  /** What became of the measure by that day. */
  status: z.enum(REPORTED_STATUSES),
  /** The department that reported: a name (or alias) the plan uses. Optional: the office may report itself. */
  by: z.string().trim().min(1).optional(),
  /** What was done, in the reporter's words. */
  note: z.string().trim().min(1).optional(),
  /** Documents that show it, in the order given. */
  evidence: z.array(evidenceSchema).optional(),
});

/** The whole file. */
export const progressFileSchema = z.strictObject({
  /** The date the reports are current to, `YYYY-MM-DD`: statuses and 逾期 are computed as of this day, never as of today. */
  asOf: z.iso.date(),
  /** The reports, in any order; several per measure make its history. Empty (or absent) while none has come in. */
  reports: z.array(reportSchema).nullable().optional(),
});

export type Evidence = z.infer<typeof evidenceSchema>;
/** A report as written in the file, before its names are resolved against the plan. */
export type WrittenReport = z.infer<typeof reportSchema>;
export type WrittenProgressFile = z.infer<typeof progressFileSchema>;

/** The keys each kind of entry knows, for a message about a key it does not. */
export const KNOWN_KEYS = {
  file: progressFileSchema.keyof().options,
  report: reportSchema.keyof().options,
  evidence: evidenceSchema.keyof().options,
} as const;
