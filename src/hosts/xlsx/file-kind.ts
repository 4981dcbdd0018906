// What a file is, from its content (never its name alone): an Office Open XML package
// (.xlsx/.xlsm), an OpenDocument spreadsheet (.ods), an OLE compound file holding a legacy
// workbook (.xls/.et, whatever it is called) or an .xlsx encrypted by a password, an empty file, or
// something else.
// A password-protected .xls or .ods is 'encrypted' too: LibreOffice cannot open it without one.

import { unzipSync } from 'fflate';
import { partKey } from '../../xlsx/package';
import { compoundFileNames, compoundStreamHead, isCompoundFile } from '../../xlsx';

/**
 * 'ooxml' is a file for the file layer to read: an OOXML package, or one too damaged to tell what
 * it held (a zip cut short before its central directory, a compound file whose directory cannot be
 * read), which the reader then reports as damaged.
 */
export type FileKind = 'ooxml' | 'ods' | 'legacy' | 'encrypted' | 'empty' | 'notWorkbook';

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
const ODS_MANIFEST = 'META-INF/manifest.xml';

/** BIFF records: BOF opens the workbook stream; FILEPASS, right after it, says the rest is
 * encrypted by a password (MS-XLS 2.4.117). */
const BIFF_BOF = 0x0809;
const BIFF_FILEPASS = 0x002f;

/** Whether a legacy workbook's stream starts BOF, FILEPASS: a password is needed to open it. */
function biffEncrypted(bytes: Uint8Array, names: string[]): boolean {
  const stream = WORKBOOK_STREAMS.find((s) => names.includes(s));
  const head = stream ? compoundStreamHead(bytes, stream, 64) : null;
  if (!head || head.length < 8) return false;
  const u16 = (at: number) => head[at] | (head[at + 1] << 8);
  const second = 4 + u16(2);
  return u16(0) === BIFF_BOF && second + 2 <= head.length && u16(second) === BIFF_FILEPASS;
}

function compoundKind(bytes: Uint8Array, name: string): FileKind {
  const names = compoundFileNames(bytes);
  if (names?.some((n) => ENCRYPTED_STREAMS.includes(n))) return 'encrypted';
  if (names && biffEncrypted(bytes, names)) return 'encrypted';
  if (names?.some((n) => WORKBOOK_STREAMS.includes(n)) || hasLegacyName(name)) return 'legacy';
  return names ? 'notWorkbook' : 'ooxml';
}

/** The kind of workbook `bytes` hold; `name` only says that a compound file called .et is WPS's. */
export function fileKind(bytes: Uint8Array, name: string): FileKind {
  // What a download or copy that failed leaves: said as empty, not as some other kind of file.
  if (bytes.length === 0) return 'empty';
  if (isCompoundFile(bytes)) return compoundKind(bytes, name);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return 'notWorkbook';
  // A zip: OpenDocument names itself in an uncompressed 'mimetype' entry; OOXML has content types.
  try {
    // Part names are compared as the file layer compares them: '[content_types].xml' counts.
    let contentTypes = false;
    const names = unzipSync(bytes, {
      filter: (f) => {
        if (partKey(f.name) === '[content_types].xml') contentTypes = true;
        return f.name === 'mimetype' || f.name === ODS_MANIFEST;
      },
    });
    const text = (entry: Uint8Array | undefined) => (entry ? new TextDecoder().decode(entry) : '');
    if (/opendocument\.spreadsheet/.test(text(names.mimetype)))
      // A password-protected .ods lists how each encrypted part is to be decrypted.
      return /encryption-data/.test(text(names[ODS_MANIFEST])) ? 'encrypted' : 'ods';
    return contentTypes ? 'ooxml' : 'notWorkbook';
  } catch {
    // Entries but no readable central directory: a download or copy cut short.
    return ZIP_LOCAL_HEADER.every((b, i) => bytes[i] === b) ? 'ooxml' : 'notWorkbook';
  }
}
