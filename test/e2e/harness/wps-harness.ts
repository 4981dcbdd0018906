// The WPS browser test's page script: loads a real fixture workbook with ExcelJS, installs the
// fake ET over it as window.Application, and only then starts the real WPS task pane code
// (src/wps/taskpane.tsx). The test reads the workbook back through window.wpsTest.
// Query: ?fixture=2022-district-blank.xlsx

import { installFakeEt } from '../../fake-et';
import { workbookFromBuffer } from '../../fake-excel/load';
import type { CellProbe } from './harness';

export interface WpsTestApi {
  cell(sheet: string, address: string): CellProbe;
  setCell(sheet: string, address: string, value: number): void;
  /** The fake's selection as 'Sheet!A1', null when nothing was selected. */
  selection(): string | null;
  calls(): number;
}

declare global {
  interface Window {
    wpsTest?: WpsTestApi;
  }
}

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const response = await fetch(`/fixtures/${query.get('fixture') ?? '2022-district-blank.xlsx'}`);
  const workbook = await workbookFromBuffer(await response.arrayBuffer());
  const et = installFakeEt(workbook);
  window.wpsTest = {
    cell: (sheet, address) => {
      const cell = workbook.getWorksheet(sheet)!.getCell(address);
      const fill = cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? null) : null;
      return { value: cell.value, fill };
    },
    setCell: (sheet, address, value) => {
      workbook.getWorksheet(sheet)!.getCell(address).value = value;
    },
    selection: () => (et.selection ? `${et.selection.sheet}!${et.selection.address}` : null),
    calls: () => et.calls,
  };
  await import('../../../src/wps/taskpane');
}

start().catch((error: unknown) => {
  document.body.textContent = `harness failed: ${String(error)}`;
  throw error;
});
