// Scoring rules of the 预算管理一体化系统 (domain.md §3). Pure functions of parsed values;
// `w` is the row's 分值. Every score and rate is rounded here, once, by round2 with the workbook's
// one mode (执行率 and 预算得分 step by step, as the system does).

import type { Actual, Outcome } from '../values/actual';
import { compareDates } from '../values/date';
import { clamp, Decimal, HUNDRED, round2, ZERO, type RoundingMode } from '../values/decimal';
import type { ReverseRule, ScoringSettings } from '../model/settings';
import type { Target } from '../values/target';

/** The scores a person may type for an outcome, as 2-decimal scores (domain.md §3: scores are 2
 * decimals): `low` is the lowest at or above the band's low end, `high` the highest within its high
 * end. Both are allowed, so a message showing them says what the check accepts. */
export interface Band {
  outcome: Outcome;
  low: Decimal;
  high: Decimal;
}

export type RuleResult =
  /** The rules give this score. An `outcome` limits a score a person typed instead (达成: [0.8w, w]). */
  | { kind: 'score'; score: Decimal; outcome?: Outcome }
  /** A person must judge; a typed score must lie in the outcome's band when there is one. */
  | {
      kind: 'manual';
      /** `late`: a deadline missed (时效); `deadlineYear`: a deadline without a year, on a form
       * stating none, answered by a dated actual; `negated`: an answer negating completion (未达标);
       * `dateForCount`: a date where a number was asked for;
       * `numberForDate`: a bare number answering a deadline (a date cell that lost its format);
       * `missing`: no actual, or a number or date without its target (their own issues ask). */
      why:
        | 'qualitative'
        | 'partial'
        | 'notAchieved'
        | 'late'
        | 'deadlineYear'
        | 'negated'
        | 'unreadable'
        | 'missing'
        | 'dateForCount'
        | 'numberForDate';
      outcome?: Outcome;
    };

/** The 2-decimal scores in [low, high], or in [low, high) when `highOpen`: 部分达成 with a 分值 of
 * 3.33 is [1.998, 2.664), which allows 2.00 to 2.66. */
function scoresWithin(outcome: Outcome, low: Decimal, high: Decimal, highOpen: boolean): Band {
  const lowest = low.toDecimalPlaces(2, Decimal.ROUND_CEIL);
  const highest = highOpen
    ? high.toDecimalPlaces(2, Decimal.ROUND_CEIL).minus(0.01)
    : high.toDecimalPlaces(2, Decimal.ROUND_FLOOR);
  return { outcome, low: lowest, high: highest };
}

/** The band of an outcome: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w), a late or
 * negated answer [0, w). */
export function bandOf(outcome: Outcome, w: Decimal): Band {
  switch (outcome) {
    case 'achieved':
      return scoresWithin(outcome, w.times(0.8), w, false);
    case 'partial':
      return scoresWithin(outcome, w.times(0.6), w.times(0.8), true);
    case 'notAchieved':
      return scoresWithin(outcome, ZERO, w.times(0.6), true);
    case 'late':
    case 'negated':
      // 时效: a deadline missed is not full marks, nor is 未达标 or 延期完成; a person scores it
      // below the 分值, by how much it fell short.
      return scoresWithin(outcome, ZERO, w, true);
  }
}

/** Whether a typed score lies in its band as the system counts it: to 2 decimals in the workbook's
 * `mode` (a typed 2.665 is 2.67 half-up, 2.66 truncating). */
export function inBand(score: Decimal, band: Band, mode: RoundingMode): boolean {
  const counted = round2(score, mode);
  return counted.gte(band.low) && counted.lte(band.high);
}

/**
 * Quantitative score: 正向指标 (higher is better), 等于 (equal), 反向指标 (lower is better).
 * A negative actual counts as 0; the score stays within [0, w].
 */
export function quantityScore(
  direction: 'higher' | 'lower' | 'equal',
  targetValue: Decimal,
  actualValue: Decimal,
  w: Decimal,
  reverseRule: ReverseRule,
): Decimal {
  const actual = actualValue.isNegative() ? ZERO : actualValue;
  const target = targetValue;
  if (target.lte(0)) {
    // =0 (and ≤0): full when nothing happened, else 0; ≥0 is always met.
    if (direction === 'higher') return w;
    return actual.lte(0) ? w : ZERO;
  }
  let score: Decimal;
  if (direction === 'lower') {
    if (actual.lte(target)) score = w;
    else if (reverseRule === 'ratio') score = target.div(actual).times(w);
    else
      score = actual.lt(target.times(2))
        ? new Decimal(1).minus(actual.minus(target).div(target)).times(w)
        : ZERO;
  } else {
    score = actual.gte(target) ? w : actual.div(target).times(w);
  }
  return clamp(score, ZERO, w);
}

