// Checking the published workbooks reports no error that is not in the source.

import { checkWorkbook, openWorkbook } from '../../src/hosts/xlsx';
import { messages } from '../../src/i18n';
import { selfeval } from '../helpers/cli';
import { fixture, SELF_EVALUATIONS } from '../helpers/fixtures';

describe.each(SELF_EVALUATIONS)('checking the published $name workbook', ({ name, rounding, published }) => {
  it('fills every placeholder of every message, in both languages', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const wrong of ['half-up', 'down'] as const) {
        const issues = checkWorkbook(
          await openWorkbook(fixture(name)),
          { rounding: wrong },
          messages(lang),
        ).flatMap((r) => r.issues);
        expect(issues.filter((i) => /\{\w+\}/.test(i.message))).toEqual([]);
      }
    }
  });

  it('finds no error: the real forms passed the finance bureau', async () => {
    const reports = checkWorkbook(await openWorkbook(fixture(name)), { rounding });
    const errors = reports.flatMap((r) => r.issues).filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
    expect(reports.flatMap((r) => r.forms)).toHaveLength(published.length);
  });

  it('keeps the typed scores the sources explain, reporting each as a SCORE_MISMATCH warning', async () => {
    const reports = checkWorkbook(await openWorkbook(fixture(name)), { rounding });
    const mismatches = reports.flatMap((r) => r.issues).filter((i) => i.code === 'SCORE_MISMATCH');
    // Every such row carries the person's explanation in 偏差原因分析.
    for (const m of mismatches) {
      const form = reports.find((r) => r.sheet === m.sheet)!.forms[0];
      const row = form.indicators.find((r) => r.scoreCell === m.cell)!;
      expect([row.name, row.reason]).not.toEqual([row.name, '']);
    }
  });

  it('exits 0 from the command line, and 1 with the wrong rounding where the budget scores then differ', () => {
    expect(selfeval('check', fixture(name), '--rounding', rounding).code).toBe(0);
    if (name.startsWith('2023')) {
      const wrong = selfeval('check', fixture(name), '--rounding', 'half-up');
      expect(wrong.code).toBe(1);
      expect(wrong.stdout).toMatch(/BUDGET_SCORE_MISMATCH/);
      // … and the message says the other rounding mode gives what the sheet holds.
      expect(wrong.stdout).toMatch(
        /BUDGET_SCORE_MISMATCH 预算执行得分为 9\.83，按执行率 98\.35% 应为 9\.84（按“向下舍去”舍入则与表中一致/,
      );
    }
  });
});
