// What the task pane and the ribbon commands call. Each operation is one Excel.run: read (one
// round trip for a sheet, two for the whole workbook), compute with the core, write (one more).
// Settings travel in the workbook's state; the language comes from Office's display language.

import {
  check,
  draftRecalculation,
  fromTargetsWorkbook,
  resolveSettings,
  workbookSummary,
  template,
  undo,
  uniqueSheetName,
  type ChangeSet,
  type Issue,
  type LevelSetYear,
  type Settings,
  type WorkbookState,
} from '../../core';
import { formLines } from '../../frontends/form-lines';
import { format, langFromDisplayLanguage, messages, type Messages } from '../../i18n';
import { fileMessages } from '../../i18n/files';
import { queueChanges } from './apply-changes';
import { readFills } from './fills-before-1-9';
import type { SheetRead } from './read-sheet';
import { readActiveSheet, readState, readWithState, readWorkbook } from './read-workbook';
import { ExcelApi, supports } from './requirements';
import { inSession, type Session } from './session';
import { queueStateWrite, stateChanged, type StoredState } from './state-sheet';
import {
  cellsWritten,
  forceOverride,
  reportsWithForms,
  type OperationResult,
  type PaneSettings,
} from '../operation-result';

export type { OperationResult, PaneSettings };

export type LevelSet = LevelSetYear;

/** The user's language: Office's display language, never stored in the workbook. */
function uiMessages(): Messages {
  return messages(langFromDisplayLanguage(Office.context.displayLanguage));
}

function settingsOf(state: WorkbookState): Settings {
  return resolveSettings(state.settings);
}

/** Queues the changes and the new state, and syncs once if there is anything to write. */
async function write(
  session: Session,
  changes: ChangeSet,
  stored: StoredState,
  next: WorkbookState,
): Promise<void> {
  const changed = stateChanged(stored, next);
  if (!changes.length && !changed) return;
  queueChanges(session.workbook, changes);
  if (changed) queueStateWrite(session.workbook, stored, next);
  await session.sync();
}

async function recalculateSheets(
  session: Session,
  sheets: SheetRead[],
  stored: StoredState,
  overrides: Partial<Settings>,
): Promise<OperationResult> {
  // A protected sheet (grid.protected) is checked, not written: the core says PROTECTED_SHEET.
  const draft = draftRecalculation(
    sheets.map((s) => s.grid),
    stored.state,
    overrides,
    uiMessages(),
  );
  const needsFills = !supports(ExcelApi.cellProperties) && draft.fillCells.length > 0;
  const result = draft.finish(needsFills ? await readFills(session, draft.fillCells) : undefined);
  await write(session, result.changes, stored, result.state);
  return { reports: result.reports, syncs: session.syncs };
}

/** Fills the computed cells of the forms on the active sheet: 2 round trips (3 below ExcelApi 1.9
 * when highlights change, see fills-before-1-9.ts). */
export function recalculateSheet(options: { force?: boolean } = {}): Promise<OperationResult> {
  return inSession(async (session) => {
    const { sheet, stored } = await readActiveSheet(session);
    return recalculateSheets(session, [sheet], stored, forceOverride(options));
  });
}

/** Every visible sheet that holds a form (hidden ones checked, not written): 3 round trips (4 below
 * ExcelApi 1.9 when highlights change). */
export function recalculateWorkbook(options: { force?: boolean } = {}): Promise<OperationResult> {
  return inSession(async (session) => {
    const { sheets, stored } = await readWorkbook(session, { hidden: true });
    const result = await recalculateSheets(session, sheets, stored, forceOverride(options));
    return { reports: reportsWithForms(result.reports), syncs: result.syncs };
  });
}

/** The issues of the active sheet, without writing: 1 round trip. */
export function validateSheet(): Promise<OperationResult> {
  return inSession(async (session) => {
    const { sheet, stored } = await readActiveSheet(session);
    return {
      reports: [check(sheet.grid, settingsOf(stored.state), uiMessages(), stored.state)],
      syncs: session.syncs,
    };
  });
}

/** The issues of every sheet that holds a form, hidden ones included, without writing: 2 round trips. */
export function validateWorkbook(): Promise<OperationResult> {
  return inSession(async (session) => {
    const { sheets, stored } = await readWorkbook(session, { hidden: true });
    const settings = settingsOf(stored.state);
    const m = uiMessages();
    const reports = sheets.map((s) => check(s.grid, settings, m, stored.state));
    return { reports: reportsWithForms(reports), syncs: session.syncs };
  });
}

