// What a file is, from its first bytes and its name: an Office Open XML package (.xlsx/.xlsm), an
// OpenDocument spreadsheet (.ods), an OLE compound file (legacy .xls/.et, or an .xlsx encrypted
// by a password), or something else.

import { unzipSync } from 'fflate';

export type FileKind = 'ooxml' | 'ods' | 'legacy' | 'encrypted' | 'notWorkbook';

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const LEGACY_NAMES = /\.(xls|et|ett|xlt)$/i;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The kind of workbook `bytes` hold; `name` tells a legacy .xls/.et from an encrypted .xlsx. */
export function fileKind(bytes: Uint8Array, name: string): FileKind {
  if (startsWith(bytes, OLE)) return LEGACY_NAMES.test(name) ? 'legacy' : 'encrypted';
  if (!startsWith(bytes, [0x50, 0x4b])) return 'notWorkbook';
  // A zip: OpenDocument names itself in an uncompressed 'mimetype' entry; OOXML has content types.
  try {
    const names = unzipSync(bytes, {
      filter: (f) => f.name === 'mimetype' || f.name === '[Content_Types].xml',
    });
    const mimetype = names.mimetype ? new TextDecoder().decode(names.mimetype) : '';
    if (/opendocument\.spreadsheet/.test(mimetype)) return 'ods';
    return names['[Content_Types].xml'] ? 'ooxml' : 'notWorkbook';
  } catch {
    return 'notWorkbook';
  }
}
