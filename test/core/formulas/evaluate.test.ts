// Formulas' results as Excel gives them, for the functions forms add up and grade with: what a
// recalculation stores as a formula's new result must be what Excel would show there.

import type { CellValue } from '../../../src/core';
import { formulaResult } from '../../../src/core/formulas/evaluate';
import { parseFormula } from '../../../src/core/formulas/parse';

// A1:C3 of sheet 表 and A1 of '其他 表'.
const CELLS: Record<string, CellValue> = {
  '表!A1': 27,
  '表!A2': 30,
  '表!A3': '无',
  '表!B1': 9.5,
  '表!B2': true,
  '表!B3': null,
  '表!C1': '12',
  '表!C2': '#N/A',
  '其他 表!A1': 5,
};
const colName = (c: number) => String.fromCharCode(65 + c);

function result(formula: string, cells = CELLS): CellValue | undefined {
  const parsed = parseFormula(formula);
  if (!parsed) return 'not parsed';
  return formulaResult(
    parsed.root,
    (sheet, row, col) => cells[`${sheet ?? '表'}!${colName(col)}${row + 1}`] ?? null,
    () => ({ top: 0, left: 0, bottom: 2, right: 2 }),
  );
}

it("SUM adds an area's numbers only, and its arguments as numbers", () => {
  expect(result('=SUM(A1:B3)')).toBe(66.5); // 27 + 30 + 9.5: text, TRUE and blank skipped
  expect(result('=SUM(A1,B1,C1)')).toBe(36.5); // a cell holding text "12" is skipped too
  expect(result('=SUM(A1,"12",TRUE)')).toBe(40); // typed as an argument, it counts
  expect(result('=SUM(A:A)')).toBe(57);
  expect(result("=SUM('其他 表'!A1,A1)")).toBe(32);
  expect(result('=SUM(C1:C2)')).toBe('#N/A'); // an error in the area is the result
});

it('arithmetic as Excel does it: blanks are 0, text that is no number is #VALUE!', () => {
  expect(result('=A1+B3')).toBe(27);
  expect(result('=A1/B3')).toBe('#DIV/0!');
  expect(result('=A3+1')).toBe('#VALUE!');
  expect(result('=C1*2')).toBe(24);
  expect(result('=-2^2')).toBe(4);
  expect(result('=50%*A2')).toBe(15);
  expect(result('=A1&"分"')).toBe('27分');
  expect(result('=B3')).toBe(0); // an empty cell shows 0
});

it('ROUND rounds what Excel shows half away from zero: 2.675 is 2.68, not binary 2.67', () => {
  expect(result('=ROUND(2.675,2)')).toBe(2.68);
  expect(result('=ROUND(-2.5,0)')).toBe(-3);
  expect(result('=ROUNDDOWN(98.357,2)')).toBe(98.35);
  expect(result('=ROUNDUP(98.351,2)')).toBe(98.36);
  expect(result('=ROUND(1234,-2)')).toBe(1200);
});

it('IF, comparisons and AND/OR as a grade formula uses them', () => {
  const grade = '=IF(A1>=90,"优",IF(A1>=80,"良",IF(A1>=60,"中","差")))';
  expect(result(grade)).toBe('差');
  expect(result(grade, { ...CELLS, '表!A1': 96.5 })).toBe('优');
  expect(result('=IF(B3="","空",1)')).toBe('空'); // an empty cell equals ""
  expect(result('=IF(A3>100,1,0)')).toBe(1); // text sorts after every number
  expect(result('=IF(A1>1,"是")')).toBe('是');
  expect(result('=IF(A1<1,"是")')).toBe(false);
  expect(result('=AND(A1>0,B2)')).toBe(true);
  expect(result('=IFERROR(A1/B3,0)')).toBe(0);
  expect(result('=IF(A1>1,TRUE(),FALSE())')).toBe(true); // as LibreOffice writes TRUE
});

it('what it does not follow is unknown, never a guess', () => {
  expect(result('=VLOOKUP(A1,A1:B3,2,0)')).toBeUndefined(); // a function outside the set
  expect(result('=A1:A2*2')).toBeUndefined(); // an area where one value is wanted
  expect(result('=SUM(得分区)')).toBeUndefined(); // a defined name
  expect(parseFormula('=SUM(得分区)')!.opaque).toBe(true);
  expect(parseFormula('=SUM(INDIRECT("A1"))')!.opaque).toBe(true);
  expect(parseFormula('=SUM(Table1[得分])')).toBeNull(); // a structured reference
  expect(parseFormula('=SUM(A1:B3)')!.opaque).toBe(false);
});

it('numbers are compared as shown, to 15 digits: scores adding up to 90.00 grade 优', () => {
  const scores = '18.62,17.15,8.55,17.13,9.88,8.67,10';
  expect(18.62 + 17.15 + 8.55 + 17.13 + 9.88 + 8.67 + 10).not.toBe(90); // binary noise
  // Held in full, as Excel holds it, and shown as 90.
  expect(Number((result(`=SUM(${scores})`) as number).toPrecision(15))).toBe(90);
  expect(result(`=IF(SUM(${scores})>=90,"优","良")`)).toBe('优');
  expect(result('=0.1+0.2=0.3')).toBe(true);
  expect(result('=94.17999999999999=94.18')).toBe(true);
});

it('a difference that is binary noise beside its operands is 0, as Excel and LibreOffice give it', () => {
  const scores = '18.62,17.15,8.55,17.13,9.88,8.67,10';
  expect(result(`=SUM(${scores})-90`)).toBe(0);
  expect(result('=0.1+0.2-0.3')).toBe(0);
  // A real difference stays, to its last digit.
  expect(result('=94.69000000000001-90')).toBe(94.69000000000001 - 90);
});
