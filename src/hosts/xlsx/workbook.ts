// Opening and saving .xlsx files with ExcelJS: new workbooks (template, 汇总表, from-targets) and
// the tests that edit fixtures as a user would. Existing workbooks go through workbook-file.ts.

import ExcelJS from 'exceljs';
import { fileKind } from './file-kind';
import { readBytes, saveBytes, UnreadableFileError } from './workbook-file';

/** Reads a workbook into ExcelJS (tests editing fixtures); a file that is no readable .xlsx gives
 * UnreadableFileError, sniffed as the file layer sniffs it. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const data = await readBytes(file);
  const kind = fileKind(data, file);
  if (kind !== 'ooxml') throw new UnreadableFileError(file, kind);
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
