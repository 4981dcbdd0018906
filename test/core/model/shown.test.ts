// Which total and grade a form shows: the same in the CLI table, the 汇总表 and the task pane.

import type { FormReport } from '../../../src/core/model/report';
import { shown, shownBudgetScore, shownGrade, shownTotal } from '../../../src/core/model/shown';

const form = (held: { total: string | null; grade: string | null; budget: string | null }): FormReport =>
  ({
    total: { score: held.total, expectedScore: '92.22' },
    grade: { value: held.grade, expected: '优' },
    budget: { score: held.budget, expectedScore: '10.00' },
  }) as FormReport;

it('a form shows the 总分, 评分等级 and budget 得分 its cells hold, even where the rules differ', () => {
  const written = form({ total: '88.5', grade: '良', budget: '9' });
  expect([shownTotal(written), shownGrade(written), shownBudgetScore(written)]).toEqual(['88.5', '良', '9']);
});

it("a form whose computed cells are empty shows the rules' values", () => {
  const blank = form({ total: null, grade: null, budget: null });
  expect([shownTotal(blank), shownGrade(blank), shownBudgetScore(blank)]).toEqual(['92.22', '优', '10.00']);
  expect(shown(null, null)).toBeNull();
});
