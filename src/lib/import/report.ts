/**
 * The import's report, as the command prints it: what was read (tables, rows, measures),
 * where it went, and each decision the importer took, so a maintainer knows what to check
 * against the original before publishing the seed. Pure: facts in, text out.
 */
import type { Plan } from '../plan/schema.ts';
import type { SeedDraft } from './toSeed.ts';

export interface ReportFacts {
  file: string;
  result: { seedFile: string; originalFile: string; original: Uint8Array; sha256: string; plan: Plan; draft: SeedDraft; pages: number | null };
  /** Other seeds in the output folder, which the build reads with this one as one document. */
  others: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function formatReport({ file, result, others }: ReportFacts): string {
  const { draft, plan } = result;
  const lines = [
    `imported ${file} (${result.pages !== null ? `${plural(result.pages, 'page')}, ` : ''}${result.original.length} bytes, SHA-256 ${result.sha256})`,
    `  wrote ${result.seedFile} and kept the original as ${result.originalFile}`,
    `  read ${plural(draft.tables, 'table')}, ${plural(draft.rows, 'row')}: ${plural(plan.measures.length, 'measure')} under ${plural(plan.tasks.length, 'main task')} and ${plural(plan.areas.length, 'area')}, ${plural(plan.departments.length, 'department')}`,
    `  title: ${plan.meta.title}`,
    `  note (说明): ${plan.meta.note ? 'read' : 'none found'}`,
    '  decisions:',
    ...(draft.decisions.length > 0 ? draft.decisions.map((decision) => `    - ${decision}`) : ['    (none)']),
  ];
  if (others.length > 0) {
    lines.push(`  note: the build reads every seed in the folder as one document, and it also holds ${others.join(', ')}: remove what the new seed replaces`);
  }
  return lines.join('\n');
}
