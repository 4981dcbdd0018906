// check: the forms on one sheet and their issues, read only.

import { evaluate, type FormEval } from '../score/evaluate';
import type { Grid } from '../model/grid';
import type { Issue } from '../model/issue';
import { recognise } from '../recognise/self-evaluation';
import type { SheetReport } from '../model/report';
import { withDefaults, type Settings } from '../model/settings';
import { SheetView } from '../model/sheet-view';
import { toReport } from './to-report';
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
