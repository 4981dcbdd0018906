// The ribbon's callbacks (ribbon.xml), as the global functions WPS calls in the add-in's hidden
// page: 重新计算 and 检查 run on the active sheet and answer in a message box with what Excel's
// outcome dialog says (the counts, the first problems, the selected cell), the first error's cell
// selected; 插入模板 adds and selects the blank form and says so; 显示任务窗格 opens the pane (one
// per window, kept in PluginStorage). No React here: it loads with WPS.

import { summarize, type RunKind } from '../frontends/outcome';
import { issueWhere, runView, templateView, viewText } from '../frontends/dialog-view';
import { langFromDisplayLanguage, messages, type Lang, type Messages } from '../i18n';
import { UserMessage, wpsOperations } from '../hosts/wps/operations';
import { addinFolder, pageGlobal, pageHost } from './host';

const operations = wpsOperations(pageHost);
const PANE_KEY = 'selfeval_taskpane_id';

interface Control {
  Id: string;
}

function lang(): Lang {
  return langFromDisplayLanguage(pageHost.displayLanguage());
}

function m(): Messages {
  return messages(lang());
}

function say(text: string): void {
  pageGlobal().alert?.(text);
}

async function runAndReport(kind: RunKind): Promise<void> {
  const run = kind === 'recalculated' ? operations.recalculateSheet() : operations.validateSheet();
  const { reports } = await run;
  const { firstError } = summarize(reports);
  if (firstError?.cell) await operations.selectCell(firstError.sheet, firstError.cell);
  const selected = firstError?.cell ? issueWhere(firstError, m()) : undefined;
  say(viewText(runView(kind, reports, m(), lang(), selected)));
}

async function insertTemplate(): Promise<void> {
  const { sheet } = await operations.insertTemplate();
  say(viewText(templateView(sheet, m(), lang())));
}

/** Shows the task pane, creating it the first time. */
export function showPane(): void {
  const app = pageHost.app();
  const storage = app.PluginStorage;
  const id = storage.getItem(PANE_KEY);
  let pane = typeof id === 'string' ? app.GetTaskPane(id) : null;
  if (!pane) {
    pane = app.CreateTaskPane(`${addinFolder()}taskpane.html`);
    storage.setItem(PANE_KEY, pane.ID);
  }
  pane.Visible = true;
}

const ACTIONS: Record<string, () => Promise<unknown> | void> = {
  btnRecalculate: () => runAndReport('recalculated'),
  btnValidate: () => runAndReport('validated'),
  btnInsertTemplate: insertTemplate,
  btnShowPane: showPane,
};

// The buttons' labels (ribbon.xml gives the tab and the group the fixed label 绩效自评).
const LABELS: Record<string, (r: Messages['ribbon']) => string> = {
  btnRecalculate: (r) => r.recalculate,
  btnValidate: (r) => r.validate,
  btnInsertTemplate: (r) => r.insertTemplate,
  btnShowPane: (r) => r.showPane,
};

const IMAGES: Record<string, string> = {
  btnRecalculate: 'images/recalculate-32.png',
  btnValidate: 'images/validate-32.png',
  btnInsertTemplate: 'images/template-32.png',
  btnShowPane: 'images/pane-32.png',
};

/** What a failure says: our own messages as they are, never a script's error text. */
function failure(error: unknown): string {
  if (error instanceof UserMessage) return error.message;
  console.error('SelfEval command failed', error);
  return m().ui.errorTitle;
}

export const callbacks = {
  OnAddinLoad(): boolean {
    return true;
  },
  /** Runs a button's action; returns its promise so a caller (a test) can wait for it. */
  OnAction(control: Control): Promise<void> {
    const action = ACTIONS[control.Id];
    return Promise.resolve()
      .then(() => action?.())
      .then(
        () => undefined,
        (error: unknown) => say(failure(error)),
      );
  },
  OnGetLabel(control: Control): string {
    return LABELS[control.Id]?.(m().ribbon) ?? '';
  },
  GetImage(control: Control): string {
    return IMAGES[control.Id] ?? '';
  },
};

// WPS looks the callbacks up as globals of the page.
Object.assign(pageGlobal(), callbacks);
