/**
 * npm run progress -- sheet <department-slug> [--out <file.xlsx>]
 * npm run progress -- read <file.xlsx>... [--as-of YYYY-MM-DD]
 *
 * The reporting sheet (进展情况填报表) a department fills in, and reading filled sheets back into
 * the plan's progress file (seeds/progress.yaml; SEEDS_DIR moves it with the seeds). `sheet`
 * writes the department's measures with their status as of the progress file, and columns to
 * fill in. `read` checks every sheet named, prints every problem as `file.xlsx: 进展填报!H7:
 * problem` and exits 1 without changing anything; otherwise it adds the sheets' reports to the
 * progress file, keeping its comments and order, and with --as-of moves its asOf forward.
 */
import { parseArgs } from 'node:util';
import { buildSiteModel } from '../src/lib/model/siteModel.ts';
import { planProgress } from '../src/lib/progress/measureProgress.ts';
import { ProgressError } from '../src/lib/progress/ProgressError.ts';
import { readBack, type ReadBackPlan } from '../src/lib/progress/sheet/readBack.ts';
import { readFilledSheet, type FilledSheet } from '../src/lib/progress/sheet/readWorkbook.ts';
import { SheetError } from '../src/lib/progress/sheet/SheetError.ts';
import { sheetInput, type SheetPlanSource } from '../src/lib/progress/sheet/sheetInput.ts';
import { writeSheet } from '../src/lib/progress/sheet/writeSheet.ts';
import { SeedError } from '../src/lib/seed/index.ts';
import { locatePlans, readPlanProgress, readProgressText, readSheetBytes, writeAllOrNothing } from '../src/lib/site/progressFiles.ts';
import { readSource } from '../src/lib/site/readPlan.ts';

const USAGE = 'usage: npm run progress -- sheet <department-slug> [--out <file.xlsx>]\n       npm run progress -- read <file.xlsx>... [--as-of YYYY-MM-DD]';

/** A mistake in how the command was called: said with the usage, no stack. */
class UsageError extends Error {}

/** The site's plans, parsed, each with its progress file if it has one. */
function readPlans() {
  return locatePlans().map((located) => {
    const { plan, decisions } = readSource(located.source);
    return { located, plan, decisions, model: buildSiteModel(plan, decisions), progress: readPlanProgress(located, plan) };
  });
}

async function sheet(slug: string | undefined, out: string | undefined): Promise<void> {
  if (!slug) throw new UsageError('name the department by its slug (the last part of its page\'s address, e.g. heng-qin-gong-shang-ju)');
  // 1. The plans, and the department's duties in each.
  const plans = readPlans();
  const found = plans.flatMap(({ model }) => model.departments.filter((d) => d.slug === slug))[0];
  if (!found) {
    const near = plans.flatMap(({ model }) => model.departments.map((d) => d.slug)).filter((s) => s.includes(slug) || slug.includes(s)).slice(0, 5);
    throw new UsageError(`no department has the slug "${slug}"${near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : ''}`);
  }
  const sources = plans.map(({ located, plan, model, progress }): SheetPlanSource => {
    const department = model.departments.find((d) => d.slug === slug);
    return {
      slug: located.slug,
      title: plan.meta.title,
      year: plan.meta.year,
      lead: department?.lead ?? [],
      support: department?.support ?? [],
      // The plan's own role words, from its 说明.
      roles: model.plans[0]!.roles[found.side],
      progress: progress ? planProgress(model.measures, progress) : null,
    };
  });
  // 2. The sheet, in memory, then to its file.
  const input = sheetInput({ slug: found.slug, name: found.name, side: found.side }, sources);
  const file = out ?? `progress-sheet-${slug}.xlsx`;
  await writeAllOrNothing([{ path: file, data: await writeSheet(input) }]);
  console.log(`wrote ${file}: ${input.rows.length} measures of ${found.name}${input.asOf.length > 0 ? `, status as of ${input.asOf.join(', ')}` : ', no progress reported yet'}`);
}

async function read(files: string[], asOf: string | undefined): Promise<void> {
  if (files.length === 0) throw new UsageError('name the filled sheets to read');
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(asOf)) throw new UsageError(`--as-of "${asOf}" is not a date written YYYY-MM-DD`);
  // 1. Every sheet's cells; a file that is no sheet is reported, and the others still checked.
  const sheets: FilledSheet[] = [];
  const errors: SheetError[] = [];
  for (const file of files) {
    try {
      sheets.push(await readFilledSheet(file, readSheetBytes(file)));
    } catch (error) {
      if (!(error instanceof SheetError)) throw error;
      errors.push(error);
    }
  }
  // 2. Checked against the plans and what their progress files hold; any problem, nothing written.
  const plans = readPlans();
  const targets: ReadBackPlan[] = plans.map(({ located, plan }) => ({ slug: located.slug, plan, progressPath: located.progressPath, progressText: readProgressText(located.progressPath) }));
  const result = readBack(sheets, targets, { ...(asOf !== undefined ? { asOf } : {}), overrides: plans.flatMap(({ decisions }) => decisions.traditional) });
  if ('errors' in result || errors.length > 0) {
    for (const error of [...errors, ...('errors' in result ? result.errors : [])]) console.error(error.message);
    console.error('nothing was written: correct the sheets (or the command) and read them all again');
    process.exitCode = 1;
    return;
  }
  // 3. Every progress file at once.
  await writeAllOrNothing(result.writes.map((write) => ({ path: write.path, data: write.text })));
  for (const { file, reports } of result.perSheet) console.log(`${file}: ${reports} report${reports === 1 ? '' : 's'}`);
  for (const write of result.writes) console.log(`added ${write.added} report${write.added === 1 ? '' : 's'} to ${write.path} (as of ${write.asOf})`);
  if (result.writes.length === 0) console.log('no sheet had a row filled in: nothing to add');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, 'as-of': { type: 'string' } } });
  const [command, ...rest] = positionals;
  if (command === 'sheet' && rest.length <= 1) return sheet(rest[0], values.out);
  if (command === 'read') return read(rest, values['as-of']);
  throw new UsageError(command === undefined ? 'say what to do: sheet or read' : `unknown command or arguments: ${positionals.join(' ')}`);
}

main().catch((error: unknown) => {
  // Bad input is the reader's to fix: the message alone, no stack.
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else if (error instanceof SeedError || error instanceof ProgressError || error instanceof SheetError || (error as NodeJS.ErrnoException).code === 'ENOENT') console.error((error as Error).message);
  else if ((error as Error).name === 'TypeError' && /parseArgs|Unknown option/u.test(String((error as Error).message))) console.error(`${(error as Error).message}\n${USAGE}`);
  else console.error(error);
  process.exitCode = 1;
});
