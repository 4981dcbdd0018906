// The browser tests' page script: loads a real fixture workbook with ExcelJS, installs the fake
// Excel over it, and only then starts the real task pane code (src/taskpane/index.tsx), which
// sees `Excel` and `Office` as it would inside Excel. The test reads the workbook back through
// window.selfevalTest. Query: ?fixture=2022-district-blank.xlsx&lang=zh-CN

import type ExcelJS from 'exceljs';
import { installFakeOffice } from '../../fake-excel';
import { cellProbes, fixtureWorkbook, type CellProbe } from './fixture-workbook';
import { renderSheet } from './render-sheet';

export interface SelfevalTestApi {
  workbook: ExcelJS.Workbook;
  sheetNames(): string[];
  cell(sheet: string, address: string): CellProbe;
  setCell(sheet: string, address: string, value: ExcelJS.CellValue): void;
  /** The fake's selection as 'Sheet!A1', null when nothing was selected. */
  selection(): string | null;
  syncs(): number;
  /** Replaces the page with a picture of the sheet, for a screenshot. */
  showSheet(sheet: string): void;
  /** Holds every Excel.run until resumeExcel(), to see the pane while it works. */
  pauseExcel(): void;
  resumeExcel(): void;
  /** Makes every later Excel.run fail with `message`, as Excel does when it is busy. */
  failExcel(message: string): void;
}

declare global {
  interface Window {
    selfevalTest?: SelfevalTestApi;
  }
}

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const workbook = await fixtureWorkbook(query);
  const fake = installFakeOffice(workbook, { displayLanguage: query.get('lang') ?? 'zh-CN' });
  window.selfevalTest = {
    workbook,
    sheetNames: () => workbook.worksheets.map((sheet) => sheet.name),
    ...cellProbes(workbook),
    selection: () => (fake.selection ? `${fake.selection.sheet}!${fake.selection.address}` : null),
    syncs: () => fake.syncs,
    showSheet: (sheet) => document.body.replaceChildren(renderSheet(workbook.getWorksheet(sheet)!)),
    pauseExcel: () => void (gate = new Promise((resolve) => (resume = resolve))),
    resumeExcel: () => resume(),
    failExcel: (message) => void (failure = new Error(message)),
  };
  // Excel.run, as the pane calls it, passes through the gate and the failure switch.
  const run = fake.excel.run.bind(fake.excel);
  let gate: Promise<void> = Promise.resolve();
  let resume = () => {};
  let failure: Error | null = null;
  fake.excel.run = async (batch) => {
    await gate;
    if (failure) throw failure;
    return run(batch);
  };
  await import('../../../src/taskpane/index');
}

start().catch((error: unknown) => {
  document.body.textContent = `harness failed: ${String(error)}`;
  throw error;
});
