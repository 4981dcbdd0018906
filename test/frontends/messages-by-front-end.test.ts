// An issue says what to do in the words of the front end showing it: the add-ins' 重新计算
// button, the command line's `selfeval recalc`, the page's download; English counts of 1 are
// singular.

import { format, messages, type FrontEnd, type Lang } from '../../src/i18n';
import { fileMessages } from '../../src/i18n/files';

const ACTIONS: Record<Lang, Record<FrontEnd, string>> = {
  'zh-CN': { addIn: '请点击“重新计算”', cli: '请运行 selfeval recalc', page: '请下载重新计算后的工作簿' },
  en: { addIn: 'click Recalculate', cli: 'run selfeval recalc', page: 'download the recalculated workbook' },
};

it('NOT_CALCULATED tells each front end’s user their own way to recalculate', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const frontEnd of ['addIn', 'cli', 'page'] as const) {
      const text = format(messages(lang, frontEnd).issue.NOT_CALCULATED, { what: '总分', expected: '90.00' });
      expect(text.endsWith(ACTIONS[lang][frontEnd])).toBe(true);
      for (const template of Object.values(messages(lang, frontEnd).issue))
        expect(template).not.toMatch(/\{(recalculate|replace)\}/);
    }
    // The add-ins (and anything not saying which front end it is) keep the button's words.
    expect(messages(lang)).toBe(messages(lang, 'addIn'));
  }
});

it('chooses the singular for a count of 1 in English, and leaves an unknown placeholder as written', () => {
  const line = fileMessages('en').cli.summaryLine;
  expect(format(line, { forms: 1, errors: 1, warnings: 0 })).toBe('1 form, 1 error, 0 warnings');
  expect(format(line, { forms: 2, errors: 0, warnings: 1 })).toBe('2 forms, 0 errors, 1 warning');
  expect(format('{n} {n:form|forms} {m:x|y}', { n: 1 })).toBe('1 form {m:x|y}');
  expect(format(fileMessages('zh-CN').cli.summaryLine, { forms: 1, errors: 1, warnings: 1 })).toBe(
    '1 张表，1 个错误，1 个警告',
  );
});
