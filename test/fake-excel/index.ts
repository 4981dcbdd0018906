// A fake Excel for tests: the subset of Office.js's Excel API the add-in uses, over a real
// ExcelJS workbook, with Excel's rules enforced (load + sync before reading, writes applied at
// sync, *OrNullObject, requirement sets) and round trips counted. No Node APIs here, so the same
// code runs in the browser tests; node.ts loads fixture files from disk.
//
//   const fake = installFakeOffice(workbook, { excelApi: '1.7' });
//   await Excel.run(async (context) => { … });
//   fake.syncs; fake.selection; fake.workbook.getWorksheet('…').getCell('H12').value
//
// What there is (ExcelApi version where above 1.7's floor):
//   Excel.run; context.sync; workbook.worksheets, getSelectedRange, getActiveCell, protection
//   worksheets: getItem, getItemOrNullObject, getActiveWorksheet, add, items (load)
//   worksheet: name, id, position, visibility ('VeryHidden'), protection.protected, getRange,
//     getCell, getUsedRange(OrNullObject), activate, delete, pageLayout (1.9)
//   range: address, values, text, numberFormat, formulas, rowIndex/columnIndex/rowCount/
//     columnCount, getCell, getMergedAreasOrNullObject (1.13), getCellProperties (1.9: fill, font),
//     merge, unmerge, select, dataValidation (1.8: list rules), format: fill (color, clear,
//     pattern 1.9), font (bold, size, name), wrapText, horizontal/verticalAlignment, columnWidth,
//     rowHeight, borders.getItem(…).style/weight
//   Office: context.requirements.isSetSupported (per Office build, office-builds.ts),
//     displayLanguage, document.settings, onReady, actions.associate, context.ui.displayDialogAsync
//     (dialog.ts), addin.showAsTaskpane (only with a shared runtime in the manifest); `location`,
//     the page the code runs in, where Node has none
// Anything else is missing on purpose: add it here, with the rule Excel applies, when code needs it.

import type { Workbook } from 'exceljs';
import { FakeRequestContext } from './context';
import { FakeExcelHost, type FakeExcelOptions, type Selection } from './host';
import type { FakeDialog } from './dialog';
import { createFakeOffice, type CommandHandler, type FakeOffice, type OfficeSurfaces } from './office';

export { FakeOfficeError } from './errors';
export { FakeRequestContext } from './context';
export type { FakeExcelOptions, Selection } from './host';
export type { CommandHandler, FakeOffice } from './office';
export type { FakeDialog } from './dialog';
export type { OfficeBuild } from './office-builds';

export interface FakeExcel {
  run<R>(batch: (context: FakeRequestContext) => Promise<R>): Promise<R>;
}

export interface FakeOfficeHandle {
  readonly workbook: Workbook;
  /** Round trips to "Excel" since install (or the last resetSyncs). */
  readonly syncs: number;
  /** The selected range, as set by Range.select(). */
  readonly selection: Selection | null;
  readonly activeSheet: string;
  readonly excel: FakeExcel;
  readonly office: FakeOffice;
  /** Ribbon handlers registered with Office.actions.associate. */
  readonly commands: Map<string, CommandHandler>;
  /** Dialogs opened with displayDialogAsync, oldest first. */
  readonly dialogs: FakeDialog[];
  /** Times Office.addin.showAsTaskpane showed the pane. */
  readonly panesShown: number;
  resetSyncs(): void;
  setActiveSheet(name: string): void;
  /** Removes the globals. */
  uninstall(): void;
}

export function installFakeOffice(workbook: Workbook, options: FakeExcelOptions = {}): FakeOfficeHandle {
  const host = new FakeExcelHost(workbook, options);
  const commands = new Map<string, CommandHandler>();
  const surfaces: OfficeSurfaces = { dialogs: [], panesShown: 0 };
  const office = createFakeOffice(host, commands, surfaces);
  const excel: FakeExcel = {
    // Excel.run syncs once more after the batch, which costs a round trip only if work is queued.
    async run(batch) {
      const context = new FakeRequestContext(host);
      const result = await batch(context);
      return context.sync(result);
    },
  };
  const globals = globalThis as Record<string, unknown>;
  globals.Excel = excel;
  globals.Office = office;
  // In Node there is no page; the browser tests have their own.
  const location = globals.location === undefined ? new URL(host.pageUrl) : undefined;
  if (location) globals.location = location;
  return {
    workbook,
    get syncs() {
      return host.syncs;
    },
    get selection() {
      return host.selection;
    },
    get activeSheet() {
      return host.activeSheet.name;
    },
    excel,
    office,
    commands,
    dialogs: surfaces.dialogs,
    get panesShown() {
      return surfaces.panesShown;
    },
    resetSyncs: () => void (host.syncs = 0),
    setActiveSheet(name) {
      const sheet = host.sheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      host.activate(sheet);
    },
    uninstall() {
      if (globals.Excel === excel) delete globals.Excel;
      if (globals.Office === office) delete globals.Office;
      if (location && globals.location === location) delete globals.location;
    },
  };
}
