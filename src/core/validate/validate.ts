// Validation before emailing (domain.md §5): every problem as an Issue with a stable code, a
// severity, the cell, and a message in the user's language.

import { fixed2, Decimal, same2 } from '../values/decimal';
import { valueOf, type FormEval, type IndicatorEval } from '../score/evaluate';
import { address } from '../model/grid';
import type { Issue, IssueCode, Severity } from '../model/issue';
import { bandOf, budgetScore, executionRate, inBand } from '../score/rules';
import type { CheckingSettings } from '../model/settings';
import type { Cell } from '../model/sheet-view';
import type { NumberRead } from '../values/number';
import { format, type Messages } from '../../i18n';

type Params = Record<string, string | number>;

export class IssueList {
  readonly items: Issue[] = [];
  constructor(
    readonly sheet: string,
    readonly settings: CheckingSettings,
    readonly m: Messages,
  ) {}

  add(code: IssueCode, severity: Severity, cell: Cell | null, params: Params = {}): void {
    this.items.push({
      code,
      severity,
      sheet: this.sheet,
      cell: cell ? address(cell.row, cell.col) : '',
      message: format(this.m.issue[code], params),
    });
  }

  /** The note that the other rounding mode gives what the sheet holds. */
  hint(mode: CheckingSettings['rounding']): string {
    // Named as the pane's settings name it, so the user finds the setting.
    const name = mode === 'down' ? this.m.ui.roundingDown : this.m.ui.roundingHalfUp;
    return format(this.m.hint.rounding, { mode: name });
  }

  what(key: keyof Messages['what']): string {
    return this.m.what[key];
  }
}

const show = (d: Decimal) => fixed2(d);
const shown = (read: NumberRead | null) =>
  read?.kind === 'number' ? show(read.value) : read?.kind === 'unreadable' ? read.text : '';

function checkNumberCell(out: IssueList, read: NumberRead | null, cell: Cell | null, what: string): void {
  if (!read || !cell) return;
  if (read.kind === 'unreadable') out.add('UNREADABLE_VALUE', 'error', cell, { what, value: read.text });
  else if (read.kind === 'number' && read.value.isNegative())
    out.add('NEGATIVE_VALUE', 'error', cell, { what, value: show(read.value) });
}

function checkIndicator(out: IssueList, i: IndicatorEval, settings: CheckingSettings): void {
  const { row, name } = i;
  const m = out.m;
  const w = valueOf(i.weight);
  const written = valueOf(i.score);
  if (i.weight.kind === 'empty' || i.weight.kind === 'dash')
    out.add('MISSING_WEIGHT', 'error', row.weight, { name });
  checkNumberCell(out, i.weight, row.weight, out.what('weight'));
  checkNumberCell(out, i.score, row.score, out.what('score'));
  if (i.target.kind === 'unreadable')
    out.add('UNREADABLE_VALUE', 'error', row.target, { what: out.what('target'), value: i.targetText });
  if (i.target.kind === 'empty') out.add('MISSING_FIELD', 'error', row.target, { field: out.what('target') });
  if (i.actual.kind === 'empty') out.add('MISSING_FIELD', 'error', row.actual, { field: out.what('actual') });

  // Units: 万人次 against 人次 is a real mismatch.
  if (
    i.target.kind === 'quantity' &&
    i.actual.kind === 'quantity' &&
    i.target.unit &&
    i.actual.unit &&
    i.target.unit !== i.actual.unit
  ) {
    out.add('UNIT_MISMATCH', 'warning', row.actual, {
      name,
      actualUnit: i.actual.unit,
      targetUnit: i.target.unit,
    });
  }
  // Over-completion without an explanation.
  if (
    i.target.kind === 'quantity' &&
    i.actual.kind === 'quantity' &&
    i.target.direction !== 'lower' &&
    i.target.value.gt(0) &&
    i.actual.value.gte(i.target.value.times(settings.overCompletion)) &&
    !i.reasonText
  ) {
    const ratio = i.actual.value.div(i.target.value).toDecimalPlaces(2).toString();
    out.add('OVER_COMPLETION', 'warning', row.reason ?? row.actual, {
      name,
      actual: i.actualText,
      target: i.targetText,
      ratio,
    });
  }
  if (w === null) return;
  if (written && written.gt(w))
    out.add('SCORE_OVER_WEIGHT', 'error', row.score, { name, score: show(written), weight: show(w) });

  const rule = i.rule;
  if (rule && rule.kind === 'manual' && rule.why !== 'missing') {
    if (written === null) {
      const why = rule.why === 'unreadable' ? m.why.unreadable : m.why[rule.why];
      out.add('MANUAL_SCORE_NEEDED', 'warning', row.score, { name, why });
    }
  }
  if (written !== null && rule) {
    // The band a typed score must keep to follows from the outcome (达成 [0.8w, w], 部分达成 …).
    const band = rule.outcome ? bandOf(rule.outcome, w) : null;
    if (band && !inBand(written, band)) {
      out.add('MANUAL_SCORE_OUT_OF_BAND', 'error', row.score, {
        name,
        outcome: m.outcome[band.outcome],
        low: show(band.low),
        high: show(band.high),
        score: show(written),
      });
    } else if (rule.kind === 'score' && !same2(written, rule.score)) {
      out.add('SCORE_MISMATCH', 'warning', row.score, {
        name,
        found: show(written),
        expected: show(rule.score),
      });
    }
  }
  // 得分 < 分值 needs 偏差原因分析: the system refuses to save such a form.
  const effective = i.effective;
  if (effective && effective.lt(w) && !i.reasonText && row.reason) {
    out.add('MISSING_REASON', 'error', row.reason, { name, score: show(effective), weight: show(w) });
  }
}

