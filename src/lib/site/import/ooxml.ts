/**
 * Opening an untrusted .docx or .xlsx: a zip package, unpacked with fflate within the limits.
 * The central directory's declared sizes are added up before anything is inflated, and the
 * inflated bytes are counted as they come, so neither an honest nor a lying zip bomb gets past
 * the cap. An OOXML file saved with a password is not a zip at all but an OLE container (CFB)
 * holding an encrypted package; cfb (SheetJS) reads its directory to say so.
 */
import CFB from 'cfb';
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { damagedFile, ImportError, overLimit } from '../../import/ImportError.ts';
import type { ImportLimits } from '../../import/limits.ts';

/** Explains an OLE container that was named as an OOXML file: encrypted, or a legacy file with the wrong extension. */
export function explainOleContainer(file: string, bytes: Uint8Array, what: string): ImportError {
  let names: string[] = [];
  try {
    names = CFB.read(bytes, { type: 'buffer' }).FullPaths.map((entry) => entry.replace(/\/$/u, '').split('/').at(-1) ?? '');
  } catch {
    // Not even a readable OLE container: the same advice as for any damaged file.
    return damagedFile(file, what, 'not a zip package, and not a readable OLE container');
  }
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) {
    return new ImportError(file, null, `the ${what} is password-protected (an encrypted package in an OLE container, not a zip): open it, save a copy without a password, and import that`);
  }
  return new ImportError(file, null, `the ${what} is a legacy Office file (an OLE container, as .doc and .xls are) with an OOXML extension: give it its legacy extension (.doc, .xls, .wps or .et) so that it is converted first`);
}

/**
 * Unpacks the package, every entry counted against the limit; returns the entries whose
 * names `keep` accepts. Throws an ImportError for a damaged zip or one that unpacks past the cap.
 */
export function unpack(file: string, bytes: Uint8Array, what: string, limits: ImportLimits, keep: (name: string) => boolean): Map<string, Uint8Array> {
  const tooBig = (size: number) => overLimit(file, null, `the ${what} unpacks to ${size} bytes or more, over the limit of ${limits.maxUnpackedBytes} (a zip bomb would)`);
  const damaged = (error: unknown) => damagedFile(file, what, error instanceof Error ? error.message : String(error));

  // 1. What the central directory declares, before inflating a byte.
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        declared += entry.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw damaged(error);
  }
  if (declared > limits.maxUnpackedBytes) throw tooBig(declared);

  // 2. Inflate, counting the bytes as they come: a header that lies about its size stops here.
  const kept = new Map<string, Uint8Array>();
  let inflated = 0;
  let failure: ImportError | null = null;
  const unzip = new Unzip((entry: UnzipFile) => {
    const chunks: Uint8Array[] = [];
    entry.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = damaged(error);
        return;
      }
      inflated += chunk.length;
      if (inflated > limits.maxUnpackedBytes) {
        failure = tooBig(inflated);
        entry.terminate();
        return;
      }
      if (keep(entry.name)) chunks.push(chunk);
      if (final && keep(entry.name)) kept.set(entry.name, Buffer.concat(chunks));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Fed in slices so that a runaway entry is stopped early.
    for (let at = 0; at < bytes.length && !failure; at += 1 << 16) unzip.push(bytes.subarray(at, at + (1 << 16)), at + (1 << 16) >= bytes.length);
  } catch (error) {
    throw failure ?? damaged(error);
  }
  if (failure) throw failure;
  return kept;
}

/**
 * Refuses XML that declares a DOCTYPE: OOXML parts never do, and a DOCTYPE is where entity
 * expansion (the billion laughs) and external entities live.
 */
export function checkNoDoctype(file: string, part: string, xml: string): void {
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) {
    throw new ImportError(file, null, `the package's ${part} declares a DOCTYPE or entities, which OOXML never does: it is not read`);
  }
}
