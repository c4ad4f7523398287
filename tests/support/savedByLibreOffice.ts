/**
 * A modern file (.docx, .xlsx) saved by LibreOffice in a legacy format (.doc, .xls, .wps, .et), as a
 * publisher's older office suite would: the input of the legacy round trips. Saving takes
 * LibreOffice seconds, and what it makes depends only on what the file holds, so the result is
 * kept under node_modules/.cache/legacy-originals/, named by a digest of the file's parts (all
 * but docProps/core.xml, whose timestamps change with every write) and the format. The import
 * under test still converts the legacy file back with LibreOffice on every run.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { findSoffice, INSTALL_LIBREOFFICE } from '../../src/lib/site/import/libreOffice.ts';

const CACHE = path.resolve('node_modules/.cache/legacy-originals');

/** A digest of what an Office Open XML file holds, whenever it was written. */
function contentDigest(file: string, to: string): string {
  const hash = createHash('sha256').update(to);
  const parts = unzipSync(readFileSync(file));
  for (const name of Object.keys(parts).sort()) {
    if (name === 'docProps/core.xml') continue;
    hash.update(`\0${name}\0`).update(parts[name]!);
  }
  return hash.digest('hex').slice(0, 32);
}

/** `file` saved as `to` by LibreOffice, at `<work>/legacy/<name>.<to>`: from the cache when it has it. */
export function savedByLibreOffice(file: string, to: 'doc' | 'xls' | 'wps' | 'et', work: string): string {
  const saved = path.join(work, 'legacy', path.basename(file).replace(/\.[^.]+$/u, `.${to}`));
  const cached = path.join(CACHE, `${contentDigest(file, to)}.${to}`);
  mkdirSync(path.dirname(saved), { recursive: true });
  if (!existsSync(cached)) {
    const soffice = findSoffice();
    if (!soffice) throw new Error(`LibreOffice is needed for this test: ${INSTALL_LIBREOFFICE}`);
    execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--convert-to', to, '--outdir', path.dirname(saved), file], { stdio: 'ignore', timeout: 120_000 });
    // Through a temporary name, so a run stopped halfway leaves no truncated file in the cache.
    mkdirSync(CACHE, { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    copyFileSync(saved, partial);
    renameSync(partial, cached);
  } else copyFileSync(cached, saved);
  return saved;
}
