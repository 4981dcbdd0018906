// An empty computed cell may get a number format (domain.md §4): General or Text gets 0.00, and
// so does a numeric format that would print the score rounded away (97.73 under 0.0 prints
// 97.7, another score than the form states). One that shows the value keeps its format.

import { address, emptyState, recalculate, type Grid } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { fixture } from '../../helpers/fixtures';
import { form, FUNDS } from '../../helpers/written-form';

let blank: Grid;
let total: { row: number; col: number };
let totalWeight: { row: number; col: number };

beforeAll(async () => {
  // The 2023 city forms: the first one's 总分 is 99.83 (published), its 分值 100.
  blank = readGrids(await openWorkbook(fixture('2023-city-centre-blank')))[0];
  const f = evaluateSheet(blank, defaultSettings).evals[0].form;
  total = f.total!.score;
  totalWeight = f.total!.weight;
});

/** The blank grid with the 总分 cells formatted `format`: the writes into them. */
function writesUnder(format: string) {
  const formats = blank.formats.map((r) => r.slice());
  const values = blank.values.map((r) => r.slice());
  const text = blank.text.map((r) => r.slice());
  for (const c of [total, totalWeight]) {
    formats[c.row - blank.top][c.col - blank.left] = format;
    values[c.row - blank.top][c.col - blank.left] = null;
    text[c.row - blank.top][c.col - blank.left] = '';
  }
  const grid = { ...blank, formats, values, text };
  const changes = recalculate([grid], emptyState(), { rounding: 'down' }).changes;
  const at = (c: { row: number; col: number }) =>
    changes.find((ch) => ch.kind === 'value' && ch.cell === address(c.row, c.col));
  return { total: at(total), weight: at(totalWeight) };
}

it('0.0 would print 99.8 for 99.83: the empty 总分 gets 0.00; its 分值 100 keeps 0.0', () => {
  const { total: t, weight: w } = writesUnder('0.0');
  expect(t).toEqual(expect.objectContaining({ value: 99.83, format: '0.00' }));
  expect(w).toEqual(expect.objectContaining({ value: 100 }));
  expect(w).not.toHaveProperty('format');
});

it('a format that shows the score as it is stays', () => {
  expect(writesUnder('#,##0.00').total).not.toHaveProperty('format');
  expect(writesUnder('0.00_ ').total).not.toHaveProperty('format');
});

// A template with its 得分 column formatted 0% (copied from the 执行率 column): the score 30 was
// written as 0.3, showing "30%", and a SUM over the column added 0.3.
it('an empty 总分 formatted as a percentage gets the points themselves under 0.00, never a fraction', () => {
  const { total: t, weight: w } = writesUnder('0%');
  expect(t).toEqual(expect.objectContaining({ value: 99.83, format: '0.00' }));
  expect(w).toEqual(expect.objectContaining({ value: 100, format: '0.00' }));
});

// An empty 执行率 formatted 0% took 0.6875 and showed 69%: the form stated another rate than
// the 68.75 % its score follows from.
it.each([
  ['0%', '0.00%'],
  ['0.0%', '0.00%'],
  ['0.00%', undefined],
])('an empty 执行率 formatted %s shows 68.75%% (format written: %s)', (format, written) => {
  const g = form({ funds: [FUNDS[0], ['年度资金总额', 100, 100, 68.75, 10, null, null]] });
  g.formats[4][5] = format;
  const rate = recalculate([g], emptyState()).changes.find((c) => c.kind === 'value' && c.cell === 'F5');
  expect(rate).toEqual({
    kind: 'value',
    sheet: '自评表',
    cell: 'F5',
    value: 0.6875,
    ...(written ? { format: written } : {}),
  });
});
