// 指标得分: each indicator row's 得分 against its 分值 and the rules (domain.md §3), and the
// 偏差原因分析 a score below the 分值 requires. A row without 分值 is not scored (MISSING_WEIGHT).

import { valueOf, weightOf, type IndicatorEval } from '../../score/evaluate';
import { bandOf, inBand } from '../../score/rules';
import { fixed2, round2, same2, type Decimal, type RoundingMode } from '../../values/decimal';
import { format } from '../../../i18n';
import type { IssueList } from '../issue-list';
import type { Outcome } from '../../values/actual';
import { rowRule } from '../rule';

/** The row's 分值 and the 得分 written in it, when it has a 分值 (a negative one is none). A
 * score SelfEval wrote earlier is none of the user's (SCORE_STALE says whether it still holds). */
function scored(i: IndicatorEval): { w: Decimal; written: Decimal | null } | null {
  const w = weightOf(i.weight);
  return w === null ? null : { w, written: i.scoreIsOurs ? null : valueOf(i.score) };
}

/** The band (达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w)) a typed score breaks, if any,
 * the score counted to 2 decimals in the workbook's `mode`. */
function brokenBand(i: IndicatorEval, w: Decimal, written: Decimal, mode: RoundingMode) {
  const band = i.rule?.outcome ? bandOf(i.rule.outcome, w) : null;
  return band && !inBand(written, band, mode) ? band : null;
}

/** How a message names a row's outcome: 达成 … by its standard wording, a negated answer by what
 * the user wrote (未达标, 延期完成). */
function outcomeName(i: IndicatorEval, outcome: Outcome, out: IssueList): string {
  return format(out.m.outcome[outcome], { actual: i.actualText });
}

/** 得分超过分值 */
export const SCORE_OVER_WEIGHT = rowRule({
  code: 'SCORE_OVER_WEIGHT',
  label: '得分超过分值',
  severity: 'error',
  meaning: '得分 > 分值',
  check(i, out) {
    const s = scored(i);
    if (s?.written && s.written.gt(s.w)) {
      out.add(SCORE_OVER_WEIGHT, i.row.score, {
        name: i.name,
        score: fixed2(s.written),
        weight: fixed2(s.w),
      });
    }
  },
});

/** 需人工评分: a description as actual, a partly met or missed target (a late 时效 deadline, an
 * answer negating completion …). */
export const MANUAL_SCORE_NEEDED = rowRule({
  code: 'MANUAL_SCORE_NEEDED',
  label: '需人工评分',
  severity: 'error',
  meaning:
    "the rules need a person's judgment (a description, 部分达成 / 未达成, a late date, a negated answer such as 未达标, a date against a deadline without a year (12月底前) on a form whose title, year line and sheet name state none): the form cannot be sent with the 得分 empty",
  check(i, out) {
    const s = scored(i);
    const rule = i.rule;
    if (s && s.written === null && rule && rule.kind === 'manual' && rule.why !== 'missing') {
      const why = format(out.m.why[rule.why], { actual: i.actualText });
      out.add(MANUAL_SCORE_NEEDED, i.row.score, { name: i.name, why });
    }
  },
});

/** 人工评分超出区间: a typed score outside its outcome's band. */
export const MANUAL_SCORE_OUT_OF_BAND = rowRule({
  code: 'MANUAL_SCORE_OUT_OF_BAND',
  label: '人工评分超出区间',
  severity: 'error',
  meaning: "a typed score outside its outcome's band (部分达成 [0.6w, 0.8w) …)",
  check(i, out) {
    const s = scored(i);
    if (!s || s.written === null || !i.rule) return;
    const mode = out.settings.rounding;
    const band = brokenBand(i, s.w, s.written, mode);
    if (band) {
      // The band's ends as the 2-decimal scores it allows, and the score as it counts: the
      // message and the decision agree (3.33's 达成 allows 2.67 to 3.33, not "2.66 to 3.33").
      out.add(MANUAL_SCORE_OUT_OF_BAND, i.row.score, {
        name: i.name,
        outcome: outcomeName(i, band.outcome, out),
        low: fixed2(band.low),
        high: fixed2(band.high),
        score: fixed2(round2(s.written, mode)),
      });
    }
  },
});

