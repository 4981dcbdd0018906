// A protected sheet cannot be written: a recalculation says so (PROTECTED_SHEET, error) where it
// has something to write there, and only there. A protected 填表说明 sheet beside the form made
// recalc end with an error, though nothing was to be written on it.

import { check, emptyGrid, emptyState, recalculate, type Grid } from '../../../src/core';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { fixture } from '../../helpers/fixtures';
import { form } from '../../helpers/written-form';

let published: Grid;
let blank: Grid;

beforeAll(async () => {
  published = readGrids(await openWorkbook(fixture('2022-district')))[0];
  blank = readGrids(await openWorkbook(fixture('2022-district-blank')))[0];
});

const notes: Grid = {
  ...emptyGrid('填表说明'),
  values: [['填表说明：请按财政局要求填写本表。']],
  text: [['填表说明：请按财政局要求填写本表。']],
  formats: [['General']],
  protected: true,
};
const protectedIssues = (grids: Grid[]) =>
  recalculate(grids, emptyState())
    .reports.flatMap((r) => r.issues)
    .filter((i) => i.code === 'PROTECTED_SHEET')
    .map((i) => i.sheet);

it('a protected blank form stops the recalculation of its sheet, and says so', () => {
  const result = recalculate([{ ...blank, protected: true }], emptyState());
  expect(result.changes).toEqual([]);
  expect(result.reports[0].issues[0]).toMatchObject({ code: 'PROTECTED_SHEET', severity: 'error' });
});

it('a protected sheet of notes beside a form is no error: the form is written, nothing else is said', () => {
  const result = recalculate([blank, notes], emptyState());
  expect(result.changes.length).toBeGreaterThan(0);
  expect(protectedIssues([blank, notes])).toEqual([]);
});

it('a protected form already complete has nothing to write: no error', () => {
  const complete = applyToGrid(published, recalculate([published], emptyState()).changes);
  expect(recalculate([complete], emptyState()).changes).toEqual([]);
  expect(protectedIssues([{ ...complete, protected: true }])).toEqual([]);
  expect(protectedIssues([{ ...blank, protected: true }])).toEqual([blank.sheet]);
});

it('a protected form whose only want is the highlight of an empty 偏差原因 says it cannot write it', () => {
  // Every value written, but 培训人次's reason (27.00 of 30) empty and not yet highlighted.
  const written = form();
  const complete = {
    ...applyToGrid(
      written,
      recalculate([written], emptyState()).changes.filter((c) => c.kind === 'value'),
    ),
    protected: true,
  };
  expect(protectedIssues([complete])).toEqual([complete.sheet]);
  // Explained, it has nothing left to write.
  const explained = {
    ...complete,
    values: complete.values.map((r) => r.slice()),
    text: complete.text.map((r) => r.slice()),
  };
  explained.values[8][7] = '培训场地改造，推迟一期';
  explained.text[8][7] = '培训场地改造，推迟一期';
  expect(protectedIssues([explained])).toEqual([]);
});

// check said only "未计算 … 请运行 selfeval recalc" on a protected blank form, before and after a
// recalc that had refused to write it: advice that cannot work until the sheet is unprotected.
it('check says it too, where recalc would write, and only there', () => {
  const first = (g: Grid) => check(g).issues[0];
  expect(first({ ...blank, protected: true })).toMatchObject({ code: 'PROTECTED_SHEET', severity: 'error' });
  const complete = applyToGrid(published, recalculate([published], emptyState()).changes);
  expect(check({ ...complete, protected: true }).issues.map((i) => i.code)).not.toContain('PROTECTED_SHEET');
  expect(check(notes).issues.map((i) => i.code)).not.toContain('PROTECTED_SHEET');
});

// On a protected or hidden sheet, "未计算 … 请运行 selfeval recalc" could not work: recalc writes
// neither. The advice now says what to do first.
it('the advice to recalculate says to unprotect or unhide the sheet first', () => {
  const notCalculated = (g: Grid) => check(g).issues.find((i) => i.code === 'NOT_CALCULATED')!.message;
  expect(notCalculated({ ...blank, protected: true })).toMatch(/请先撤销工作表保护）$/);
  expect(notCalculated({ ...blank, hidden: true })).toMatch(/请先取消隐藏）$/);
  expect(notCalculated(blank)).not.toMatch(/）$/);
});