function checkBudget(out: IssueList, e: FormEval): void {
  const b = e.budget;
  const funds = e.form.funds;
  if (!b || !funds) return;
  checkNumberCell(out, b.budgeted, funds.budgeted, out.what('budgeted'));
  checkNumberCell(out, b.executed, funds.executed, out.what('executed'));
  checkNumberCell(out, b.rate, funds.rate, out.what('rate'));
  checkNumberCell(out, b.score, funds.score, out.what('score'));
  const budgeted = valueOf(b.budgeted);
  const executed = valueOf(b.executed);
  if (b.budgeted.kind !== 'unreadable' && (budgeted === null || budgeted.isZero()))
    out.add('NO_BUDGET', 'error', funds.budgeted);
  if (budgeted && executed && budgeted.gt(0) && executed.gt(budgeted)) {
    out.add('BUDGET_OVERRUN', 'warning', funds.executed, {
      executed: show(executed),
      budgeted: show(budgeted),
    });
  }
  // The sheet's numbers may follow the other rounding mode (the 2023 city forms truncate): say
  // so. Worked out only for a mismatch.
  const other: CheckingSettings = {
    ...out.settings,
    rounding: out.settings.rounding === 'down' ? 'half-up' : 'down',
  };
  const otherRate = () => (budgeted && executed ? executionRate(budgeted, executed, other) : null);
  const hint = (matches: boolean) => (matches ? out.hint(other.rounding) : '');
  const rate = valueOf(b.rate);
  if (rate && b.expectedRate && !same2(rate, b.expectedRate)) {
    const alternative = otherRate();
    out.add('BUDGET_RATE_MISMATCH', 'error', funds.rate, {
      found: shown(b.rate),
      expected: show(b.expectedRate),
      hint: hint(!!alternative && same2(rate, alternative)),
    });
  }
  // Sub-rows print 执行率 only; a stale one is worth a look, not a refusal.
  for (const sub of b.subRows) {
    const found = valueOf(sub.rate);
    if (found && sub.expectedRate && sub.row.rate && !same2(found, sub.expectedRate)) {
      out.add('BUDGET_RATE_MISMATCH', 'warning', sub.row.rate, {
        found: shown(sub.rate),
        expected: show(sub.expectedRate),
        hint: '',
      });
    }
  }
  const score = valueOf(b.score);
  if (score && b.expectedScore && !same2(score, b.expectedScore)) {
    const basis = otherRate() ?? b.scoreBasis!;
    out.add('BUDGET_SCORE_MISMATCH', 'error', funds.score, {
      found: show(score),
      rate: show(b.scoreBasis!),
      expected: show(b.expectedScore),
      hint: hint(same2(score, budgetScore(basis, b.w, other))),
    });
  }
  // Unexecuted share > 20 %.
  if (budgeted && executed && budgeted.gt(0)) {
    const share = new Decimal(1).minus(executed.div(budgeted)).times(100);
    if (share.gt(20)) out.add('LOW_EXECUTION', 'warning', funds.executed, { share: show(share) });
  }
}

