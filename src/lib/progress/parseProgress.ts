/**
 * Reads a progress file (progress.yaml) and checks it against its plan: YAML -> the schema
 * (schema.ts) -> the plan's rules (reportRules.ts) -> reports with their names resolved. The
 * first problem, in the order a reader meets it in the file, stops the read with
 * `FILE:LINE: problem`, like the seed parser. Pure: text in, data out.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Plan } from '../plan/schema.ts';
import type { ReportingDepartment } from './departmentNames.ts';
import { ProgressError } from './ProgressError.ts';
import { asOfProblem, planRules, repeatKey, repeatProblem, reportProblems, resolveBy, type PlanRules } from './reportRules.ts';
import { KNOWN_KEYS, progressFileSchema, REPORTED_STATUSES, type Evidence, type ReportedStatus } from './schema.ts';

/** One report as the site uses it: its names resolved against the plan. */
export interface ProgressReport {
  /** The slug of the plan the report is on. */
  readonly plan: string;
  readonly measure: number;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly status: ReportedStatus;
  /** The reporting department, by the name the site uses; null when the report names none. */
  readonly by: ReportingDepartment | null;
  readonly note: string | null;
  readonly evidence: readonly Evidence[];
  /** Where the report stands in its file. */
  readonly source: { readonly file: string; readonly line: number };
  /** Its 0-based place in the file: reports of one day keep this order. */
  readonly order: number;
}

/** A progress file, read and checked. */
export interface ProgressFile {
  readonly plan: string;
  /** The file's path, as messages name it. */
  readonly file: string;
  /** The date the reports are current to: everything is computed as of this day. */
  readonly asOf: string;
  /** In file order. */
  readonly reports: readonly ProgressReport[];
}

/** The plan a progress file reports on: its slug (its folder's name with several plans) and the parsed plan. */
export interface ProgressTarget {
  readonly slug: string;
  readonly plan: Plan;
}

type Path = readonly (string | number)[];

/** What each field is, for a message about a field that is missing. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  asOf: 'the date the reports are current to, written YYYY-MM-DD',
  measure: 'the number of the measure it reports on',
  date: 'the day it speaks for, written YYYY-MM-DD',
  status: `one of ${REPORTED_STATUSES.join('、')}`,
  title: 'the title of the document',
  url: 'its web address',
};
const DATE_FIELDS = new Set(['asOf', 'date']);

/** Whose field it is, by where the entry stands: the file, a report, an evidence entry. */
function ownerOf(path: Path): { name: string; kind: keyof typeof KNOWN_KEYS } {
  if (path.length === 0) return { name: 'the file', kind: 'file' };
  if (path.includes('evidence')) return { name: 'this evidence entry', kind: 'evidence' };
  return { name: 'this report', kind: 'report' };
}

/** A field as a message names it: `"status"`, or `each entry of "reports"`. */
function labelOf(path: Path): string {
  const last = path.at(-1);
  if (last === undefined) return 'the file';
  return typeof last === 'number' ? `each entry of "${String(path.at(-2))}"` : `"${last}"`;
}

