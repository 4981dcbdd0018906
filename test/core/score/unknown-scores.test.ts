// A 得分 the file cannot tell (a formula without a saved result, unreadable text) or a row without
// a 分值 leaves the 总分 and the 评分等级 unknown (domain.md §2–§3): recalculation writes neither
// rather than a 总分 built on the rule's score in place of what the cell will show, or a grade
// taken from a typed 总分 the rows cannot confirm.

import { address, emptyState, recalculate, type Grid } from '../../../src/core';
import type { Cell } from '../../../src/core/model/sheet-view';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { fixture } from '../../helpers/fixtures';

let blank: Grid;

beforeAll(async () => {
  // The district forms with every computed cell emptied.
  blank = readGrids(await openWorkbook(fixture('2022-district-blank')))[0];
});

const form = (grid: Grid) => evaluateSheet(grid, defaultSettings).evals[0].form;

/** The grid with `cell` holding `value` (shown as written) and, when given, `formula`. */
function withCell(
  grid: Grid,
  cell: Cell,
  value: string | number | null,
  formula: string | null = null,
): Grid {
  const r = cell.row - grid.top;
  const c = cell.col - grid.left;
  const copy = (rows: unknown[][] | undefined) => rows?.map((row) => row.slice());
  const values = copy(grid.values) as Grid['values'];
  const text = copy(grid.text) as Grid['text'];
  const formulas = (copy(grid.formulas) ?? grid.values.map((row) => row.map(() => null))) as (
    string | null
  )[][];
  values[r][c] = value;
  text[r][c] = value === null ? '' : String(value);
  formulas[r][c] = formula;
  return { ...grid, values, text, formulas };
}

/** The cells a recalculation of `grid` writes. */
const written = (grid: Grid) =>
  recalculate([grid], emptyState()).changes.flatMap((c) => ('cell' in c ? [c.cell] : []));

it('a 得分 formula without a result: neither 总分 nor 评分等级 is written', () => {
  const f = form(blank);
  const score = f.indicators[0].score;
  const total = address(f.total!.score.row, f.total!.score.col);
  const grade = address(f.grade!.row, f.grade!.col);
  const waiting = withCell(blank, score, null, '=IF(E12>=27000,5,0)');
  expect(written(waiting)).not.toContain(total);
  expect(written(waiting)).not.toContain(grade);
  // Its result saved (5 of 30), the 总分 counts what the cell shows: written, with its grade.
  const calculated = withCell(blank, score, 5, '=IF(E12>=27000,5,0)');
  expect(written(calculated)).toEqual(expect.arrayContaining([total, grade]));
  const after = recalculate([calculated], emptyState()).changes.find((c) => 'cell' in c && c.cell === total);
  expect(after && 'value' in after && after.value).toBe(75);
});

it('a budget 得分 formula without a result leaves the 总分 unwritten too', () => {
  const f = form(blank);
  const total = address(f.total!.score.row, f.total!.score.col);
  expect(written(withCell(blank, f.funds!.score!, null, '=H5/10'))).not.toContain(total);
});

it('a typed 总分 the rows cannot confirm (a row without 分值) earns no written grade', () => {
  const f = form(blank);
  const grade = address(f.grade!.row, f.grade!.col);
  let grid = withCell(blank, f.indicators[1].weight, null);
  grid = withCell(grid, f.total!.score, 99);
  expect(written(grid)).not.toContain(grade);
  // With every 分值 the rows give the 总分, and the grade follows it.
  expect(written(withCell(blank, f.total!.score, 99))).toContain(grade);
});

it('a 年度指标值 formula without a result asks for the workbook to be calculated, not for a person’s score', () => {
  const f = form(blank);
  const row = f.indicators[1];
  const grid = withCell(blank, row.target!, null, '=TEXT(100,"0")&"%"');
  const issues = recalculate([grid], emptyState()).reports[0].issues;
  const at = (cell: Cell) => issues.filter((i) => i.cell === address(cell.row, cell.col)).map((i) => i.code);
  expect(at(row.target!)).toEqual(['FORMULA_NOT_CALCULATED']);
  expect(at(row.score)).toEqual([]);
});

it('the empty 总分 and 评分等级 say what they wait for: the 得分 cell that holds no readable number', () => {
  const f = form(blank);
  const row = f.indicators[0];
  const grid = withCell(blank, row.score, null, '=IF(E12>=27000,5,0)');
  const issues = recalculate([grid], emptyState()).reports[0].issues;
  const at = (cell: Cell) => issues.filter((i) => i.cell === address(cell.row, cell.col));
  const name = evaluateSheet(blank, defaultSettings).evals[0].indicators[0].name;
  for (const cell of [f.total!.score, f.grade!]) {
    expect(at(cell).map((i) => i.code)).toEqual(['WAITING_FOR_SCORES']);
    expect(at(cell)[0].message).toContain(`“${name}”得分单元格`);
  }
});
