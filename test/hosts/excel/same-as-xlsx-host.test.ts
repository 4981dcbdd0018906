// The same workbook must give the same results in Excel as on the command line: the Office.js
// host (through the fake) and the ExcelJS host read every fixture sheet to the same reports.

import { checkWorkbook } from '../../../src/hosts/xlsx';
import { validateWorkbook } from '../../../src/hosts/excel/operations';
import { fakeExcelWith } from './fixture';

describe.each([
  '2022-district-blank.xlsx',
  '2023-city-centre-blank.xlsx',
  '2022-district.xlsx',
  '2023-city-centre.xlsx',
])('%s', (fixture) => {
  it('checks to the same reports in Excel and on the command line', async () => {
    const { workbook } = await fakeExcelWith(fixture);
    const inExcel = await validateWorkbook();
    expect(inExcel.reports).toEqual(checkWorkbook(workbook));
  });
});