/** Indicator achievement far above budget execution: (Σ指标得分/Σ分值 − 预算得分/10) / (Σ指标得分/Σ分值) > 5 %. */
function checkConsistency(out: IssueList, e: FormEval): void {
  const budgetScore = e.budget?.effective;
  if (!budgetScore || !e.budget || e.weightSum.lte(0)) return;
  let sum = new Decimal(0);
  for (const i of e.indicators) {
    if (!i.effective) return;
    sum = sum.plus(i.effective);
  }
  const achievement = sum.div(e.weightSum);
  if (achievement.lte(0)) return;
  const execution = budgetScore.div(e.budget.w);
  if (achievement.minus(execution).div(achievement).gt(0.05)) {
    out.add('ACHIEVEMENT_GAP', 'warning', e.form.funds?.score ?? null, {
      achievement: show(achievement.times(100)),
      execution: show(execution.times(100)),
    });
  }
}

function checkTotals(out: IssueList, e: FormEval): void {
  const total = e.form.total;
  const hundred = new Decimal(100);
  if (!e.expectedTotalWeight.eq(hundred)) {
    out.add('WEIGHT_SUM', 'error', total?.weight ?? e.form.indicators[0]?.weight ?? null, {
      sum: show(e.expectedTotalWeight),
      indicators: show(e.weightSum),
    });
  }
  if (total) {
    const weight = valueOf(e.totalWeight);
    if (weight && !same2(weight, e.expectedTotalWeight)) {
      out.add('TOTAL_WEIGHT_MISMATCH', 'error', total.weight, {
        found: show(weight),
        expected: show(e.expectedTotalWeight),
      });
    }
    checkNumberCell(out, e.totalScore, total.score, out.what('score'));
    const score = valueOf(e.totalScore);
    if (score && e.expectedTotal && !same2(score, e.expectedTotal)) {
      out.add('TOTAL_MISMATCH', 'error', total.score, {
        found: show(score),
        expected: show(e.expectedTotal),
      });
    }
  }
  const grade = e.form.grade;
  if (grade && e.grade && e.expectedGrade && e.grade !== e.expectedGrade) {
    const basis = e.expectedTotal ?? valueOf(e.totalScore);
    out.add('GRADE_MISMATCH', 'error', grade, {
      found: e.grade,
      expected: e.expectedGrade,
      total: basis ? show(basis) : '',
    });
  }
}

function checkFields(out: IssueList, e: FormEval): void {
  const f = e.form;
  const m = out.m.field;
  const required = [
    [f.projectName, m.projectName],
    [f.department, m.department],
    [f.implementer, m.implementer],
    [f.expectedGoal, m.expectedGoal],
    [f.actualGoal, m.actualGoal],
  ] as const;
  for (const [fieldValue, label] of required) {
    if (!fieldValue.text) out.add('MISSING_FIELD', 'error', fieldValue.cell, { field: label });
  }
}

/** Computed cells left empty that the rules can fill: the form is not ready to send. */
function checkCalculated(out: IssueList, e: FormEval): void {
  const empty = (read: NumberRead | null) => !read || read.kind === 'empty';
  const missing = (
    cell: Cell | null | undefined,
    read: NumberRead | null,
    expected: Decimal | null,
    what: string,
  ) => {
    if (cell && expected && empty(read))
      out.add('NOT_CALCULATED', 'error', cell, { what, expected: show(expected) });
  };
  for (const i of e.indicators) {
    if (!i.scoreIsFormula && i.expected && empty(i.score)) {
      missing(i.row.score, i.score, i.expected, `“${i.name}”${out.what('score')}`);
    }
  }
  missing(e.form.funds?.rate, e.budget?.rate ?? null, e.budget?.expectedRate ?? null, out.what('rate'));
  missing(e.form.funds?.score, e.budget?.score ?? null, e.budget?.expectedScore ?? null, out.what('score'));
  missing(e.form.total?.score, e.totalScore, e.expectedTotal, out.what('total'));
  if (e.form.grade && !e.grade && e.expectedGrade) {
    out.add('NOT_CALCULATED', 'error', e.form.grade, { what: out.what('grade'), expected: e.expectedGrade });
  }
}

/** Every issue of one evaluated form. */
export function validate(e: FormEval, settings: CheckingSettings, m: Messages): Issue[] {
  const out = new IssueList(e.form.sheet, settings, m);
  checkFields(out, e);
  checkBudget(out, e);
  for (const i of e.indicators) checkIndicator(out, i, settings);
  checkConsistency(out, e);
  checkTotals(out, e);
  checkCalculated(out, e);
  return out.items;
}
