/** The bytes of a filled sheet are checked before anything unpacks them. */
import { describe, expect, it } from 'vitest';
import { SheetError } from '../../../src/lib/progress/sheet/SheetError.ts';
import { checkWorkbookBytes, SHEET_LIMITS } from '../../../src/lib/progress/sheet/zipCheck.ts';
import { fixtureSheet } from './fixture.ts';

/** A zip archive's bytes built by hand: one stored entry per name, each claiming `unpacked` bytes. */
function zipOf(names: string[], unpacked = 0): Uint8Array {
  const encoder = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const name of names) {
    const bytes = [...encoder.encode(name)];
    const offset = locals.length;
    locals.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(0), ...u32(unpacked), ...u16(bytes.length), ...u16(0), ...bytes);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(0), ...u32(unpacked), ...u16(bytes.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...bytes);
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(names.length), ...u16(names.length), ...u32(central.length), ...u32(locals.length), ...u16(0)];
  return new Uint8Array([...locals, ...central, ...end]);
}

function problem(bytes: Uint8Array, limits = SHEET_LIMITS): string | null {
  try {
    checkWorkbookBytes('f.xlsx', bytes, limits);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(SheetError);
    return (error as SheetError).problem;
  }
}

describe('checkWorkbookBytes', () => {
  it('lets a sheet the command wrote through', async () => {
    expect(problem(await fixtureSheet())).toBeNull();
  });

  it('stops an archive that unpacks to more than a sheet may, from the sizes its directory declares', () => {
    const bomb = zipOf(['xl/workbook.xml', 'xl/worksheets/sheet1.xml'], 40 * 1024 * 1024);
    expect(problem(bomb)).toMatch(/^is too large to be a reporting sheet: it unpacks to 80 MB/u);
  });

  it('stops an archive with more entries than a sheet has', () => {
    const many = zipOf(Array.from({ length: 30 }, (_, i) => `xl/${i}.xml`).concat('xl/workbook.xml'));
    expect(problem(many, { ...SHEET_LIMITS, entries: 20 })).toMatch(/^is too large to be a reporting sheet: the archive holds 31 files/u);
  });

  it('reads an archive whose directory is damaged as incomplete', () => {
    const zip = zipOf(['xl/workbook.xml']);
    const damaged = zip.slice();
    const directory = zip.findIndex((byte, i) => byte === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02);
    damaged[directory + 2] = 0; // the directory entry's signature
    expect(problem(damaged)).toMatch(/^is incomplete/u);
  });

  it('reads an empty file as not a workbook', () => {
    expect(problem(new Uint8Array())).toMatch(/^is not an \.xlsx workbook/u);
  });
});
