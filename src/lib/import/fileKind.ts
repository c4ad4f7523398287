/**
 * What a file is, from its first bytes, against what its name says: a file named .docx that
 * is a PDF, or a password-protected .xlsx (an OLE container holding an encrypted package,
 * not a zip), is said to be so before any reader library is asked to open it. Pure.
 */
import { ImportError } from './ImportError.ts';

/** The extensions the importer reads, and how each is read. */
export const EXTENSIONS = {
  pdf: { container: 'pdf', reads: 'pdf', name: 'PDF' },
  docx: { container: 'zip', reads: 'docx', name: 'Word file' },
  xlsx: { container: 'zip', reads: 'xlsx', name: 'workbook' },
  doc: { container: 'cfb', reads: 'docx', name: 'Word 97–2003 file' },
  wps: { container: 'cfb', reads: 'docx', name: 'WPS document' },
  xls: { container: 'cfb', reads: 'xlsx', name: 'Excel 97–2003 workbook' },
  et: { container: 'cfb', reads: 'xlsx', name: 'WPS workbook' },
} as const;

export type Extension = keyof typeof EXTENSIONS;
export type Container = 'pdf' | 'zip' | 'cfb';

const CONTAINER_NAMES: Record<Container, string> = { pdf: 'a PDF', zip: 'a zip package (.docx or .xlsx)', cfb: 'an OLE container (.doc, .xls, .wps, .et, or an encrypted Office file)' };
const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((byte, i) => bytes[at + i] === byte);

/** The container the bytes are, or null when they are none the importer reads. */
export function containerOf(bytes: Uint8Array): Container | null {
  // A PDF's header may follow some junk, within its first kilobyte (PDF 32000-1, 7.5.2 note).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  return null;
}

/** The file's extension if the importer reads it; an ImportError naming the ones it reads otherwise. */
export function extensionOf(file: string): Extension {
  const extension = /\.([^./\\]+)$/u.exec(file)?.[1]?.toLowerCase() ?? '';
  if (extension in EXTENSIONS) return extension as Extension;
  throw new ImportError(file, null, `cannot import ${extension ? `a .${extension} file` : 'a file without an extension'}: the importer reads ${Object.keys(EXTENSIONS).map((e) => `.${e}`).join(', ')}`);
}

/** Checks that the bytes are what the extension says; returns the container. */
export function checkContainer(file: string, extension: Extension, bytes: Uint8Array): Container {
  if (bytes.length === 0) throw new ImportError(file, null, 'the file is empty');
  const found = containerOf(bytes);
  const expected = EXTENSIONS[extension].container;
  // An OOXML file saved with a password is an OLE container: the reader of that container says so.
  if (found === expected || (found === 'cfb' && expected === 'zip')) return found;
  throw new ImportError(file, null, `the file is named .${extension} but its content is ${found ? CONTAINER_NAMES[found] : 'none of the formats the importer reads'}: check that it is the file you meant, and give it its right extension`);
}
