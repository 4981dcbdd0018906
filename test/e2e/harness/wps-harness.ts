// The WPS browser test's page script: loads a real fixture workbook with ExcelJS, installs the
// fake ET over it as window.Application, and only then starts the real WPS task pane code
// (src/wps/taskpane.tsx). The test reads the workbook back through window.wpsTest.
// Query: ?fixture=2022-district-blank.xlsx

import { installFakeEt } from '../../fake-et';
import { cellProbes, fixtureWorkbook, type CellProbe } from './fixture-workbook';

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
  const workbook = await fixtureWorkbook(query);
  const et = installFakeEt(workbook);
  window.wpsTest = {
    ...cellProbes(workbook),
    selection: () => (et.selection ? `${et.selection.sheet}!${et.selection.address}` : null),
    calls: () => et.calls,
  };
  await import('../../../src/wps/taskpane');
}

start().catch((error: unknown) => {
  document.body.textContent = `harness failed: ${String(error)}`;
  throw error;
});
