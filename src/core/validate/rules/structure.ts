// 表格结构: a layout the rules cannot score as it stands.

import type { Messages } from '../../../i18n';
import type { MissingPart } from '../../model/form';
import type { IssueCode, Severity } from '../../model/issue';
import type { FormEval } from '../../score/evaluate';
import type { IssueList } from '../issue-list';
import { formRule, type Declared } from '../rule';
import { owedReason } from './indicator-scores';

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

/** Each of the form's missing parts that `names` knows, raised as `rule` with what it names (the
 * column or row, in the user's language) and, where given, its own severity. */
function raiseMissing(
  e: FormEval,
  out: IssueList,
  rule: Declared<IssueCode>,
  names: Partial<Record<MissingPart, { name?: keyof Messages['what']; severity?: Severity }>>,
): void {
  for (const m of e.form.missingParts) {
    const how = names[m.part];
    if (!how) continue;
    const name = how.name ? out.what(how.name) : '';
    out.add(rule, m.cell, { column: name, what: name }, how.severity);
  }
}

/** 缺少项目资金: no funds block above the indicators, so no 预算执行得分 and no 总分 to compute. */
export const FUNDS_MISSING = formRule({
  code: 'FUNDS_MISSING',
  label: '缺少项目资金',
  severity: 'error',
  meaning: 'no 项目资金 block (全年预算数, 全年执行数) above the indicators: no budget score, no 总分',
  check: (e, out) => raiseMissing(e, out, FUNDS_MISSING, { funds: {} }),
});

/** 缺少资金列: the funds header has no 得分 column (error: the 预算执行得分 has no cell) or no
 * 执行率 column (warning: the score is still computed from the amounts). */
export const FUNDS_COLUMN_MISSING = formRule({
  code: 'FUNDS_COLUMN_MISSING',
  label: '缺少资金列',
  severity: 'error',
  meaning: 'the funds header has no 得分 column (a missing 执行率 column is a warning)',
  check: (e, out) =>
    raiseMissing(e, out, FUNDS_COLUMN_MISSING, {
      fundsScore: { name: 'score' },
      fundsRate: { name: 'rate', severity: 'warning' },
    }),
});

/** 缺少总分或等级: no 总分 row (labelled, or numbers under 分值/得分 below the rows) or no 评分等级:
 * the 总分 or the grade has nowhere to go. */
export const RESULT_ROW_MISSING = formRule({
  code: 'RESULT_ROW_MISSING',
  label: '缺少总分或等级',
  severity: 'error',
  meaning: 'no 总分 row or no 评分等级 below the indicators: nowhere to write them',
  check: (e, out) =>
    raiseMissing(e, out, RESULT_ROW_MISSING, { total: { name: 'total' }, grade: { name: 'grade' } }),
});

/** 缺少指标列: the indicator header has no 年度指标值 or no 实际完成值 column (a label not known,
 * or none), so no row can be scored by the rules: their 得分 wait, and nothing is read from the
 * other column in its place. */
export const INDICATOR_COLUMN_MISSING = formRule({
  code: 'INDICATOR_COLUMN_MISSING',
  label: '缺少指标列',
  severity: 'error',
  meaning: 'the indicator header has no 年度指标值 or no 实际完成值 column: no row can be scored',
  check: (e, out) =>
    raiseMissing(e, out, INDICATOR_COLUMN_MISSING, {
      target: { name: 'target' },
      actual: { name: 'actual' },
    }),
});

/** 缺少偏差原因列: rows owe a 偏差原因分析 (a score below the 分值, MISSING_REASON's rule) and the
 * indicator header has no such column, so there is nowhere to write one; the 一体化系统 refuses
 * such a form. Nothing is raised while every row scores its 分值. */
export const REASON_COLUMN_MISSING = formRule({
  code: 'REASON_COLUMN_MISSING',
  label: '缺少偏差原因列',
  severity: 'error',
  meaning: 'rows score below their 分值 and the indicator header has no 偏差原因分析 column',
  check(e, out) {
    const missing = e.form.missingParts.find((m) => m.part === 'reason');
    if (!missing) return;
    const owing = e.indicators.filter((i) => owedReason(i, out) !== null);
    if (owing.length)
      out.add(REASON_COLUMN_MISSING, missing.cell, { names: owing.map((i) => i.name).join('、') });
  },
});

/** 表格结构, in the order validate runs them. */
export const STRUCTURE_CHECKS = [
  MERGED_SCORE,
  FUNDS_MISSING,
  FUNDS_COLUMN_MISSING,
  RESULT_ROW_MISSING,
  INDICATOR_COLUMN_MISSING,
  REASON_COLUMN_MISSING,
] as const;
