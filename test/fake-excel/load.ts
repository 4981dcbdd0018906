// Opens a workbook from bytes, in Node or in the browser (e.g. a fixture fetched as an ArrayBuffer).

import ExcelJS from 'exceljs';

export async function workbookFromBuffer(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbook;
}