/** Adds a blank standard form on a new sheet named 自评表 (or 自评表 (2), …) and selects it. */
export function insertTemplate(options: { levelSet?: LevelSet } = {}): Promise<{ sheet: string }> {
  return inSession(async (session) => {
    const { worksheets } = session.workbook;
    worksheets.load('items/name');
    await session.sync();
    const sheet = uniqueSheetName(worksheets.items.map((s) => s.name));
    queueChanges(session.workbook, template(sheet, { levelSet: options.levelSet }));
    await session.sync();
    return { sheet };
  });
}

/**
 * 从目标申报表生成: a filled-in 自评表 on a new sheet for every 绩效目标申报表 in the workbook,
 * hidden sheets' too, with proposed weights flagged (PROPOSED_WEIGHT) and `notes`, a line per
 * thing to look at in each form made (its proposed split, an unnamed unit, rows without 三级指标,
 * a hidden declaration), as the command line says them. 3 round trips.
 */
export function formsFromTargets(): Promise<{ sheets: string[]; issues: Issue[]; notes: string[] }> {
  return inSession(async (session) => {
    // Hidden sheets too: a declaration out of sight is still one in the workbook (said so).
    const { sheets } = await readWorkbook(session, { hidden: true });
    const made = fromTargetsWorkbook(
      sheets.map((s) => s.grid),
      sheets.map((s) => s.sheet),
      { messages: uiMessages() },
    );
    if (made.changes.length) {
      queueChanges(session.workbook, made.changes);
      await session.sync();
    }
    const m = fileMessages(langFromDisplayLanguage(Office.context.displayLanguage), 'addIn');
    const notes = made.forms.flatMap((f) => formLines(f, m, 'addIn'));
    return { sheets: made.forms.map((f) => f.sheet), issues: made.issues, notes };
  });
}

/** 生成汇总表: a summary sheet with one linked row per form of the workbook. 3 round trips. */
export function insertSummary(): Promise<{ sheet: string }> {
  return inSession(async (session) => {
    const { sheets, stored } = await readWorkbook(session);
    const { sheet, changes } = workbookSummary(
      sheets.map((s) => s.grid),
      sheets.map((s) => s.sheet),
      settingsOf(stored.state),
      uiMessages(),
      stored.state,
    );
    queueChanges(session.workbook, changes);
    await session.sync();
    return { sheet };
  });
}

/** Puts back what the last recalculation changed (values, formats, fills): 2 round trips. */
export function undoLastRecalculation(): Promise<{ restored: number }> {
  return inSession(async (session) => {
    const { worksheets } = session.workbook;
    const { stored } = await readWithState(session, () => {
      worksheets.load('items/name,items/protection/protected');
      return () => undefined;
    });
    const { changes, state } = undo(stored.state);
    if (!changes.length) return { restored: 0 };
    // A sheet deleted since cannot be restored; a protected one must not be written.
    const existing = new Map(worksheets.items.map((s) => [s.name, s.protection.protected]));
    const blocked = [...new Set(changes.map((c) => c.sheet))].find((name) => existing.get(name) === true);
    if (blocked) {
      throw new Error(format(uiMessages().issue.PROTECTED_SHEET, { sheet: blocked }));
    }
    const restorable = changes.filter((c) => existing.has(c.sheet));
    await write(session, restorable, stored, state);
    return { restored: cellsWritten(restorable) };
  });
}

/** Activates `sheet` and selects `cell` (A1 when the issue is about the whole sheet). */
export function selectCell(sheet: string, cell: string): Promise<void> {
  return inSession(async (session) => {
    const target = session.workbook.worksheets.getItem(sheet);
    target.activate();
    target.getRange(cell || 'A1').select();
    await session.sync();
  });
}

export function loadSettings(): Promise<PaneSettings> {
  return inSession(async (session) => {
    const settings = settingsOf((await readState(session)).state);
    return { ...settings, lang: langFromDisplayLanguage(Office.context.displayLanguage) };
  });
}

/** Stores settings in the workbook so they travel with the file; the language stays per user. */
export function saveSettings(settings: Partial<PaneSettings>): Promise<void> {
  return inSession(async (session) => {
    const stored = await readState(session);
    const { lang: _perUser, ...kept } = settings;
    void _perUser;
    await write(session, [], stored, { ...stored.state, settings: { ...stored.state.settings, ...kept } });
  });
}
