// What the task pane and the ribbon call in WPS 表格: the same operations, with the same results,
// as the Excel host's (src/hosts/excel/operations.ts), over ET. WPS has no batches: each call is
// its own round trip, so `syncs` in a result counts the calls into WPS the operation made.
// Settings travel in the workbook's state; the language is the WPS window's.

import {
  check,
  fromTargetsWorkbook,
  recalculate,
  resolveSettings,
  template,
  undo,
  uniqueSheetName,
  workbookSummary,
  type ChangeSet,
  type Issue,
  type LevelSetYear,
  type Settings,
  type SheetReport,
  type WorkbookState,
} from '../../core';
import { formLines } from '../../frontends/form-lines';
import { format, langFromDisplayLanguage, messages, type Messages } from '../../i18n';
import { fileMessages } from '../../i18n/files';
import { applyChanges } from './apply-changes';
import type { EtApplication, EtWorkbook } from './et';
import type { SheetRead } from './read-sheet';
import { listSheets, readActiveSheet, readWorkbook } from './read-workbook';
import { NoWorkbookError, WpsSession } from './session';
import { readStoredState, stateChanged, writeState, type StoredState } from './state-sheet';
import {
  cellsWritten,
  forceOverride,
  reportsWithForms,
  type OperationResult,
  type PaneSettings,
} from '../operation-result';

export type { OperationResult, PaneSettings };

/** A failure the user is told about in their language (the rest are bugs). */
export class UserMessage extends Error {}

export interface WpsHost {
  /** The ET Application (window.Application in a WPS 加载项 page). */
  app(): EtApplication;
  /** The language of the WPS window, e.g. navigator.language ('zh-CN'). */
  displayLanguage(): string | undefined;
}

