// A 偏差原因 of punctuation alone ('/', '-', '——') explains nothing: a row scoring below its 分值
// still asks for its reason (domain.md §5), and the reason cell is highlighted.

import { address, check, type Grid } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { fixture } from '../../helpers/fixtures';

let published: Grid;

beforeAll(async () => {
  published = readGrids(await openWorkbook(fixture('2022-district')))[0];
});

/** The first indicator scored 20 of 30, its 偏差原因 holding `reason`: the reason cell's issues. */
function reasonIssues(reason: string): string[] {
  const row = evaluateSheet(published, defaultSettings).evals[0].form.indicators[0];
  const at = (c: { row: number; col: number }) => address(c.row, c.col);
  const grid = applyToGrid(published, [
    { kind: 'value', sheet: published.sheet, cell: at(row.score), value: 20 },
    { kind: 'value', sheet: published.sheet, cell: at(row.reason!), value: reason },
  ]);
  return check(grid)
    .issues.filter((i) => i.cell === at(row.reason!))
    .map((i) => i.code);
}

it.each(['/', '-', '——', '…'])('a reason of “%s” is no reason: MISSING_REASON', (placeholder) => {
  expect(reasonIssues(placeholder)).toContain('MISSING_REASON');
});

it('a reason in words is one', () => {
  expect(reasonIssues('部分社区体检延后至次年一季度')).not.toContain('MISSING_REASON');
});