function outcomeResult(outcome: Outcome, w: Decimal, settings: ScoringSettings): RuleResult {
  if (outcome === 'achieved') return { kind: 'score', score: round2(w, settings.rounding), outcome };
  return { kind: 'manual', why: outcome, outcome };
}

/** What the rules give one indicator row: a score rounded once, or a person's judgment. */
export function ruleFor(target: Target, actual: Actual, w: Decimal, settings: ScoringSettings): RuleResult {
  if (target.kind === 'unreadable') return { kind: 'manual', why: 'unreadable' };
  if (actual.kind === 'empty') return { kind: 'manual', why: 'missing' };
  if (actual.kind === 'unreadable') return { kind: 'manual', why: 'unreadable' };
  if (actual.kind === 'outcome') return outcomeResult(actual.outcome, w, settings);
  // A date, a number or words answer nothing without their target (empty, or a formula without a
  // result: `120000人次` is words until the target says it counts 人次): the target's own issue
  // says what to do; no person's score is asked for meanwhile.
  if (target.kind === 'empty') return { kind: 'manual', why: 'missing' };
  if (actual.kind === 'words') return { kind: 'manual', why: 'qualitative' };
  if (actual.kind === 'date') {
    // 时效指标: on or before the deadline is met; a later date is late.
    // A deadline whose year nothing states (no year on the form or in the sheet name) against a
    // dated actual: on time or a year late, only a person knows. Never lend it the actual's year.
    if (target.kind === 'deadline' && target.date.year === null && actual.date.year !== null)
      return { kind: 'manual', why: 'deadlineYear' };
    if (target.kind === 'deadline')
      return compareDates(actual.date, target.date) <= 0
        ? outcomeResult('achieved', w, settings)
        : { kind: 'manual', why: 'late', outcome: 'late' };
    if (target.kind === 'quantity' || target.kind === 'range') return { kind: 'manual', why: 'dateForCount' };
    return { kind: 'manual', why: 'qualitative' };
  }
  // The actual is a quantity.
  if (target.kind === 'range') {
    // Inside the range is met; below it scores like `≥ low`; above it is full (and worth a look).
    const score = quantityScore('higher', target.low, actual.value, w, settings.reverseRule);
    return { kind: 'score', score: round2(score, settings.rounding) };
  }
  if (target.kind === 'quantity') {
    const score = quantityScore(target.direction, target.value, actual.value, w, settings.reverseRule);
    return { kind: 'score', score: round2(score, settings.rounding) };
  }
  // A qualitative target answered with 100% means achieved; any other number needs a person.
  if (actual.unit === '%' && actual.value.gte(HUNDRED)) return outcomeResult('achieved', w, settings);
  // A deadline answered by a bare number: most often a date whose cell shows its serial (45291).
  if (target.kind === 'deadline' && !actual.unit) return { kind: 'manual', why: 'numberForDate' };
  return { kind: 'manual', why: 'qualitative' };
}

/** 执行率 = 全年执行数 / 全年预算数 × 100, rounded; null when there is no budget or the 执行数 is
 * negative (no rate follows from it: NEGATIVE_VALUE on that cell says so). */
export function executionRate(
  budgeted: Decimal,
  executed: Decimal,
  settings: ScoringSettings,
): Decimal | null {
  if (budgeted.lte(0) || executed.isNegative()) return null;
  return round2(executed.div(budgeted).times(HUNDRED), settings.rounding);
}

/** 预算执行得分 = 执行率(rounded) / 100 × 分值, rounded, capped at the 分值 (two steps, as the system does). */
export function budgetScore(rate: Decimal, w: Decimal, settings: ScoringSettings): Decimal {
  return clamp(round2(rate.div(HUNDRED).times(w), settings.rounding), ZERO, w);
}

/** 评分等级: ≥ 90 优, ≥ 80 良, ≥ 60 中, < 60 差. */
export function gradeOf(total: Decimal): '优' | '良' | '中' | '差' {
  if (total.gte(90)) return '优';
  if (total.gte(80)) return '良';
  if (total.gte(60)) return '中';
  return '差';
}
