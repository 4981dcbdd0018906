// The state is read in the same round trip as the sheet by calling methods on `_selfeval`, which
// does not exist before the first Recalculate; Excel gives null objects for such calls. Should an
// Excel fail them instead, the add-in must still work, at the price of extra round trips.

import { loadSettings, recalculateSheet, undoLastRecalculation } from '../../../src/hosts/excel/operations';
import { fakeExcelWith } from './fixture';
import { changedCells, snapshot } from './workbook-snapshot';

describe('on an Excel that fails calls on null objects', () => {
  it('recalculates, then undoes, without the state sheet at first', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx', {
      failOnNullObjectCalls: true,
    });
    expect(await loadSettings()).toMatchObject({ rounding: 'half-up' });
    const before = snapshot(workbook);
    fake.resetSyncs();
    const first = await recalculateSheet();
    expect(first.syncs).toBe(4);
    expect(fake.syncs).toBe(4);
    fake.resetSyncs();
    const second = await recalculateSheet();
    expect(second.syncs).toBeLessThanOrEqual(2);
    await undoLastRecalculation();
    expect(changedCells(before, snapshot(workbook))).toEqual([]);
  });
});
