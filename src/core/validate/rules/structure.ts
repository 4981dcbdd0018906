// 表格结构: a layout the rules cannot score as it stands.

import { formRule } from '../rule';

/** 得分合并: one 得分 cell merged over several indicators; recalculation never writes it. */
export const MERGED_SCORE = formRule({
  code: 'MERGED_SCORE',
  label: '得分合并',
  severity: 'error',
  meaning: 'one 得分 cell merged over several indicators: never written, unmerge it',
  check(e, out) {
    for (const cell of e.form.mergedScores) {
      const rows = e.indicators.filter((i) => i.row.score.row === cell.row && i.row.score.col === cell.col);
      out.add(MERGED_SCORE, cell, { count: rows.length, names: rows.map((i) => i.name).join('、') });
    }
  },
});

/** 缺少项目资金: no funds block above the indicators, so no 预算执行得分 and no 总分 to compute. */
export const FUNDS_MISSING = formRule({
  code: 'FUNDS_MISSING',
  label: '缺少项目资金',
  severity: 'error',
  meaning: 'no 项目资金 block (全年预算数, 全年执行数) above the indicators: no budget score, no 总分',
  check(e, out) {
    for (const m of e.form.missingParts) if (m.part === 'funds') out.add(FUNDS_MISSING, m.cell);
  },
});

/** 缺少资金列: the funds header has no 得分 column (error: the 预算执行得分 has no cell) or no
 * 执行率 column (warning: the score is still computed from the amounts). */
export const FUNDS_COLUMN_MISSING = formRule({
  code: 'FUNDS_COLUMN_MISSING',
  label: '缺少资金列',
  severity: 'error',
  meaning: 'the funds header has no 得分 column (a missing 执行率 column is a warning)',
  check(e, out) {
    for (const m of e.form.missingParts) {
      if (m.part === 'fundsScore') out.add(FUNDS_COLUMN_MISSING, m.cell, { column: out.what('score') });
      if (m.part === 'fundsRate')
        out.add(FUNDS_COLUMN_MISSING, m.cell, { column: out.what('rate') }, 'warning');
    }
  },
});

/** 表格结构, in the order validate runs them. */
export const STRUCTURE_CHECKS = [MERGED_SCORE, FUNDS_MISSING, FUNDS_COLUMN_MISSING] as const;