/** The operations object the pane (WorkbookOperations) and the ribbon take, over `host`. */
export function wpsOperations(host: WpsHost) {
  const uiMessages = (): Messages => messages(langFromDisplayLanguage(host.displayLanguage()));

  /** Runs `body` on the active workbook, its calls counted; no workbook is one clear message. */
  async function inWorkbook<R>(body: (workbook: EtWorkbook, session: WpsSession) => R): Promise<R> {
    const session = new WpsSession(host.app());
    try {
      return body(session.workbook(), session);
    } catch (error) {
      if (error instanceof NoWorkbookError) throw new UserMessage(uiMessages().ui.noWorkbook);
      throw error;
    }
  }

  /** Applies the changes and writes the new state when it changed. */
  function write(workbook: EtWorkbook, changes: ChangeSet, stored: StoredState, next: WorkbookState): void {
    applyChanges(workbook, changes);
    if (stateChanged(stored, next)) writeState(workbook, stored, next);
  }

  function recalculateSheets(
    workbook: EtWorkbook,
    sheets: SheetRead[],
    stored: StoredState,
    overrides: Partial<Settings>,
  ): SheetReport[] {
    // A protected sheet (grid.protected) is checked, not written: the core says PROTECTED_SHEET.
    const result = recalculate(
      sheets.map((s) => s.grid),
      stored.state,
      overrides,
      uiMessages(),
    );
    write(workbook, result.changes, stored, result.state);
    return result.reports;
  }

  const settingsOf = (stored: StoredState) => resolveSettings(stored.state.settings);

  /** Adds sheets: under a protected structure WPS would refuse half way, so refuse first. */
  function addSheets(workbook: EtWorkbook, changes: ChangeSet): void {
    if (changes.some((c) => c.kind === 'addSheet') && workbook.ProtectStructure)
      throw new UserMessage(uiMessages().ui.structureProtected);
    applyChanges(workbook, changes);
  }

  return {
    /** Fills the computed cells of the forms on the active sheet. */
    recalculateSheet(options: { force?: boolean } = {}): Promise<OperationResult> {
      return inWorkbook((workbook, session) => {
        const { sheet, stored } = readActiveSheet(workbook);
        const reports = recalculateSheets(workbook, [sheet], stored, forceOverride(options));
        return { reports, syncs: session.calls };
      });
    },

    /** Every visible sheet that holds a form (hidden ones checked, not written). */
    recalculateWorkbook(options: { force?: boolean } = {}): Promise<OperationResult> {
      return inWorkbook((workbook, session) => {
        const { sheets, stored } = readWorkbook(workbook, { hidden: true });
        const reports = recalculateSheets(workbook, sheets, stored, forceOverride(options));
        return { reports: reportsWithForms(reports), syncs: session.calls };
      });
    },

    /** The issues of the active sheet, without writing. */
    validateSheet(): Promise<OperationResult> {
      return inWorkbook((workbook, session) => {
        const { sheet, stored } = readActiveSheet(workbook);
        return {
          reports: [check(sheet.grid, settingsOf(stored), uiMessages(), stored.state)],
          syncs: session.calls,
        };
      });
    },

    /** The issues of every sheet that holds a form, hidden ones included, without writing. */
    validateWorkbook(): Promise<OperationResult> {
      return inWorkbook((workbook, session) => {
        const { sheets, stored } = readWorkbook(workbook, { hidden: true });
        const settings = settingsOf(stored);
        const m = uiMessages();
        const reports = sheets.map((s) => check(s.grid, settings, m, stored.state));
        return { reports: reportsWithForms(reports), syncs: session.calls };
      });
    },

    /** Adds a blank standard form on a new sheet named 自评表 (or 自评表 (2), …) and selects it. */
    insertTemplate(options: { levelSet?: LevelSetYear } = {}): Promise<{ sheet: string }> {
      return inWorkbook((workbook) => {
        const sheet = uniqueSheetName(listSheets(workbook).map((s) => s.name));
        addSheets(workbook, template(sheet, { levelSet: options.levelSet }));
        return { sheet };
      });
    },

    /** 从目标申报表生成: a filled-in 自评表 for every 绩效目标申报表 in the workbook, hidden sheets'
     * too, with a line per thing to look at in each (as Excel's formsFromTargets). */
    formsFromTargets(): Promise<{ sheets: string[]; issues: Issue[]; notes: string[] }> {
      return inWorkbook((workbook) => {
        const { sheets } = readWorkbook(workbook, { hidden: true });
        const made = fromTargetsWorkbook(
          sheets.map((s) => s.grid),
          sheets.map((s) => s.sheet),
          { messages: uiMessages() },
        );
        addSheets(workbook, made.changes);
        const m = fileMessages(langFromDisplayLanguage(host.displayLanguage()), 'addIn');
        const notes = made.forms.flatMap((f) => formLines(f, m, 'addIn'));
        return { sheets: made.forms.map((f) => f.sheet), issues: made.issues, notes };
      });
    },

    /** 生成汇总表: a summary sheet with one linked row per form of the workbook. */
    insertSummary(): Promise<{ sheet: string }> {
      return inWorkbook((workbook) => {
        const { sheets, stored } = readWorkbook(workbook);
        const { sheet, changes } = workbookSummary(
          sheets.map((s) => s.grid),
          sheets.map((s) => s.sheet),
          settingsOf(stored),
          uiMessages(),
          stored.state,
        );
        addSheets(workbook, changes);
        return { sheet };
      });
    },

    /** Puts back what the last recalculation changed (values, formats, fills). */
    undoLastRecalculation(): Promise<{ restored: number }> {
      return inWorkbook((workbook) => {
        const stored = readStoredState(workbook);
        const { changes, state } = undo(stored.state);
        if (!changes.length) return { restored: 0 };
        // A sheet deleted since cannot be restored; a protected one must not be written.
        const existing = new Map(listSheets(workbook).map((s) => [s.name, s.sheet]));
        const named = [...new Set(changes.map((c) => c.sheet))].filter((name) => existing.has(name));
        const blocked = named.find((name) => existing.get(name)!.ProtectContents);
        if (blocked) throw new UserMessage(format(uiMessages().issue.PROTECTED_SHEET, { sheet: blocked }));
        const restorable = changes.filter((c) => existing.has(c.sheet));
        write(workbook, restorable, stored, state);
        return { restored: cellsWritten(restorable) };
      });
    },

    /** Activates `sheet` and selects `cell` (A1 when the issue is about the whole sheet). */
    selectCell(sheet: string, cell: string): Promise<void> {
      return inWorkbook((workbook) => {
        const target = workbook.Worksheets.Item(sheet);
        target.Activate();
        target.Range(cell || 'A1').Select();
      });
    },

    loadSettings(): Promise<PaneSettings> {
      return inWorkbook((workbook) => ({
        ...settingsOf(readStoredState(workbook)),
        lang: langFromDisplayLanguage(host.displayLanguage()),
      }));
    },

    /** Stores settings in the workbook so they travel with the file; the language stays per user. */
    saveSettings(settings: Partial<PaneSettings>): Promise<void> {
      return inWorkbook((workbook) => {
        const stored = readStoredState(workbook);
        const { lang: _perUser, ...kept } = settings;
        void _perUser;
        write(workbook, [], stored, { ...stored.state, settings: { ...stored.state.settings, ...kept } });
      });
    },
  };
}

export type WpsOperations = ReturnType<typeof wpsOperations>;
