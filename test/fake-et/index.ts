// A fake WPS 表格 (ET) for tests: the part of its JavaScript object model the add-in uses, over a
// real ExcelJS workbook, with ET's rules (1-based Item / Cells, BGR colours, Value2 as rows of
// values with dates as serials, null for a multi-cell property whose cells differ, throwing on a
// protected sheet, a missing sheet name, Select off the active sheet, Add under a protected
// structure) and every call into it counted, as each crosses to the WPS process.
//
//   const et = installFakeEt(workbook);     // window.Application
//   … run an operation …
//   et.calls; et.members (calls per 'Type.Member'); et.selection; et.activeSheet

import type { Workbook } from 'exceljs';
import type { EtApplication } from '../../src/hosts/wps/et';
import { FakeEtApplication } from './application';
import { CallCounter } from './counter';
import { FakeEtHost, type EtSelection, type FakeEtOptions } from './host';

export { EtError, type FakeEtOptions } from './host';

export interface FakeEtHandle {
  readonly workbook: Workbook;
  /** window.Application, every call on it counted. */
  readonly app: EtApplication;
  readonly calls: number;
  readonly members: ReadonlyMap<string, number>;
  readonly selection: EtSelection | null;
  readonly activeSheet: string;
  readonly panes: FakeEtApplication['panes'];
  resetCalls(): void;
  setActiveSheet(name: string): void;
  uninstall(): void;
}

export function installFakeEt(workbook: Workbook, options: FakeEtOptions = {}): FakeEtHandle {
  const host = new FakeEtHost(workbook, options);
  const counter = new CallCounter();
  const application = new FakeEtApplication(host, !options.noWorkbook);
  const app = counter.wrap(application) as unknown as EtApplication;
  const globals = globalThis as Record<string, unknown>;
  globals.Application = app;
  return {
    workbook,
    app,
    get calls() {
      return counter.calls;
    },
    members: counter.members,
    get selection() {
      return host.selection;
    },
    get activeSheet() {
      return host.activeName;
    },
    panes: application.panes,
    resetCalls: () => counter.reset(),
    setActiveSheet(name) {
      const sheet = host.sheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      host.activate(sheet);
    },
    uninstall() {
      if (globals.Application === app) delete globals.Application;
    },
  };
}
