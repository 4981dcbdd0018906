// A computed cell that holds the right number typed as text ('100.00', '99.55') is right: check
// finds nothing there, so recalc changes nothing (rewriting it as a number changes what it shows).

import { address, check, emptyState, recalculate, type Grid } from '../../../src/core';
import type { Cell } from '../../../src/core/model/sheet-view';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { fixture } from '../../helpers/fixtures';

let published: Grid;

beforeAll(async () => {
  published = readGrids(await openWorkbook(fixture('2022-district')))[0];
});

it('budget 执行率, 得分 and 总分 typed as the text they show: no issue there, and no change there', () => {
  const [e] = evaluateSheet(published, defaultSettings).evals;
  const cells = [e.form.funds!.rate!, e.form.funds!.score!, e.form.total!.score] as Cell[];
  const at = (c: Cell) => address(c.row, c.col);
  const shown = (c: Cell) => published.text[c.row - published.top][c.col - published.left];
  const typed = applyToGrid(
    published,
    cells.map((c) => ({ kind: 'value', sheet: published.sheet, cell: at(c), value: shown(c), format: '@' })),
  );
  // The cells now hold as text what they showed.
  expect(cells.map((c) => typed.values[c.row - typed.top][c.col - typed.left])).toEqual(cells.map(shown));

  const issues = check(typed).issues.filter((i) => cells.map(at).includes(i.cell ?? ''));
  expect(issues).toEqual([]);
  // The changes are the published form's own (its stale sub-row 执行率), none in these cells.
  const changes = recalculate([typed], emptyState()).changes;
  expect(changes).toEqual(recalculate([published], emptyState()).changes);
  expect(changes.filter((c) => 'cell' in c && cells.map(at).includes(c.cell))).toEqual([]);
});
