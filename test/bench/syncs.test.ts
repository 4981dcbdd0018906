// The bench's round-trip figures meet the add-in's goals.

import { measureSyncs, SYNC_BUDGET } from '../../bench/syncs';

it('recalculates one sheet in 2 round trips and the 15-form workbook in at most 3', async () => {
  const syncs = await measureSyncs();
  expect(syncs.sheet).toBe(SYNC_BUDGET.sheet);
  expect(syncs.workbook).toBeLessThanOrEqual(SYNC_BUDGET.workbook);
});
