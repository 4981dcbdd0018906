// The table of forms every file front end prints (the CLI's text report, the offline page): a row
// per form with its sheet, project, budget 得分, 总分, 评分等级 and its errors and warnings, the
// figures shown as every front end shows them (the cell, else what the rules give; '' for none).

import { countBySeverity } from '../core/model/issue';
import { issuesOfForm } from '../core/model/form-issues';
import type { FormReport, SheetReport } from '../core/model/report';
import { shownBudgetScore, shownGrade, shownTotal } from '../core/model/shown';
import { shownFixed2 } from '../core/values/decimal';
import { type WithFiles } from '../i18n/files';

/** The column headings, in the user's language. */
export function formColumns(m: WithFiles): string[] {
  return [
    m.cli.sheet,
    m.cli.project,
    m.cli.budgetScore,
    m.cli.total,
    m.cli.grade,
    m.cli.errors,
    m.cli.warnings,
  ];
}

/** One row per form of `sheets`, in sheet order, with the form it is for. */
export function formRows(sheets: SheetReport[]): { form: FormReport; cells: string[] }[] {
  return sheets.flatMap((s) =>
    s.forms.map((form) => {
      const c = countBySeverity(issuesOfForm(s, form));
      const cells = [
        s.sheet,
        form.projectName,
        shownFixed2(shownBudgetScore(form)),
        shownFixed2(shownTotal(form)),
        shownGrade(form) ?? '',
        String(c.errors),
        String(c.warnings),
      ];
      return { form, cells };
    }),
  );
}
