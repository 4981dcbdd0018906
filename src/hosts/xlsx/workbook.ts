// Opening and saving .xlsx files with ExcelJS: new workbooks (template, 汇总表, from-targets) and
// the tests that edit fixtures as a user would. Existing workbooks go through workbook-file.ts.

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';

import { saveBytes, UnreadableFileError } from './workbook-file';

/** Reads a workbook; a missing, non-xlsx, corrupt or encrypted file gives UnreadableFileError. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    throw new UnreadableFileError(
      file,
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable',
    );
  }
  // An .xlsx is a zip ("PK"); a password-protected one is an OLE compound file (D0 CF 11 E0).
  if (data.length >= 4 && data.readUInt32BE(0) === 0xd0cf11e0) {
    throw new UnreadableFileError(file, /\.(xls|et)$/i.test(file) ? 'legacy' : 'encrypted');
  }
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) {
    throw new UnreadableFileError(file, 'notWorkbook');
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError(file, 'corrupt');
  }
  return wb;
}

/** Writes a new workbook atomically (saveBytes: a temporary file renamed over the target). */
export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await saveBytes(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}
