// The ribbon's ExecuteFunction buttons (manifest.xml: recalculate, validate, insertTemplate).
// Each runs one workbook operation and always answers in a small dialog (show-outcome.ts): the
// counts and the first problems, the sheet a template was put on, or one line saying why nothing
// was done. After Recalculate or Validate with errors, the first error's cell is selected too.
// The event is completed once the dialog is closed, also on failure, or Excel keeps the button
// busy. No pane is opened: Office.addin.showAsTaskpane needs a shared runtime, which manifest.xml
// does not declare and Office 2019 does not have (README, "Why a dialog").
// No React in this bundle: it loads on every click.

import * as operations from '../hosts/excel/operations';
import type { SheetReport } from '../core/model/report';
import { failureView, issueWhere, runView, templateView, type DialogView } from '../frontends/dialog-view';
import { summarize, type RunKind } from '../frontends/outcome';
import { langFromDisplayLanguage, messages, type Lang, type Messages } from '../i18n';
import { showOutcome } from './show-outcome';

type Run = () => Promise<{ reports: SheetReport[] }>;
type Action = (m: Messages, lang: Lang) => Promise<DialogView>;

/** Runs Recalculate / Validate, selects the first error's cell, and says what was found. */
function runAndReport(kind: RunKind, run: Run): Action {
  return async (m, lang) => {
    const { reports } = await run();
    const { firstError } = summarize(reports);
    if (!firstError?.cell) return runView(kind, reports, m, lang);
    await operations.selectCell(firstError.sheet, firstError.cell);
    return runView(kind, reports, m, lang, issueWhere(firstError, m));
  };
}

/** Wraps an action as a command handler that shows its outcome, or its failure in one line, and
 * completes the event whatever happens. `label` names the button in the failure line. */
export function command(label: keyof Messages['ribbon'], action: Action) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    const lang = langFromDisplayLanguage(Office.context.displayLanguage);
    const m = messages(lang);
    let view: DialogView;
    try {
      view = await action(m, lang);
    } catch (error) {
      console.error('SelfEval command failed', error); // the user sees failureView's line
      view = failureView(m.ribbon[label], error, m, lang);
    }
    try {
      await showOutcome(view);
    } finally {
      event.completed();
    }
  };
}

export const handlers = {
  recalculate: command(
    'recalculate',
    runAndReport('recalculated', () => operations.recalculateSheet()),
  ),
  validate: command(
    'validate',
    runAndReport('validated', () => operations.validateSheet()),
  ),
  insertTemplate: command('insertTemplate', async (m, lang) =>
    templateView((await operations.insertTemplate()).sheet, m, lang),
  ),
};

// Older perpetual builds (Office 2019, ExcelApi 1.7) look FunctionName up as a global function;
// newer ones use Office.actions.associate. Offer both, unless the page's ES5 guard found a webview
// this bundle cannot serve (src/taskpane/old-webview-guard.js): its buttons stay.
if (!(globalThis as { selfevalGuard?: string }).selfevalGuard) {
  Object.assign(globalThis, handlers);
  Office.onReady(() => {
    for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
  });
}
