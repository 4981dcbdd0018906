// check: the forms on one sheet and their issues, read only.

import { evaluate, type FormEval } from './evaluate';
import type { Grid } from './grid';
import type { Issue } from './issue';
import { recognise } from './recognise';
import type { SheetReport } from './report';
import { withDefaults, type Settings } from './settings';
import { SheetView } from './sheet';
import { toReport } from './toReport';
import { IssueList, validate } from './validate';

export interface SheetEvaluation {
  view: SheetView;
  evals: FormEval[];
}

export function evaluateSheet(grid: Grid, settings: Settings): SheetEvaluation {
  const view = new SheetView(grid);
  return { view, evals: recognise(view).map((form) => evaluate(view, form, settings)) };
}

export function reportOf(sheet: SheetEvaluation, settings: Settings): SheetReport {
  const issues: Issue[] = sheet.evals.flatMap((e) => validate(e, settings));
  if (!sheet.evals.length) {
    const none = new IssueList(sheet.view.grid.sheet, settings);
    none.add('NO_FORM', 'info', null);
    issues.push(...none.items);
  }
  return { sheet: sheet.view.grid.sheet, forms: sheet.evals.map(toReport), issues };
}

/** The forms on one sheet and every issue found, without changing anything. */
export function check(grid: Grid, settings?: Partial<Settings>): SheetReport {
  const s = withDefaults(settings);
  return reportOf(evaluateSheet(grid, s), s);
}
