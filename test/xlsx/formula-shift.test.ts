// Shared formulas: a follower reads the master's formula moved by its offset.

import { shiftFormula } from '../../src/xlsx/formula-shift';

it.each([
  ['A1*2+$A$1', 1, 0, 'A2*2+$A$1'],
  ['SUM(G13:G20)/$F5', 2, 1, 'SUM(H15:H22)/$F7'],
  ['A$1+$B2', 3, 3, 'D$1+$B5'],
  ['SUM(A:A)+SUM(2:3)', 1, 1, 'SUM(B:B)+SUM(3:4)'],
  ["Sheet1!A1+'My Sheet'!B2", 1, 0, "Sheet1!A2+'My Sheet'!B3"],
  ['"A1"&A1', 0, 1, '"A1"&B1'],
  ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
  ['Table1[[#This Row],[A1]]+A1', 1, 0, 'Table1[[#This Row],[A1]]+A2'],
  ['合计A1+A1', 1, 0, '合计A1+A2'],
  ['A1-1', -1, 0, '#REF!-1'],
  ['_xlfn.DISPIMG("ID_1",1)', 1, 0, '_xlfn.DISPIMG("ID_1",1)'],
])('%s moved by (%i, %i) reads %s', (formula, dRow, dCol, expected) => {
  expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
});
