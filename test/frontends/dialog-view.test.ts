// What the ribbon's dialog is given to show: errors before warnings, at most three, long messages
// cut, what follows them, a failure's one line per Excel code; and the view's trip through the URL.

import type { Issue } from '../../src/core/model/issue';
import type { SheetReport } from '../../src/core/model/report';
import { dialogUrl, viewFromHash } from '../../src/frontends/dialog-url';
import {
  DIALOG_PROBLEMS,
  failureView,
  runView,
  templateView,
  viewText,
} from '../../src/frontends/dialog-view';
import { format, messages } from '../../src/i18n';

const zh = messages('zh-CN');
const en = messages('en');

function issue(severity: Issue['severity'], cell: string, message: string): Issue {
  return { code: 'REASON_MISSING' as Issue['code'], severity, sheet: '表一', cell, message };
}

function report(issues: Issue[]): SheetReport {
  return { sheet: '表一', forms: [{}], issues } as unknown as SheetReport;
}

const hashOf = (url: string) => url.slice(url.indexOf('#'));

describe('the outcome dialog’s view', () => {
  it('lists errors before warnings, at most three, and says how many more and what was selected', () => {
    const issues = [
      issue('warning', 'B2', '警告一'),
      issue('error', 'H12', '错误一'),
      issue('info', 'A1', '提示'),
      issue('warning', 'B3', '警告二'),
      issue('error', 'H13', '错误二'),
    ];
    const view = runView('validated', [report(issues)], zh, 'zh-CN', '表一!H12');
    expect(view.tone).toBe('error');
    expect(view.problems).toEqual([
      { where: '表一!H12', message: '错误一' },
      { where: '表一!H13', message: '错误二' },
      { where: '表一!B2', message: '警告一' },
    ]);
    expect(DIALOG_PROBLEMS).toBe(3);
    expect(view.lines).toEqual([
      format(zh.ui.validated, { forms: 1, errors: 2, warnings: 2 }),
      format(zh.dialog.firstProblems, { count: 3 }),
    ]);
    expect(view.after).toEqual([
      format(zh.dialog.moreProblems, { count: 1 }),
      format(zh.dialog.selected, { cell: '表一!H12' }),
    ]);
  });

  it('reads as a message box’s text (WPS): lines, numbered problems, what follows', () => {
    const issues = [issue('error', 'H12', '错误一'), issue('warning', 'B2', '警告一')];
    const view = runView('validated', [report(issues)], zh, 'zh-CN', '表一!H12');
    expect(viewText(view).split('\n')).toEqual([
      format(zh.ui.validated, { forms: 1, errors: 1, warnings: 1 }),
      zh.dialog.problems,
      '1. 表一!H12  错误一',
      '2. 表一!B2  警告一',
      format(zh.dialog.selected, { cell: '表一!H12' }),
    ]);
  });

  it('says so when there is nothing to list, and names a whole-sheet issue by its sheet', () => {
    expect(runView('recalculated', [report([])], en, 'en')).toMatchObject({
      tone: 'ok',
      title: en.dialog.recalculated,
      lines: [format(en.ui.recalculated, { forms: 1, errors: 0, warnings: 0 }), en.dialog.noProblems],
      problems: [],
      after: [],
    });
    const view = runView('validated', [report([issue('warning', '', '整表问题')])], zh, 'zh-CN');
    expect(view.tone).toBe('warning');
    expect(view.lines[1]).toBe(zh.dialog.problems);
    expect(view.problems).toEqual([{ where: '表一', message: '整表问题' }]);
  });

  it('cuts a long message', () => {
    const long = '很'.repeat(500);
    const [problem] = runView('validated', [report([issue('error', 'A1', long)])], zh, 'zh-CN').problems;
    expect(problem.message.length).toBeLessThan(200);
    expect(problem.message.endsWith('…')).toBe(true);
  });

  it('names the template’s sheet', () => {
    expect(templateView('自评表 (2)', zh, 'zh-CN').lines[0]).toBe(
      format(zh.ui.templateInserted, { sheet: '自评表 (2)' }),
    );
  });

  it('turns a failure into one line by Excel’s code, never the error’s text', () => {
    const line = (error: unknown) => failureView('检查', error, zh, 'zh-CN').lines;
    expect(line({ code: 'InvalidOperationInCellEditMode', message: 'x' })).toEqual([
      format(zh.dialog.cellEditMode, { command: '检查' }),
    ]);
    expect(line({ code: 'AccessDenied' })).toEqual([
      format(zh.dialog.protectedWorkbook, { command: '检查' }),
    ]);
    expect(line({ code: 'GeneralException' })).toEqual([
      format(zh.dialog.excelRefused, { command: '检查', code: 'GeneralException' }),
    ]);
    expect(line(new TypeError("Cannot read properties of undefined (reading 'x')"))).toEqual([
      format(zh.dialog.unexpected, { command: '检查' }),
    ]);
  });
});

describe('the view in the dialog’s URL', () => {
  it('comes back as it went, Chinese included, in the hash only', () => {
    const view = runView(
      'validated',
      [report([issue('error', 'H12', '“完成体检数”得分低于分值')])],
      zh,
      'zh-CN',
    );
    const url = dialogUrl('https://localhost:3000/outcome.html', view);
    expect(url.startsWith('https://localhost:3000/outcome.html#')).toBe(true);
    expect(url).toMatch(/^[\x21-\x7e]+$/); // plain ASCII, nothing to escape
    expect(viewFromHash(hashOf(url))).toEqual(view);
  });

  it('stays short: three long Chinese problems under 4,000 characters', () => {
    const issues = [1, 2, 3].map((n) => issue('error', `H1${n}`, '偏'.repeat(500)));
    const url = dialogUrl(
      'https://localhost:3000/outcome.html',
      runView('validated', [report(issues)], zh, 'zh-CN'),
    );
    expect(url.length).toBeLessThan(4000);
  });

  it('is null for a hash that holds no view', () => {
    expect(viewFromHash('')).toBeNull();
    expect(viewFromHash('#not-base64!')).toBeNull();
    expect(viewFromHash('#' + Buffer.from('{"title":1}').toString('base64url'))).toBeNull();
  });
});
