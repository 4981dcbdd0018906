// Opens a fixture workbook under the fake Excel, its first sheet active.

import type ExcelJS from 'exceljs';
import { installFakeOffice, type FakeExcelOptions, type FakeOfficeHandle } from '../../fake-excel';
import { openFixture } from '../../fake-excel/node';

export interface FakeFixture {
  fake: FakeOfficeHandle;
  workbook: ExcelJS.Workbook;
}

export async function fakeExcelWith(fixture: string, options: FakeExcelOptions = {}): Promise<FakeFixture> {
  const workbook = await openFixture(fixture);
  const fake = installFakeOffice(workbook, options);
  return { fake, workbook };
}

/** The value ExcelJS holds at `address` of `sheet` (a formula's result for formulas). */
export function cellValue(workbook: ExcelJS.Workbook, sheet: string, address: string): unknown {
  const value = workbook.getWorksheet(sheet)?.getCell(address).value;
  return value;
}
