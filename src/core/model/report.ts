// FormReport: what one recognised 自评表 holds and what the rules give, in the shape the CLI's
// --json prints. Numbers are decimal strings ('9.83'); null means empty (or, for expected…, that a
// person must judge). Cells are A1 addresses without the sheet name.

import type { Issue } from './issue';

export interface BudgetReport {
  /** The 得分 cell of the 年度资金总额 row. */
  cell: string | null;
  rateCell: string | null;
  budgeted: string | null;
  executed: string | null;
  rate: string | null;
  score: string | null;
  expectedRate: string | null;
  expectedScore: string | null;
}

export interface IndicatorReport {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string | null;
  score: string | null;
  expectedScore: string | null;
  scoreCell: string;
  reasonCell: string | null;
  reason: string;
}

export interface FormReport {
  sheet: string;
  title: string;
  year: string;
  projectName: string;
  department: string;
  implementer: string;
  /** 预期目标 and 实际完成情况 as written ('' when empty). */
  expectedGoal: string;
  actualGoal: string;
  /** '万元' or '元' as the funds header says. */
  fundUnit: string;
  /** First and last row (1-based) the form covers. */
  rows: { first: number; last: number };
  /** First and last column (1-based) of a form laid side by side with others; absent when the
   * form has its rows to itself. */
  columns?: { first: number; last: number };
  budget: BudgetReport;
  indicators: IndicatorReport[];
  total: {
    cell: string | null;
    weightCell: string | null;
    weight: string | null;
    score: string | null;
    expectedScore: string | null;
  };
  grade: { cell: string | null; value: string | null; expected: string | null };
}

/** All the forms of one sheet and the issues found on it. */
export interface SheetReport {
  sheet: string;
  forms: FormReport[];
  issues: Issue[];
}
