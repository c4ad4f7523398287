/**
 * Legacy files (.doc, .wps, .xls, .et) converted by LibreOffice, `soffice --headless
 * --convert-to docx|xlsx`, into a temporary folder with a profile of its own (so a running
 * LibreOffice, or another import, is not disturbed), then read as .docx or .xlsx.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ImportError } from '../../import/ImportError.ts';

/** Where soffice is: a path, or null when it is not installed. Default: looked up on PATH. */
export interface LibreOffice {
  soffice: string | null;
}

export const INSTALL_LIBREOFFICE = 'apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui';

/** soffice on PATH, or null. */
export function findSoffice(searchPath = process.env.PATH ?? ''): string | null {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'soffice');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

const notConverted = (file: string, detail: string) =>
  new ImportError(file, null, `LibreOffice could not convert the file (${detail}): it is damaged, password-protected or not a ${path.extname(file)} file`);

/** The file converted to `to` (docx or xlsx), as bytes. */
export async function convertWithLibreOffice(file: string, to: 'docx' | 'xlsx' | 'pdf', libreOffice: LibreOffice = { soffice: findSoffice() }): Promise<Uint8Array> {
  const { soffice } = libreOffice;
  if (!soffice) {
    throw new ImportError(file, null, `a .${path.extname(file).slice(1)} file is converted by LibreOffice first, and soffice is not on PATH: install it with \`${INSTALL_LIBREOFFICE}\` (or save the file as .docx or .xlsx)`);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'import-soffice-'));
  try {
    const out = path.join(work, 'out');
    try {
      await promisify(execFile)(soffice, [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, path.resolve(file)], { timeout: 120_000 });
    } catch (error) {
      throw notConverted(file, (error as { stderr?: string }).stderr?.trim() || (error as Error).message);
    }
    const converted = (existsSync(out) ? readdirSync(out, { withFileTypes: true }) : []).find((entry) => entry.isFile() && entry.name.endsWith(`.${to}`));
    if (!converted) throw notConverted(file, `it wrote no .${to}`);
    return new Uint8Array(readFileSync(path.join(out, converted.name)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