/** A value as a message shows it. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return 'empty';
  if (typeof value === 'string') return `the text "${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function expectedOf(expected: string, path: Path): string {
  const last = path.at(-1);
  if (typeof last === 'string' && DATE_FIELDS.has(last)) return 'a date written YYYY-MM-DD';
  if (expected === 'number' || expected === 'int') return 'a whole number';
  if (expected === 'array') return 'a list (lines starting with "- ")';
  if (expected === 'object') return 'a mapping (lines like "key: value")';
  return 'text';
}

const valueAt = (data: unknown, path: Path): unknown => path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | null | undefined)?.[key], data);

/** One schema issue in words. The schema can raise no other kinds than these. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const value = valueAt(data, path);
  const label = labelOf(path);
  if (value === undefined && path.length > 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const key = String(path.at(-1));
    return `${ownerOf(path.slice(0, -1)).name} has no "${key}": ${FIELD_HINTS[key] ?? 'it is needed'}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `${label} should be ${expectedOf(issue.expected, path)}, not ${shown(value)}`;
    case 'too_small':
      if (typeof value === 'string') return `${label} is empty`;
      return `${label} should be a number from 1 up, not ${shown(value)}`;
    case 'invalid_format':
      if (/^\d{4}-\d{2}-\d{2}$/u.test(String(value))) return `${label} is ${String(value)}, a day the calendar does not have`;
      return `${label} should be a date written YYYY-MM-DD, not ${shown(value)}`;
    case 'invalid_value':
      return `${label} should be one of ${issue.values.map(String).join('、')}, not ${shown(value)}`;
    case 'unrecognized_keys': {
      const owner = ownerOf(path);
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `${owner.name} has ${keys}, which a${owner.kind === 'file' ? ' progress file' : owner.kind === 'report' ? ' report' : 'n evidence entry'} does not have: it has ${KNOWN_KEYS[owner.kind].join(', ')}`;
    }
    default:
      throw new Error(`progress file schema: an issue the reader does not word (${issue.code}: ${issue.message})`);
  }
}

/** The line a path's node starts on; a missing node's nearest enclosing one (the entry that lacks it). */
function lineOf(doc: Document, lines: LineCounter, path: Path, key?: string): number {
  let node = doc.getIn(path, true);
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isNode(pair.key)) node = pair.key;
  }
  for (let depth = path.length - 1; !isNode(node) && depth >= 0; depth--) node = doc.getIn(path.slice(0, depth), true);
  if (!isNode(node)) node = doc.contents;
  const offset = isNode(node) && node.range ? node.range[0] : 0;
  return lines.linePos(offset).line;
}

/** A YAML parser's complaint, first line only (the rest is its drawing of the line). */
function notYaml(message: string): string {
  return `not valid YAML: ${message.split('\n')[0] ?? message}`;
}

/** Reads a progress file's text into checked, resolved reports; the first problem throws a ProgressError. */
export function parseProgress(text: string, file: string, target: ProgressTarget): ProgressFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) throw new ProgressError(file, lines.linePos(yamlError.pos[0]).line, notYaml(yamlError.message));

  // 1. The shape: the first issue in the file's own order, as a reader meets it.
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // Aliases that expand past the yaml package's limit (a "billion laughs" file) stop here.
    throw new ProgressError(file, 1, notYaml(error instanceof Error ? error.message : String(error)));
  }
  const parsed = progressFileSchema.safeParse(data);
  if (!parsed.success) {
    // Entry by entry down the file; within an entry a key it does not know first, since a
    // misspelt key also makes the right one missing.
    const located = parsed.error.issues.map((issue) => {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const unknown = issue.code === 'unrecognized_keys';
      const owner = unknown ? path : path.slice(0, -1);
      return { issue, owner: lineOf(doc, lines, owner), rank: unknown ? 0 : 1, line: lineOf(doc, lines, path, unknown ? issue.keys[0] : undefined) };
    });
    const [first] = located.sort((a, b) => a.owner - b.owner || a.rank - b.rank || a.line - b.line);
    throw new ProgressError(file, first!.line, describeIssue(first!.issue, data));
  }

  // 2. The plan's rules, report by report; a repeat points at the report it repeats.
  const rules: PlanRules = planRules(target.slug, target.plan);
  const { asOf } = parsed.data;
  const asOfWrong = asOfProblem(asOf, rules);
  if (asOfWrong) throw new ProgressError(file, lineOf(doc, lines, ['asOf']), asOfWrong);

  const firstAt = new Map<string, number>();
  const reports = (parsed.data.reports ?? []).map((written, order): ProgressReport => {
    const at: Path = ['reports', order];
    const line = lineOf(doc, lines, at);
    const problem = reportProblems(written, rules, asOf)[0];
    if (problem) throw new ProgressError(file, lineOf(doc, lines, [...at, ...problem.field]), problem.problem);
    const resolved = written.by === undefined ? null : resolveBy(written.by, rules);
    const by = resolved && 'department' in resolved ? resolved.department : null;
    const key = repeatKey(rules.plan, written, by);
    const earlier = firstAt.get(key);
    if (earlier !== undefined) throw new ProgressError(file, line, repeatProblem(`line ${earlier}`).problem);
    firstAt.set(key, line);
    return {
      plan: rules.plan,
      measure: written.measure,
      date: written.date,
      status: written.status,
      by,
      note: written.note ?? null,
      evidence: (written.evidence ?? []).map((e) => ({ title: e.title, url: e.url })),
      source: { file, line },
      order,
    };
  });
  return { plan: rules.plan, file, asOf, reports };
}
