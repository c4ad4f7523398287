/**
 * Checks a file's bytes before a workbook reader unpacks them: filled sheets come back from
 * other offices, and a file that is not an .xlsx, is cut short, or unpacks to far more than a
 * sheet ever holds gets one clear message instead of a library's stack trace or a full memory.
 * An .xlsx is a zip archive; its central directory (at the end) lists every entry with its
 * unpacked size, so the sizes are known without unpacking anything.
 */
import { SheetError } from './SheetError.ts';

export interface SheetLimits {
  /** The file itself. A department's sheet is tens of kilobytes. */
  readonly fileBytes: number;
  /** Everything in the archive, unpacked. */
  readonly unpackedBytes: number;
  /** Entries in the archive; a sheet has about a dozen. */
  readonly entries: number;
}

export const SHEET_LIMITS: SheetLimits = { fileBytes: 5 * 1024 * 1024, unpackedBytes: 50 * 1024 * 1024, entries: 1000 };

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
/** An OLE compound file: Excel 97–2003 .xls, and also any password-encrypted .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A size as a person reads it: 4.2 MB, 12 KB, 800 bytes. */
function mb(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** Stops a file too big to be a reporting sheet before it is read at all. */
export function checkSheetSize(file: string, size: number, limits: SheetLimits = SHEET_LIMITS): void {
  if (size > limits.fileBytes) throw new SheetError(file, null, tooLarge(`the file is ${mb(size)}, over the ${mb(limits.fileBytes)} a sheet may be`));
}

function tooLarge(detail: string): string {
  return `is too large to be a reporting sheet: ${detail}`;
}

/** Throws a SheetError unless `bytes` are a whole zip archive within the limits that holds an Excel workbook. */
export function checkWorkbookBytes(file: string, bytes: Uint8Array, limits: SheetLimits = SHEET_LIMITS): void {
  checkSheetSize(file, bytes.length, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);

  if (OLE.every((byte, i) => bytes[i] === byte)) {
    throw new SheetError(file, null, 'is an Excel 97–2003 workbook (.xls) or a password-protected one: open it and save it, without a password, as "Excel Workbook (*.xlsx)"');
  }
  if (u32(0) !== ZIP_LOCAL) {
    throw new SheetError(file, null, 'is not an .xlsx workbook (an .xlsx file is a zip archive, and this file is not one): open it and save it as "Excel Workbook (*.xlsx)"');
  }
  const truncated = 'is incomplete: the end of the archive is missing or damaged, as when a file is cut short while copying or downloading; ask for the file again';
  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === ZIP_END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new SheetError(file, null, truncated);
  const count = u16(end + 10);
  const directoryAt = u32(end + 16);
  if (count > limits.entries) throw new SheetError(file, null, tooLarge(`the archive holds ${count} files, over the ${limits.entries} a sheet may hold`));
  if (directoryAt < 0 || directoryAt + u32(end + 12) > end) throw new SheetError(file, null, truncated);

  let unpacked = 0;
  const names = new Set<string>();
  let at = directoryAt;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== ZIP_CENTRAL) throw new SheetError(file, null, truncated);
    unpacked += u32(at + 24);
    const nameLength = u16(at + 28);
    names.add(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  if (unpacked > limits.unpackedBytes) throw new SheetError(file, null, tooLarge(`it unpacks to ${mb(unpacked)}, over the ${mb(limits.unpackedBytes)} a sheet may unpack to`));
  if (!names.has('xl/workbook.xml')) {
    throw new SheetError(file, null, 'is a zip archive but not an Excel workbook (it has no xl/workbook.xml): a Word or WPS file saved as .xlsx? Open it in Excel or WPS Spreadsheets and save it as "Excel Workbook (*.xlsx)"');
  }
}
