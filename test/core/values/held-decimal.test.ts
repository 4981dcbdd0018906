// A report's held values read back as numbers and shown as the form prints them.

import { heldDecimal, shownFixed2 } from '../../../src/core/values/decimal';

it('a held decimal string is a number; text a cell holds and an empty cell are none', () => {
  expect(heldDecimal('98.35')?.toString()).toBe('98.35');
  expect(heldDecimal('-3')?.toString()).toBe('-3');
  expect(heldDecimal('九十')).toBeNull();
  expect(heldDecimal('1e-7')).toBeNull();
  expect(heldDecimal(null)).toBeNull();
});

it('shows a number with 2 decimals, rounding in decimal (2.675 → 2.68), and text as written', () => {
  expect(shownFixed2('10')).toBe('10.00');
  expect(shownFixed2('2.675')).toBe('2.68');
  expect(shownFixed2('待评')).toBe('待评');
  expect(shownFixed2(null)).toBe('');
});
