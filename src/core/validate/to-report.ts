// FormEval → FormReport: the plain shape the CLI's --json prints and the task pane shows.

import { fixed2, type Decimal } from '../values/decimal';
import type { FormEval } from '../score/evaluate';
import { address } from '../model/grid';
import type { NumberRead } from '../values/number';
import type { FormReport } from '../model/report';
import type { Cell } from '../model/sheet-view';

const at = (c: Cell | null) => (c ? address(c.row, c.col) : null);
const dec = (d: Decimal | null) => (d ? fixed2(d) : null);
/** What a numeric cell holds as a decimal string; text that is no number comes back as written. */
const held = (read: NumberRead | null): string | null => {
  if (!read) return null;
  if (read.kind === 'number') return read.value.toString();
  if (read.kind === 'unreadable') return read.text;
  return null;
};

export function toReport(e: FormEval): FormReport {
  const f = e.form;
  const b = e.budget;
  return {
    sheet: f.sheet,
    title: f.title,
    year: f.year,
    projectName: f.projectName.text,
    department: f.department.text,
    implementer: f.implementer.text,
    expectedGoal: f.expectedGoal.text,
    actualGoal: f.actualGoal.text,
    fundUnit: f.fundUnit,
    rows: { first: f.first + 1, last: f.last + 1 },
    ...(f.columns ? { columns: { first: f.columns.first + 1, last: f.columns.last + 1 } } : {}),
    budget: {
      cell: at(f.funds?.score ?? null),
      rateCell: at(f.funds?.rate ?? null),
      budgeted: held(b?.budgeted ?? null),
      executed: held(b?.executed ?? null),
      rate: held(b?.rate ?? null),
      score: held(b?.score ?? null),
      expectedRate: dec(b?.expectedRate ?? null),
      expectedScore: dec(b?.expectedScore ?? null),
    },
    indicators: e.indicators.map((i) => ({
      level1: i.row.level1,
      level2: i.row.level2,
      name: i.name,
      target: i.targetText,
      actual: i.actualText,
      weight: held(i.weight),
      score: held(i.score),
      expectedScore: dec(i.expected),
      scoreCell: at(i.row.score)!,
      reasonCell: at(i.row.reason),
      reason: i.reasonText,
    })),
    total: {
      cell: at(f.total?.score ?? null),
      weightCell: at(f.total?.weight ?? null),
      weight: held(e.totalWeight),
      score: held(e.totalScore),
      expectedScore: dec(e.expectedTotal),
    },
    grade: { cell: at(f.grade), value: e.grade || null, expected: e.expectedGrade },
  };
}
