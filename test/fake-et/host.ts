// What one fake WPS window knows besides the document: the active sheet, the selection, whether
// the workbook's structure is protected, and the task panes made. Errors are thrown as WPS throws
// them to JavaScript: an Error whose message names the failing member.

import type { Workbook, Worksheet } from 'exceljs';

export class EtError extends Error {
  constructor(member: string, reason: string) {
    super(`${member}: ${reason}`);
    this.name = 'EtError';
  }
}

export interface FakeEtOptions {
  /** Sheet active at the start; default the workbook's active tab or its first visible sheet. */
  activeSheet?: string;
  /** The workbook's structure is protected: no sheet can be added (ExcelJS does not keep this). */
  structureProtected?: boolean;
  /** No workbook is open (Application.ActiveWorkbook is null). */
  noWorkbook?: boolean;
}

export interface EtSelection {
  sheet: string;
  address: string;
}

export class FakeEtHost {
  activeName: string;
  selection: EtSelection | null = null;
  readonly structureProtected: boolean;

  constructor(
    readonly workbook: Workbook,
    options: FakeEtOptions = {},
  ) {
    this.structureProtected = options.structureProtected ?? false;
    const tab = workbook.views?.[0]?.activeTab;
    const candidate = tab !== undefined ? workbook.worksheets[tab] : undefined;
    const visible = workbook.worksheets.find((s) => s.state === 'visible');
    this.activeName =
      options.activeSheet ?? (candidate?.state === 'visible' ? candidate : visible)?.name ?? '';
  }

  sheet(name: string): Worksheet | undefined {
    const wanted = name.toLowerCase();
    return this.workbook.worksheets.find((s) => s.name.toLowerCase() === wanted);
  }

  get active(): Worksheet {
    const sheet = this.sheet(this.activeName);
    if (!sheet) throw new EtError('ActiveSheet', 'the workbook has no active sheet');
    return sheet;
  }

  activate(sheet: Worksheet): void {
    if (sheet.state !== 'visible') throw new EtError('Worksheet.Activate', `sheet ${sheet.name} is hidden`);
    this.activeName = sheet.name;
  }
}
