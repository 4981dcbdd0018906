// Opening and saving .xlsx files with ExcelJS, with messages a user can act on.

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';

export class UnreadableFileError extends Error {}

/** Reads a workbook; a missing, non-xlsx, corrupt or encrypted file gives UnreadableFileError. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    throw new UnreadableFileError(
      `${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message}`,
    );
  }
  // An .xlsx is a zip ("PK"); a password-protected one is an OLE compound file (D0 CF 11 E0).
  if (data.length >= 4 && data.readUInt32BE(0) === 0xd0cf11e0) {
    throw new UnreadableFileError(
      `${file}: password-protected or old .xls workbook; save it as .xlsx without a password`,
    );
  }
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) {
    throw new UnreadableFileError(`${file}: not an .xlsx workbook`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFileError(`${file}: cannot be read as .xlsx (${(e as Error).message})`);
  }
  return wb;
}

/** Writes atomically: a temporary file renamed over the target, so no half-written file is left. */
export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  try {
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, file);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
