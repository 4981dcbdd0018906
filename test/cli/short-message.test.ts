// The folder table's 说明 column: what is wrong in a few words, in the user's language, without
// what to do about it. English messages were cut at their first colon or semicolon, which also
// parts what is wrong ("Budget score is 9.83; … it should be 9.84"): the value to expect was lost.

import { shortMessage } from '../../src/cli/folder';
import { format, messages } from '../../src/i18n';

const issue = (
  lang: 'zh-CN' | 'en',
  code: keyof ReturnType<typeof messages>['issue'],
  params: Record<string, string>,
) => format(messages(lang, 'cli').issue[code], params);

it('keeps the value a stale budget score should have, and drops the rounding note and its advice', () => {
  const params = { found: '9.83', rate: '98.35', expected: '9.84', hint: '' };
  for (const lang of ['zh-CN', 'en'] as const) {
    const hint = format(messages(lang).hint.rounding, { mode: messages(lang).ui.roundingDown });
    const short = shortMessage(issue(lang, 'BUDGET_SCORE_MISMATCH', { ...params, hint }));
    expect(short).toBe(shortMessage(issue(lang, 'BUDGET_SCORE_MISMATCH', params)));
    expect(short).toContain('9.84');
    expect(short).not.toMatch(/[(（]|请|check/);
  }
});

it('drops what to do after a colon in English as after "，请" in Chinese', () => {
  expect(shortMessage(issue('en', 'NOT_CALCULATED', { what: 'total score', expected: '90.00' }))).toBe(
    'The total score is not calculated (it should be 90.00)',
  );
  expect(shortMessage(issue('zh-CN', 'NOT_CALCULATED', { what: '总分', expected: '90.00' }))).toBe(
    '总分未计算（应为 90.00）',
  );
  expect(shortMessage(issue('en', 'TOTAL_MISMATCH', { found: '88.00', expected: '90.00' }))).toBe(
    'Total score is 88.00; budget score plus indicator scores gives 90.00',
  );
});
