// The ribbon's ExecuteFunction buttons (manifest.xml: recalculate, validate, insertTemplate).
// Each runs one workbook operation and always ends with event.completed(), also on failure, or
// Excel keeps the button busy. There is no pane here and Excel has no notification API for
// add-ins, so the outcome shows in the workbook itself: when there are errors the pane opens
// (where the shared runtime allows it) or else the first error's cell is selected.
// No React in this bundle: it loads on every click.

import * as operations from '../hosts/excel/operations';
import type { SheetReport } from '../core/model/report';
import { summarize } from '../frontends/outcome';

type Run = () => Promise<{ reports: SheetReport[] }>;

/** Runs Recalculate / Validate, then points the user at the first error, if any. */
async function runAndReport(run: Run): Promise<void> {
  const { firstError } = summarize((await run()).reports);
  if (!firstError) return;
  if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) {
    await Office.addin.showAsTaskpane();
  } else if (firstError.cell) {
    await operations.selectCell(firstError.sheet, firstError.cell);
  }
}

/** Wraps an action as a command handler that completes the event whatever happens. */
export function command(action: () => Promise<unknown>) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      await action();
    } catch (error) {
      // Nowhere to show it without a pane; the console is what a developer sees.
      console.error('SelfEval command failed', error);
    } finally {
      event.completed();
    }
  };
}

export const handlers = {
  recalculate: command(() => runAndReport(() => operations.recalculateSheet())),
  validate: command(() => runAndReport(() => operations.validateSheet())),
  insertTemplate: command(() => operations.insertTemplate()),
};

// Older perpetual builds (Office 2019, ExcelApi 1.7) look FunctionName up as a global function;
// newer ones use Office.actions.associate. Offer both.
Object.assign(globalThis, handlers);
Office.onReady(() => {
  for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
});
