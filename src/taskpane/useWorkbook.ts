// The pane's state and actions: one action at a time, its progress, its error, its result.
// (PaneState is what the pane shows; the core's WorkbookState is what the workbook remembers.)

import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../core/model/settings';
import type { SheetReport } from '../core/model/report';
import type { LevelSetYear } from '../core/model/vocabulary';
import { format } from '../i18n';
import { outcomeMessage, summarize } from '../frontends/outcome';
import { useMessages } from './messages-context';
import type { Scope, WorkbookOperations } from './operations';

export interface PaneState {
  busy: boolean;
  error: string | null;
  /** What the last action did, in one line. */
  notice: string | null;
  /** The last Recalculate / Validate result; null before the first run or when stale. */
  reports: SheetReport[] | null;
  settings: Settings | null;
}

export interface PaneActions {
  recalculate(scope: Scope): void;
  validate(scope: Scope): void;
  insertTemplate(levelSet: LevelSetYear): void;
  formsFromTargets(): void;
  insertSummary(): void;
  undo(): void;
  selectCell(sheet: string, cell: string): void;
  saveSettings(settings: Settings): void;
}

export function useWorkbook(ops: WorkbookOperations): [PaneState, PaneActions] {
  const m = useMessages();
  const [state, setState] = useState<PaneState>({
    busy: false,
    error: null,
    notice: null,
    reports: null,
    settings: null,
  });

  /** Runs one action with the progress shown; its result becomes the new state. */
  const run = useCallback((action: () => Promise<Partial<PaneState>>) => {
    setState((s) => ({ ...s, busy: true, error: null, notice: null }));
    action().then(
      (result) => setState((s) => ({ ...s, ...result, busy: false })),
      (error: unknown) => setState((s) => ({ ...s, busy: false, error: messageOf(error) })),
    );
  }, []);

  useEffect(() => {
    run(async () => ({ settings: await ops.loadSettings() }));
  }, [ops, run]);

  const actions: PaneActions = {
    recalculate: (scope) =>
      run(async () => {
        const { reports } = await (scope === 'sheet' ? ops.recalculateSheet() : ops.recalculateWorkbook());
        return { reports, notice: outcomeMessage('recalculated', summarize(reports), m) };
      }),
    validate: (scope) =>
      run(async () => {
        const { reports } = await (scope === 'sheet' ? ops.validateSheet() : ops.validateWorkbook());
        return { reports, notice: outcomeMessage('validated', summarize(reports), m) };
      }),
    insertTemplate: (levelSet) =>
      run(async () => {
        const { sheet } = await ops.insertTemplate({ levelSet });
        return { notice: format(m.ui.templateInserted, { sheet }) };
      }),
    formsFromTargets: () =>
      run(async () => {
        const { sheets, issues, notes } = await ops.formsFromTargets();
        // The new forms' issues (weights we proposed) go in the list, a click from their cells.
        const reports = [...new Set(issues.map((issue) => issue.sheet))].map((sheet) => ({
          sheet,
          forms: [],
          issues: issues.filter((issue) => issue.sheet === sheet),
        }));
        return {
          reports,
          // A line per thing to look at in each form, as the command line says them.
          notice: sheets.length
            ? [format(m.ui.formsMade, { count: sheets.length }), ...notes.map((n) => n.trim())].join('\n')
            : m.ui.noDeclarations,
        };
      }),
    insertSummary: () =>
      run(async () => {
        const { sheet } = await ops.insertSummary();
        return { notice: format(m.ui.summaryInserted, { sheet }) };
      }),
    undo: () =>
      run(async () => {
        const { restored } = await ops.undoLastRecalculation();
        // The issue list described the recalculated cells; it no longer holds.
        return { reports: null, notice: format(m.ui.undone, { restored }) };
      }),
    // Selecting a cell is instant and changes nothing: no progress, the last notice stays.
    selectCell: (sheet, cell) =>
      void ops
        .selectCell(sheet, cell)
        .catch((error: unknown) => setState((s) => ({ ...s, error: messageOf(error) }))),
    saveSettings: (settings) =>
      run(async () => {
        await ops.saveSettings(settings);
        return { settings, notice: m.ui.settingsSaved };
      }),
  };
  return [state, actions];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