/** 得分与规则不符: kept, as typed (a score out of its band is MANUAL_SCORE_OUT_OF_BAND instead). */
export const SCORE_MISMATCH = rowRule({
  code: 'SCORE_MISMATCH',
  label: '得分与规则不符',
  severity: 'warning',
  meaning: 'a typed score, or a formula of the user’s, differs from the rule (kept)',
  check(i, out) {
    const s = scored(i);
    const rule = i.rule;
    if (!s || s.written === null || !rule || rule.kind !== 'score') return;
    const mode = out.settings.rounding;
    if (!brokenBand(i, s.w, s.written, mode) && !same2(s.written, rule.score, mode)) {
      out.add(SCORE_MISMATCH, i.row.score, {
        name: i.name,
        // As it counts (SCORE_NOT_ROUNDED gives a longer one in full).
        found: fixed2(round2(s.written, mode)),
        expected: fixed2(rule.score),
        kept: i.scoreIsFormula ? out.m.kept.formula : out.m.kept.typed,
      });
    }
  },
});

/** 得分未更新: a score SelfEval wrote, whose row the rules now score otherwise (an actual corrected
 * since, another rounding mode): recalculation rewrites it, so the form is not ready until then. */
export const SCORE_STALE = rowRule({
  code: 'SCORE_STALE',
  label: '得分未更新',
  severity: 'error',
  meaning:
    'a 得分 SelfEval wrote that the rules now give otherwise (the row changed since): recalculate (a score the user typed is SCORE_MISMATCH instead)',
  check(i, out) {
    const held = i.scoreIsOurs ? valueOf(i.score) : null;
    if (held && i.expected && !same2(held, i.expected, out.settings.rounding))
      out.add(SCORE_STALE, i.row.score, { name: i.name, found: fixed2(held), expected: fixed2(i.expected) });
  },
});

/** Why a row owes its 偏差原因分析, in words, or null when it owes none: the score that counts is
 * below the 分值, or (before the score is typed) its outcome is (部分达成, 未达成, late, negated). */
export function owedReason(i: IndicatorEval, out: IssueList): string | null {
  const s = scored(i);
  if (!s) return null;
  // The score that counts, else the rule's own where its cell cannot hold it (a 得分 merged over
  // several rows, a formula without a result): a row short of its target owes its reason anyway.
  const effective = i.effective;
  const score = effective ?? (i.rule?.kind === 'score' ? i.rule.score : null);
  // As the system counts it (9.999 of 10 is 10.00 half-up: nothing to explain).
  const below = score && round2(score, out.settings.rounding);
  if (below && below.lt(s.w))
    return format(out.m.reason.scoreBelow, { score: fixed2(below), weight: fixed2(s.w) });
  // 部分达成 / 未达成 / 逾期 / 未达标 score below the 分值 whatever a person types: the reason is due now.
  const outcome = i.rule?.outcome;
  if (!effective && outcome && outcome !== 'achieved')
    return format(out.m.reason.outcome, { outcome: outcomeName(i, outcome, out) });
  return null;
}

/** 偏差原因: 得分 < 分值 needs 偏差原因分析; the system refuses to save such a form. A form without
 * the column gets REASON_COLUMN_MISSING instead (structure.ts). */
export const MISSING_REASON = rowRule({
  code: 'MISSING_REASON',
  label: '偏差原因未填',
  severity: 'error',
  meaning:
    '得分 < 分值, or an outcome below it (部分达成, 未达成, late, a negated answer) before the score is typed, and 偏差原因分析 empty (on the reason cell; highlighted by recalc). Punctuation alone (/, -) or a word saying there is none (无, 暂无, 没有, 无偏差, 无原因, 不适用, 无说明, N/A, none, 空) counts as empty',
  check(i, out) {
    if (i.reasonText || !i.row.reason) return;
    const why = owedReason(i, out);
    if (why) out.add(MISSING_REASON, i.row.reason, { name: i.name, why });
  },
});

/** 指标得分, in the order validate runs them on each row. */
export const INDICATOR_SCORE_CHECKS = [
  SCORE_OVER_WEIGHT,
  MANUAL_SCORE_NEEDED,
  MANUAL_SCORE_OUT_OF_BAND,
  SCORE_MISMATCH,
  SCORE_STALE,
  MISSING_REASON,
] as const;
