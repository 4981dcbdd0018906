// What both browser harnesses (Excel's and WPS's) do before their pane starts: load the fixture
// workbook the page's query names (?fixture=…, default the 2022 district blank), and give the
// test probes of its cells.

import type ExcelJS from 'exceljs';
import { workbookFromBuffer } from '../../fake-excel/load';

export interface CellProbe {
  value: unknown;
  /** The fill colour as ExcelJS holds it ('FFRRGGBB'), null for none. */
  fill: string | null;
}

export async function fixtureWorkbook(query: URLSearchParams): Promise<ExcelJS.Workbook> {
  const response = await fetch(`/fixtures/${query.get('fixture') ?? '2022-district-blank.xlsx'}`);
  return workbookFromBuffer(await response.arrayBuffer());
}

/** Reading a cell's value and fill, and typing a value into it, as the test needs. */
export function cellProbes(workbook: ExcelJS.Workbook) {
  return {
    cell(sheet: string, address: string): CellProbe {
      const cell = workbook.getWorksheet(sheet)!.getCell(address);
      const fill = cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? null) : null;
      return { value: cell.value, fill };
    },
    setCell(sheet: string, address: string, value: ExcelJS.CellValue): void {
      workbook.getWorksheet(sheet)!.getCell(address).value = value;
    },
  };
}
