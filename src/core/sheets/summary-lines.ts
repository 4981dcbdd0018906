// The lines of a 汇总表: one per recognised form, with its figures as a recalculation leaves them
// (a stale 执行率 is the rules' here, a typed score the user's), the figures the form does not
// hold yet named, amounts in one unit for the totals, and its issues as the form is.

import { Decimal, heldDecimal } from '../values/decimal';
import { issuesOfForm } from '../model/form-issues';
import { columnName } from '../model/grid';
import { countBySeverity } from '../model/issue';
import { convertAmount, type FundUnit } from '../values/fund-unit';
import type { FormReport, SheetReport } from '../model/report';
import { shown, shownBudgetScore, shownGrade, shownTotal } from '../model/shown';

export interface SummarySource {
  /** The workbook the reports come from, as a link from the summary should name it; absent or
   * '' for the workbook the summary sheet is added to. */
  file?: string;
  reports: SheetReport[];
  /** The same sheets as a recalculation would leave them (asRecalculated): the lines show their
   * figures, and name those the form does not hold yet. Without it, the forms' as they are. */
  recalculated?: SheetReport[];
  /** Why the workbook adds no form (it cannot be read), in the user's language: it is listed
   * under the 汇总表 with this reason instead of being left out unseen. */
  problem?: string;
}

/** The figures of a line that a recalculation can change. */
export type Figure = 'rate' | 'budgetScore' | 'indicatorScore' | 'total' | 'grade';

type Figures = Record<Exclude<Figure, 'grade'>, Decimal | null> & { grade: string };

const FIGURES: Figure[] = ['rate', 'budgetScore', 'indicatorScore', 'total', 'grade'];

export interface SummaryLine extends Figures {
  file: string;
  sheet: string;
  /** The sheet is hidden: Excel can show no place on it. */
  hidden: boolean;
  /** Where its link points: the form's top-left cell ('A12'; 'L3' for a form beside another). */
  cell: string;
  project: string;
  implementer: string;
  budgeted: Decimal | null;
  executed: Decimal | null;
  /** The issues of the form as it is: what stands between it and sending it. */
  errors: number;
  warnings: number;
  /** The figures that differ from what the form shows now (stale there until recalculated). */
  recalculated: Figure[];
}

const unitOf = (form: FormReport): FundUnit => (form.fundUnit === '元' ? '元' : '万元');

/** The unit the summary shows amounts in: the forms' own when they agree, else 万元. */
export function summaryUnit(sources: SummarySource[]): FundUnit {
  const units = new Set(sources.flatMap((s) => s.reports.flatMap((r) => r.forms.map(unitOf))));
  return units.size === 1 ? [...units][0] : '万元';
}

/** Σ 指标得分, or null while any indicator has no score. */
function indicatorScore(form: FormReport): Decimal | null {
  let sum = new Decimal(0);
  for (const i of form.indicators) {
    const score = heldDecimal(shown(i.score, i.expectedScore));
    if (score === null) return null;
    sum = sum.plus(score);
  }
  return sum;
}

function figuresOf(form: FormReport): Figures {
  const b = form.budget;
  return {
    rate: heldDecimal(shown(b.rate, b.expectedRate)),
    budgetScore: heldDecimal(shownBudgetScore(form)),
    indicatorScore: indicatorScore(form),
    total: heldDecimal(shownTotal(form)),
    grade: shownGrade(form) ?? '',
  };
}

function same(a: Decimal | string | null, b: Decimal | string | null): boolean {
  if (a instanceof Decimal && b instanceof Decimal) return a.eq(b);
  return a === b;
}

export function summaryLines(sources: SummarySource[], unit: FundUnit): SummaryLine[] {
  return sources.flatMap((source) =>
    source.reports.flatMap((sheet, s) =>
      sheet.forms.map((form, f): SummaryLine => {
        const amount = (held: string | null) => {
          const value = heldDecimal(held);
          return value && convertAmount(value, unitOf(form), unit);
        };
        const now = figuresOf(form);
        const again = source.recalculated?.[s];
        const after = again?.sheet === sheet.sheet ? again.forms[f] : undefined;
        const figures = after ? figuresOf(after) : now;
        return {
          file: source.file ?? '',
          sheet: sheet.sheet,
          hidden: sheet.issues.some((i) => i.code === 'HIDDEN_SHEET'),
          cell: `${columnName((form.columns?.first ?? 1) - 1)}${form.rows.first}`,
          project: form.projectName,
          implementer: form.implementer,
          budgeted: amount(form.budget.budgeted),
          executed: amount(form.budget.executed),
          ...figures,
          ...countBySeverity(issuesOfForm(sheet, form)),
          recalculated: FIGURES.filter((k) => !same(now[k], figures[k])),
        };
      }),
    ),
  );
}
