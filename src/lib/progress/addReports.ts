/**
 * Adds reports to a progress file's text, keeping what is there: its comments, its order and
 * its wording, through the yaml package's Document API (a re-dump of the parsed data would
 * drop every comment). The caller has checked the new reports and checks the result again.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import type { WrittenReport } from './schema.ts';

/** Reports that came in together, from one source (a filled sheet). */
export interface ReportBatch {
  /** Said in a comment above the first of them: where they came from. */
  readonly from: string;
  readonly reports: readonly WrittenReport[];
}

/** A report as the file writes it: the schema's key order, optional keys only when given. */
function written(report: WrittenReport): Record<string, unknown> {
  const entry: Record<string, unknown> = { measure: report.measure, date: report.date, status: report.status };
  if (report.by !== undefined) entry['by'] = report.by;
  if (report.note !== undefined) entry['note'] = report.note;
  if (report.evidence && report.evidence.length > 0) entry['evidence'] = report.evidence.map((e) => ({ title: e.title, url: e.url }));
  return entry;
}

function reportsSequence(doc: Document): YAMLSeq {
  const existing = doc.get('reports', true);
  if (isSeq(existing)) return existing;
  // Absent, or `reports:` with nothing under it yet.
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set('reports', seq);
  return seq;
}

/**
 * The file's text with `batches` added at the end of `reports` and asOf set to `asOf`.
 * `text` null makes a new file, `header` its opening comment.
 */
export function addReports(text: string | null, batches: readonly ReportBatch[], asOf: string, header: string): string {
  const doc = text === null ? parseDocument(`asOf: ${asOf}\nreports: []\n`) : parseDocument(text);
  if (text === null) doc.commentBefore = header;
  if (!isMap(doc.contents)) throw new Error('addReports: the progress file must have been read and checked first');
  const asOfNode = doc.get('asOf', true);
  if (isScalar(asOfNode)) asOfNode.value = asOf;
  else doc.set('asOf', asOf);

  const seq = reportsSequence(doc);
  seq.flow = false;
  for (const batch of batches) {
    batch.reports.forEach((report, i) => {
      const node = doc.createNode(written(report));
      if (i === 0) node.commentBefore = ` added by npm run progress -- read from ${batch.from}`;
      seq.items.push(node);
    });
  }
  return doc.toString({ lineWidth: 0 });
}
