/**
 * The saved cases of reading a filled sheet back (tests/fixtures/progress/sheet-errors/<case>/):
 * each is a file used as it is (`input.xlsx`) or a recipe (`case.yaml`) for a sheet written for
 * a fixture department and then changed as a person would change it, and `expected.txt`, the
 * messages `npm run progress -- read` prints, one a line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { readBack } from '../../../src/lib/progress/sheet/readBack.ts';
import { readFilledSheet } from '../../../src/lib/progress/sheet/readWorkbook.ts';
import { SheetError } from '../../../src/lib/progress/sheet/SheetError.ts';
import { SHEET_LIMITS, type SheetLimits } from '../../../src/lib/progress/sheet/zipCheck.ts';
import { changeSheet, fixtureSheet, fixtureTarget, planIn, ROOT, type SheetChanges } from './fixture.ts';

export const SHEET_CASES = 'tests/fixtures/progress/sheet-errors';

/** A case's recipe: whose sheet, what changes, how it is read back. */
interface SheetRecipe extends SheetChanges {
  /** Whose sheet to write (a fixture department's slug); 区甲局's by default. */
  department?: string;
  /** `none`: the plan has no progress file yet. */
  progress?: 'none';
  /** A workbook made elsewhere, not by the `sheet` command. */
  blank?: boolean;
  /** Keep only this share of the file's bytes, as a copy cut short. */
  truncate?: number;
  /** Smaller limits than the real ones, so a small file stands for a large one. */
  limits?: Partial<SheetLimits>;
  /** --as-of. */
  asOf?: string;
}

async function bytesOf(folder: string, recipe: SheetRecipe): Promise<Uint8Array> {
  const input = path.join(ROOT, folder, 'input.xlsx');
  if (existsSync(input)) return new Uint8Array(readFileSync(input));
  if (recipe.blank) {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getCell('A1').value = '编号';
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const written = await changeSheet(await fixtureSheet(recipe.department, recipe.progress !== 'none'), recipe);
  return recipe.truncate === undefined ? written : written.subarray(0, Math.floor(written.length * recipe.truncate));
}

/** The messages reading the case's sheet back gives, as `read` prints them. */
export async function sheetCaseMessages(name: string): Promise<string[]> {
  const folder = `${SHEET_CASES}/${name}`;
  const recipeFile = path.join(ROOT, folder, 'case.yaml');
  const recipe = (existsSync(recipeFile) ? parse(readFileSync(recipeFile, 'utf8')) : {}) as SheetRecipe;
  const file = `${folder}/input.xlsx`;
  try {
    const sheet = await readFilledSheet(file, await bytesOf(folder, recipe), { ...SHEET_LIMITS, ...recipe.limits });
    const target = fixtureTarget(recipe.progress === 'none' ? null : undefined);
    const result = readBack([sheet], [target], { ...(recipe.asOf ? { asOf: recipe.asOf } : {}), overrides: planIn().decisions.traditional });
    return 'errors' in result ? result.errors.map((error) => error.message) : [];
  } catch (error) {
    if (error instanceof SheetError) return [error.message];
    throw error;
  }
}
