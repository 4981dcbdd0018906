// A negative 全年执行数 is the error, on its cell (domain.md §5): no 执行率, 得分 or 未执行比例
// follows from it, and a recalculation writes none (it wrote -25.00 and then flagged its own cell).

import { address, check, emptyState, recalculate } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../helpers/apply-to-grid';
import { fixture } from '../../helpers/fixtures';

it('a negative 全年执行数 is flagged alone, and nothing is computed from it', async () => {
  const blank = readGrids(await openWorkbook(fixture('2022-district-blank')))[0];
  const funds = evaluateSheet(blank, defaultSettings).evals[0].form.funds!;
  const executed = address(funds.executed!.row, funds.executed!.col);
  const rate = address(funds.rate!.row, funds.rate!.col);
  const grid = applyToGrid(blank, [{ kind: 'value', sheet: blank.sheet, cell: executed, value: -100 }]);
  const result = recalculate([grid], emptyState());
  expect(result.changes.map((c) => 'cell' in c && c.cell)).not.toContain(rate);
  const after = check(applyToGrid(grid, result.changes)).issues;
  expect(after.filter((i) => i.cell === executed).map((i) => i.code)).toEqual(['NEGATIVE_VALUE']);
  expect(after.filter((i) => i.cell === rate)).toEqual([]);
});
