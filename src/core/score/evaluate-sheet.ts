// One sheet through recognition and scoring, once: every operation (check, recalculate, summary)
// starts here and works from what it returns.

import type { Grid } from '../model/grid';
import type { ScoringSettings } from '../model/settings';
import { SheetView } from '../model/sheet-view';
import { recognise } from '../recognise/self-evaluation';
import { evaluate, type FormEval } from './evaluate';

export interface SheetEvaluation {
  view: SheetView;
  evals: FormEval[];
}

/** The 自评表 on a sheet (recognised once) and each form's evaluation; `written`: the 得分
 * SelfEval wrote on it (scoresOn). */
export function evaluateSheet(
  grid: Grid,
  settings: ScoringSettings,
  written?: ReadonlyMap<string, number>,
): SheetEvaluation {
  const view = new SheetView(grid);
  return { view, evals: recognise(view).map((form) => evaluate(view, form, settings, written)) };
}
