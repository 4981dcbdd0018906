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

/** 表格结构, in the order validate runs them. */
export const STRUCTURE_CHECKS = [MERGED_SCORE] as const;
