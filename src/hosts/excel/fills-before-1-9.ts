// Below ExcelApi 1.9 (Office 2019) a sheet's fills cannot be read cell by cell in the one read, so
// the Grid comes without them and the core could not tell which fill a highlight covers. When a
// recalculation consults fills there, the fills of exactly the cells it names (those it would
// highlight and those it highlighted before) are read in one more round trip, and the planned
// recalculation is finished with them: nothing is recognised or evaluated again.

import type { FillAt, FillCell } from '../../core';
import type { Session } from './session';

/** Excel reports an unfilled cell as white; a white fill looks the same, so both count as none. */
const NO_FILL = '#FFFFFF';

/** Reads the fills of `cells` (one round trip). */
export async function readFills(session: Session, cells: FillCell[]): Promise<FillAt> {
  const loaded = cells.map(({ sheet, cell }) => {
    const fill = session.workbook.worksheets.getItem(sheet).getRange(cell).format.fill;
    fill.load('color');
    return { key: `${sheet}!${cell}`, fill };
  });
  await session.sync();
  const fills = new Map<string, string | null>();
  for (const { key, fill } of loaded) {
    const color = (fill.color ?? NO_FILL).toUpperCase();
    fills.set(key, color === NO_FILL ? null : color);
  }
  return (sheet, cell) => fills.get(`${sheet}!${cell}`) ?? null;
}
