// A form without merged cells: a label in A, a blank cell in B, its value from C (as the text
// dumps of real forms show, `项目名称⇥⇥65岁…`). The value is found past the blank cell, and a
// blank form's value cell is in C too, where the form's values stand, never the gap in B.

import path from 'path';
import { check, emptyState, recalculate, type Grid } from '../../../src/core';
import { recognise } from '../../../src/core/recognise/self-evaluation';
import { SheetView } from '../../../src/core/model/sheet-view';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { FIXTURES } from '../../helpers/fixtures';

let grid: Grid;

beforeAll(async () => {
  [grid] = readGrids(await openWorkbook(path.join(FIXTURES, 'files', 'unmerged-labels.xlsx')));
});

const at = (c: { row: number; col: number } | null) => c && `${String.fromCharCode(65 + c.col)}${c.row + 1}`;

it('reads 项目名称, 主管部门 and 评分等级 past the blank cell beside their labels', () => {
  const [form] = recognise(new SheetView(grid));
  expect([at(form.projectName.cell), at(form.department.cell), at(form.grade)]).toEqual(['C3', 'C4', 'C20']);
  expect(form.projectName.text).not.toBe('');
  expect(form.department.text).not.toBe('');
  const codes = check(grid).issues.map((i) => `${i.code} ${i.cell}`);
  expect(codes.filter((c) => /MISSING_FIELD|NOT_CALCULATED/.test(c))).toEqual([]);
  // The grade 优 in C20 is right: nothing is written beside it.
  const cells = recalculate([grid], emptyState()).changes.map((c) => 'cell' in c && c.cell);
  expect(cells).not.toContain('B20');
  expect(cells).not.toContain('C20');
});

it('on the form left blank, the value cells are C3, C4 and C20: named as missing there, the grade written there', () => {
  const blank = applyToGrid(
    grid,
    ['C3', 'C4', 'C20'].map((cell) => ({ kind: 'value' as const, sheet: grid.sheet, cell, value: null })),
  );
  const [form] = recognise(new SheetView(blank));
  expect([at(form.projectName.cell), at(form.department.cell), at(form.grade)]).toEqual(['C3', 'C4', 'C20']);
  const missing = check(blank)
    .issues.filter((i) => i.code === 'MISSING_FIELD')
    .map((i) => i.cell);
  expect(missing).toEqual(expect.arrayContaining(['C3', 'C4']));
  const grade = recalculate([blank], emptyState()).changes.find((c) => 'cell' in c && c.cell === 'C20');
  expect(grade).toMatchObject({ value: '优' });
});
