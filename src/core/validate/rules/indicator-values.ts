// 指标值与实际完成值: what each indicator row holds (分值, 年度指标值, 实际完成值) before scoring.

import { format } from '../../../i18n';
import type { IndicatorEval } from '../../score/evaluate';
import type { Check } from '../rule';
import { rowRule } from '../rule';
import { errorAside, numberCells, UNREADABLE_VALUE } from './cells';
import { sameUnit } from '../../values/unit-scale';
import { MISSING_FIELD } from './fields';

/** 分值缺失 */
export const MISSING_WEIGHT = rowRule({
  code: 'MISSING_WEIGHT',
  label: '分值缺失',
  severity: 'error',
  meaning: 'a row without 分值',
  check(i, out) {
    if (i.weight.kind === 'empty' || i.weight.kind === 'dash')
      out.add(MISSING_WEIGHT, i.row.weight, { name: i.name });
  },
});

const rowCells = numberCells((i: IndicatorEval) => [
  [i.weight, i.row.weight, 'weight'],
  [i.score, i.row.score, 'score'],
]);

/** A 年度指标值 or 实际完成值 that cannot be read (an error value such as #DIV/0!, a date where a
 * number is asked for, a number where a deadline is); one left empty, or the 三级指标 (必填项). A cell whose
 * formula has no result yet is FORMULA_NOT_CALCULATED's (formulas.ts), not empty. */
const targetAndActual: Check<IndicatorEval> = {
  check(i, out) {
    const { row } = i;
    if (i.target.kind === 'unreadable')
      out.add(UNREADABLE_VALUE, row.target, {
        what: out.what('target'),
        value: i.targetText,
        aside: errorAside(out, i.targetText),
      });
    if (i.actual.kind === 'unreadable')
      out.add(UNREADABLE_VALUE, row.actual, {
        what: out.what('actual'),
        value: i.actualText,
        aside: errorAside(out, i.actualText),
      });
    // A date for a count, a number for a deadline: said why, also once a person typed the score.
    if (i.rule?.kind === 'manual' && (i.rule.why === 'dateForCount' || i.rule.why === 'numberForDate')) {
      const aside = format(out.m.aside, { text: out.m.why[i.rule.why] });
      out.add(UNREADABLE_VALUE, row.actual, { what: out.what('actual'), value: i.actualText, aside });
    }
    // An indicator without its 三级指标 cannot be submitted. (A row continuing a 三级指标 merged over
    // several rows is no row of its own: it holds its name in the merge.)
    if (!i.name) out.add(MISSING_FIELD, row.name, { field: out.what('name') });
    // A column the header lacks is INDICATOR_COLUMN_MISSING's, once for the form (structure.ts).
    if (row.target && i.target.kind === 'empty' && !i.uncalculated.target)
      out.add(MISSING_FIELD, row.target, { field: out.what('target') });
    if (row.actual && i.actual.kind === 'empty' && !i.uncalculated.actual)
      out.add(MISSING_FIELD, row.actual, { field: out.what('actual') });
  },
};

/** 超出区间: an actual above a range's upper end scores full, but is worth a look. */
export const ABOVE_RANGE = rowRule({
  code: 'ABOVE_RANGE',
  label: '超出区间',
  severity: 'warning',
  meaning: 'an actual above the upper end of a range target (90%-100%): full marks, worth a look',
  check(i, out) {
    const { target, actual } = i;
    if (
      target.kind === 'range' &&
      actual.kind === 'quantity' &&
      actual.value.gt(target.high) &&
      !i.reasonText
    ) {
      out.add(ABOVE_RANGE, i.row.reason ?? i.row.actual, {
        name: i.name,
        actual: i.actualText,
        target: i.targetText,
      });
    }
  },
});

/** The row's 年度指标值 and 实际完成值 when both are quantities. */
function quantities(i: IndicatorEval) {
  const { target, actual } = i;
  return target.kind === 'quantity' && actual.kind === 'quantity' ? { target, actual } : null;
}

/** 单位不一致: 万人次 against 人次 is a real mismatch. */
export const UNIT_MISMATCH = rowRule({
  code: 'UNIT_MISMATCH',
  label: '单位不一致',
  severity: 'warning',
  meaning: '万人次 vs 人次',
  check(i, out) {
    const q = quantities(i);
    const written = q && (q.actual.writtenIn ?? q.actual.unit);
    if (q?.target.unit && written && !sameUnit(q.target.unit, written)) {
      out.add(UNIT_MISMATCH, i.row.actual, {
        name: i.name,
        actualUnit: written,
        targetUnit: q.target.unit,
      });
    }
  },
});

/** 百分比写成小数: 0.97 in a General cell answering `≥95%` is scored as 0.97 %, not 97 %. Only
 * where the bare number is at most a tenth of the target, so that 97 % is at least as near it as
 * 0.97 %: `≤5%` answered by 1 means 1 %, a rate well met, not 100 % (as `≤1%` by 0.5 already was).
 * A cell that shows a percent sign (`0.00"%"`: 0.97%) says what it means: its unit is '%' then. */
export const FRACTION_FOR_PERCENT = rowRule({
  code: 'FRACTION_FOR_PERCENT',
  label: '百分比写成小数',
  severity: 'warning',
  meaning:
    'a percent target (≥95%) answered by a bare number from 0 to 1 (0.97) at most a tenth of it: scored as 0.97 %, likely meant 97 % (`≤5%` answered by 1 is 1 %)',
  check(i, out) {
    const q = quantities(i);
    if (!q || q.target.unit !== '%' || q.actual.unit || !q.target.value.gt(1)) return;
    const actual = q.actual.value;
    if (actual.gt(0) && actual.lte(1) && actual.times(10).lte(q.target.value)) {
      out.add(FRACTION_FOR_PERCENT, i.row.actual, {
        name: i.name,
        actual: i.actualText,
        // The number scored, never the text again: its own % would be doubled.
        value: q.actual.value.toString(),
        percent: q.actual.value.times(100).toString(),
      });
    }
  },
});

/** 超额完成: actual ≥ the over-completion factor (a setting) × target, without an explanation. */
export const OVER_COMPLETION = rowRule({
  code: 'OVER_COMPLETION',
  label: '超额完成',
  severity: 'warning',
  meaning: 'actual ≥ 1.2 × target without explanation',
  check(i, out) {
    const q = quantities(i);
    if (!q) return;
    const { target, actual } = q;
    if (
      target.direction !== 'lower' &&
      target.value.gt(0) &&
      actual.value.gte(target.value.times(out.settings.overCompletion)) &&
      !i.reasonText
    ) {
      out.add(OVER_COMPLETION, i.row.reason ?? i.row.actual, {
        name: i.name,
        actual: i.actualText,
        target: i.targetText,
        ratio: actual.value.div(target.value).toDecimalPlaces(2).toString(),
      });
    }
  },
});

/** 指标值与实际完成值, in the order validate runs them on each row. */
export const INDICATOR_VALUE_CHECKS = [
  MISSING_WEIGHT,
  rowCells,
  targetAndActual,
  UNIT_MISMATCH,
  FRACTION_FOR_PERCENT,
  OVER_COMPLETION,
  ABOVE_RANGE,
] as const;
