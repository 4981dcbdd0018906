// What a file is, from its content (never its name alone): an Office Open XML package
// (.xlsx/.xlsm), an OpenDocument spreadsheet (.ods), an OLE compound file holding a legacy
// workbook (.xls/.et, whatever it is called) or an .xlsx encrypted by a password, or something else.

import { unzipSync } from 'fflate';
import { partKey } from '../../xlsx/package';
import { compoundFileNames, isCompoundFile } from '../../xlsx';

/**
 * 'ooxml' is a file for the file layer to read: an OOXML package, or one too damaged to tell what
 * it held (a zip cut short before its central directory, a compound file whose directory cannot be
 * read), which the reader then reports as damaged.
 */
export type FileKind = 'ooxml' | 'ods' | 'legacy' | 'encrypted' | 'notWorkbook';

/** WPS saves .et under its own name; LibreOffice reads it whatever its streams are called. */
const LEGACY_NAMES = /\.(xls|et|ett|xlt)$/i;

/** Whether a file's name says it is a legacy workbook (.xls, .xlt, WPS's .et/.ett). */
export function hasLegacyName(name: string): boolean {
  return LEGACY_NAMES.test(name);
}
/** MS-OFFCRYPTO: an encrypted OOXML package is these two streams of a compound file. */
const ENCRYPTED_STREAMS = ['EncryptionInfo', 'EncryptedPackage'];
/** A BIFF workbook's stream: "Workbook" (Excel 97 on, WPS), "Book" (Excel 5/95). */
const WORKBOOK_STREAMS = ['Workbook', 'Book'];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

function compoundKind(bytes: Uint8Array, name: string): FileKind {
  const names = compoundFileNames(bytes);
  if (names?.some((n) => ENCRYPTED_STREAMS.includes(n))) return 'encrypted';
  if (names?.some((n) => WORKBOOK_STREAMS.includes(n)) || hasLegacyName(name)) return 'legacy';
  return names ? 'notWorkbook' : 'ooxml';
}

/** The kind of workbook `bytes` hold; `name` only says that a compound file called .et is WPS's. */
export function fileKind(bytes: Uint8Array, name: string): FileKind {
  if (isCompoundFile(bytes)) return compoundKind(bytes, name);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return 'notWorkbook';
  // A zip: OpenDocument names itself in an uncompressed 'mimetype' entry; OOXML has content types.
  try {
    // Part names are compared as the file layer compares them: '[content_types].xml' counts.
    let contentTypes = false;
    const names = unzipSync(bytes, {
      filter: (f) => {
        if (partKey(f.name) === '[content_types].xml') contentTypes = true;
        return f.name === 'mimetype';
      },
    });
    const mimetype = names.mimetype ? new TextDecoder().decode(names.mimetype) : '';
    if (/opendocument\.spreadsheet/.test(mimetype)) return 'ods';
    return contentTypes ? 'ooxml' : 'notWorkbook';
  } catch {
    // Entries but no readable central directory: a download or copy cut short.
    return ZIP_LOCAL_HEADER.every((b, i) => bytes[i] === b) ? 'ooxml' : 'notWorkbook';
  }
}
