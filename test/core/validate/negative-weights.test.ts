// A negative 分值 is no 分值 (domain.md §5: negative values are flagged): like a missing one, no
// score is worked out from it, written, or summed. Recalculation wrote 0.00 under a 分值 of -10
// and then reported its own write as 得分 > 分值; a budget 分数 of -10 scored 0.00 and entered
// the weight sum as "预算执行 -10".

import { check, emptyState, recalculate, type Grid } from '../../../src/core';
import { FUNDS, INDICATORS, form } from '../../helpers/written-form';

/** The issues of a sheet as `code cell message`, and the cells recalculation writes into it. */
function outcome(grid: Grid) {
  const said = (issues: { code: string; cell: string; message: string }[]) =>
    issues.map((i) => `${i.code} ${i.cell} ${i.message}`);
  const recalc = recalculate([grid], emptyState());
  return {
    issues: said(check(grid).issues),
    written: recalc.changes.flatMap((c) => ('cell' in c ? [c.cell] : [])),
    after: said(recalc.reports[0].issues),
  };
}

it('an indicator whose 分值 is -10: flagged, its 得分 neither asked for nor written, and the 总分 waits on that 分值', () => {
  // 考核合格率 (row 10) weighs -10.
  const rows = INDICATORS.map((r, i) => (i === 1 ? r.map((v, c) => (c === 5 ? -10 : v)) : r));
  const { issues, written, after } = outcome(form({ rows }));
  expect(issues).toContain('NEGATIVE_VALUE F10 分值为负数：-10.00');
  expect(issues.filter((i) => i.includes(' G10 '))).toEqual([]);
  expect(written).not.toContain('G10');
  expect(after.filter((i) => i.includes(' G10 '))).toEqual([]);
  expect(issues).toContain(
    'WAITING_FOR_SCORES G13 总分无法计算：等待 “考核合格率”的分值（见这些单元格的问题）',
  );
  expect(issues.some((i) => i.startsWith('WEIGHT_SUM'))).toBe(false);
});

it('a budget 分数 of -10: flagged, no budget 得分 written, and the 总分 waits on it', () => {
  const funds = [FUNDS[0], ['年度资金总额', 100, 100, 95, -10, null, null]];
  const { issues, written } = outcome(form({ funds }));
  expect(issues).toContain('NEGATIVE_VALUE E5 分值为负数：-10.00');
  expect(issues.filter((i) => i.includes(' G5 '))).toEqual([]);
  expect(written).not.toContain('G5');
  expect(issues).toContain('WAITING_FOR_SCORES G13 总分无法计算：等待 预算执行的分值（见这些单元格的问题）');
  expect(issues.some((i) => i.startsWith('WEIGHT_SUM'))).toBe(false);
});
