/**
 * What a file is, against what its name says (src/lib/import/fileKind.ts): WPS Office's .wps
 * and .et are legacy binary Office files (OLE containers), converted by LibreOffice to .docx and
 * .xlsx like .doc and .xls; a zip or a PDF under a legacy name, or the other way round, is refused.
 */
import { describe, expect, it } from 'vitest';
import { checkContainer, containerOf, EXTENSIONS, extensionOf } from '../../../src/lib/import/fileKind.ts';
import { ImportError } from '../../../src/lib/import/ImportError.ts';

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
const PDF = new TextEncoder().encode('%PDF-1.7\n');

describe('fileKind', () => {
  it.each([
    ['任务分工表.wps', 'wps', 'docx'],
    ['任务分工表.WPS', 'wps', 'docx'],
    ['任务分工表.et', 'et', 'xlsx'],
    ['plan.ET', 'et', 'xlsx'],
    ['plan.doc', 'doc', 'docx'],
    ['plan.xls', 'xls', 'xlsx'],
  ] as const)('reads %s as a .%s file, converted to .%s first', (file, extension, reads) => {
    expect(extensionOf(file)).toBe(extension);
    expect(EXTENSIONS[extension]).toMatchObject({ container: 'cfb', reads });
  });

  it.each(['plan.wps', 'plan.et'])('takes %s holding an OLE container', (file) => {
    expect(checkContainer(file, extensionOf(file), OLE)).toBe('cfb');
  });

  it.each([
    ['plan.wps', ZIP, /named \.wps but its content is a zip package/u],
    ['plan.et', PDF, /named \.et but its content is a PDF/u],
    ['plan.et', new TextEncoder().encode('序号,具体措施'), /named \.et but its content is none of the formats/u],
  ] as const)('refuses %s whose content is another format', (file, bytes, message) => {
    expect(() => checkContainer(file, extensionOf(file), bytes)).toThrow(ImportError);
    expect(() => checkContainer(file, extensionOf(file), bytes)).toThrow(message);
  });

  it('names .wps and .et among the extensions it reads when refusing another', () => {
    expect(() => extensionOf('plan.odt')).toThrow(/\.doc, \.wps, \.xls, \.et$/u);
  });

  it('tells the containers apart by their first bytes', () => {
    expect([OLE, ZIP, PDF].map(containerOf)).toEqual(['cfb', 'zip', 'pdf']);
  });
});
