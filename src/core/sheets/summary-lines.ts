// The lines of a 汇总表: one per recognised form, with what its cells hold (the values written,
// or the rules' values where a computed cell is empty), amounts in one unit for the totals.

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
  /** Why the workbook adds no form (it cannot be read), in the user's language: it is listed
   * under the 汇总表 with this reason instead of being left out unseen. */
  problem?: string;
}

export interface SummaryLine {
  file: string;
  sheet: string;
  /** Where its link points: the form's top-left cell ('A12'; 'L3' for a form beside another). */
  cell: string;
  project: string;
  implementer: string;
  budgeted: Decimal | null;
  executed: Decimal | null;
  rate: Decimal | null;
  budgetScore: Decimal | null;
  indicatorScore: Decimal | null;
  total: Decimal | null;
  grade: string;
  errors: number;
  warnings: number;
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

export function summaryLines(sources: SummarySource[], unit: FundUnit): SummaryLine[] {
  return sources.flatMap((source) =>
    source.reports.flatMap((sheet) =>
      sheet.forms.map((form) => {
        const amount = (held: string | null) => {
          const value = heldDecimal(held);
          return value && convertAmount(value, unitOf(form), unit);
        };
        const b = form.budget;
        return {
          file: source.file ?? '',
          sheet: sheet.sheet,
          cell: `${columnName((form.columns?.first ?? 1) - 1)}${form.rows.first}`,
          project: form.projectName,
          implementer: form.implementer,
          budgeted: amount(b.budgeted),
          executed: amount(b.executed),
          rate: heldDecimal(shown(b.rate, b.expectedRate)),
          budgetScore: heldDecimal(shownBudgetScore(form)),
          indicatorScore: indicatorScore(form),
          total: heldDecimal(shownTotal(form)),
          grade: shownGrade(form) ?? '',
          ...countBySeverity(issuesOfForm(sheet, form)),
        };
      }),
    ),
  );
}
