// What the outcome dialog of a ribbon button shows (src/outcome): a title, a few lines, the first
// problems. Built in the command (it knows the language and the reports) as ready-made text, so the
// dialog page needs neither the core nor the messages: it only lays the text out. Pure.

import type { Issue } from '../core/model/issue';
import type { SheetReport } from '../core/model/report';
import { format, type Lang, type Messages } from '../i18n';
import { issuesBySeverity, outcomeMessage, summarize, type RunKind } from './outcome';

/** At most this many problems travel to the dialog; the pane lists them all. */
export const DIALOG_PROBLEMS = 3;
/** A problem's message is cut to this many characters (the view travels in the dialog's URL). */
const MESSAGE_CHARS = 160;

export type DialogTone = 'ok' | 'warning' | 'error';

export interface DialogProblem {
  /** 'Sheet!H12', or the sheet's name for an issue about a whole sheet. */
  where: string;
  message: string;
}

export interface DialogView {
  lang: Lang;
  /** 'error' when errors were found or the command failed, 'warning' for warnings only. */
  tone: DialogTone;
  title: string;
  lines: string[];
  problems: DialogProblem[];
  /** Lines under the problems: how many more there are, which cell was selected. */
  after: string[];
  close: string;
}

export function issueWhere(issue: Issue, m: Messages): string {
  return issue.cell ? format(m.ui.issueCell, { sheet: issue.sheet, cell: issue.cell }) : issue.sheet;
}

function cut(text: string): string {
  return text.length <= MESSAGE_CHARS ? text : text.slice(0, MESSAGE_CHARS - 1) + '…';
}

/**
 * After Recalculate or Validate: the counts line (the pane's own words), then the first
 * DIALOG_PROBLEMS errors and warnings in sheet order, errors first, how many more there are, and
 * which cell was selected (`selected`: the first error's address, when one was selected).
 */
export function runView(
  kind: RunKind,
  reports: SheetReport[],
  m: Messages,
  lang: Lang,
  selected?: string,
): DialogView {
  const outcome = summarize(reports);
  const groups = issuesBySeverity(reports);
  const listed = [...groups.error, ...groups.warning];
  const problems = listed
    .slice(0, DIALOG_PROBLEMS)
    .map((issue) => ({ where: issueWhere(issue, m), message: cut(issue.message) }));
  const more = listed.length - problems.length;
  const lines = [outcomeMessage(kind, outcome, m)];
  if (!problems.length) lines.push(m.dialog.noProblems);
  else lines.push(more ? format(m.dialog.firstProblems, { count: problems.length }) : m.dialog.problems);
  const after: string[] = [];
  if (more > 0) after.push(format(m.dialog.moreProblems, { count: more }));
  if (selected) after.push(format(m.dialog.selected, { cell: selected }));
  return {
    lang,
    tone: outcome.errors ? 'error' : outcome.warnings ? 'warning' : 'ok',
    title: m.dialog[kind],
    lines,
    problems,
    after,
    close: m.dialog.close,
  };
}

/** After Insert template: the sheet made and what to do next. */
export function templateView(sheet: string, m: Messages, lang: Lang): DialogView {
  return {
    lang,
    tone: 'ok',
    title: m.dialog.templateInserted,
    lines: [format(m.ui.templateInserted, { sheet }), m.dialog.templateHint],
    problems: [],
    after: [],
    close: m.dialog.close,
  };
}

/**
 * The view as the text of a message box (WPS's ribbon answers with `alert`, which has no layout):
 * its lines, the problems numbered ("1. Sheet!H12  message"), then what follows. The title is left
 * to the box's caption.
 */
export function viewText(view: DialogView): string {
  const problems = view.problems.map((p, i) => `${i + 1}. ${p.where}  ${p.message}`);
  return [...view.lines, ...problems, ...view.after].join('\n');
}

/** Office.js errors carry a code (RichApi.Error); anything else is ours or a bug. */
function officeCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : null;
}

/**
 * A command that failed: one line naming the command and what to do, never the error's own text
 * (Office's English, or a JavaScript message). Codes Excel gives: InvalidOperationInCellEditMode
 * (a cell is being edited), AccessDenied (protected workbook or sheet); any other code is named.
 */
export function failureView(command: string, error: unknown, m: Messages, lang: Lang): DialogView {
  const code = officeCode(error);
  const template =
    code === 'InvalidOperationInCellEditMode'
      ? m.dialog.cellEditMode
      : code === 'AccessDenied'
        ? m.dialog.protectedWorkbook
        : code
          ? m.dialog.excelRefused
          : m.dialog.unexpected;
  return {
    lang,
    tone: 'error',
    title: m.dialog.failed,
    lines: [format(template, { command, code: code ?? '' })],
    problems: [],
    after: [],
    close: m.dialog.close,
  };
}
