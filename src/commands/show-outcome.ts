// Opens the outcome dialog (src/outcome/outcome.html, next to this function file) and resolves
// once it is gone: closed with its button (the page messages us and we close it) or with its X
// (Office reports 12006). The ribbon's event is completed only then, as Office's function commands
// expect of a command that opens a dialog.

import { dialogUrl } from '../frontends/dialog-url';
import type { DialogView } from '../frontends/dialog-view';

/** Percent of the screen: room for the counts and three problems without scrolling. */
const SIZE = { height: 45, width: 32 };

export function showOutcome(view: DialogView): Promise<void> {
  const url = dialogUrl(new URL('outcome.html', location.href).href, view);
  return new Promise((resolve) => {
    const failed = (reason: unknown) => {
      // Nowhere left to show anything: the console is what a developer sees.
      console.error('SelfEval could not open its outcome dialog', reason);
      resolve();
    };
    // In Office on the web an iframe dialog is not stopped by pop-up blockers.
    try {
      Office.context.ui.displayDialogAsync(url, { ...SIZE, displayInIframe: true }, opened);
    } catch (error) {
      failed(error); // a build without the Dialog API throws here
    }
    function opened(result: Office.AsyncResult<Office.Dialog>): void {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return failed(result.error);
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    }
  });
}
