// Below ExcelApi 1.9 (Office 2019) a sheet's fills cannot be read cell by cell in the one read, so
// the Grid comes without them and the core could not tell which fill a highlight covers. When a
// recalculation changes fills there, the fills of exactly the cells it looks at (those it fills
// and those it highlighted before) are read in one more round trip, and it is planned again.

import { parseAddress, type ChangeSet, type Grid, type Highlight } from '../../core';
import type { Session } from './session';

/** Excel reports an unfilled cell as white; a white fill looks the same, so both count as none. */
const NO_FILL = '#FFFFFF';

export interface CellRef {
  sheet: string;
  cell: string;
}

/** The cells whose fill the core consults: those it fills and those in the highlight ledger. */
export function fillCellsOf(changes: ChangeSet, ledger: Highlight[], grids: Grid[]): CellRef[] {
  const sheets = new Set(grids.map((g) => g.sheet));
  const cells = new Map<string, CellRef>();
  const add = ({ sheet, cell }: CellRef) => cells.set(`${sheet}!${cell}`, { sheet, cell });
  for (const change of changes) if (change.kind === 'fill') add(change);
  for (const h of ledger) if (sheets.has(h.sheet)) add(h);
  return [...cells.values()];
}

/** Reads the fills of `cells` (one round trip) and returns the grids with them. */
export async function withFills(session: Session, grids: Grid[], cells: CellRef[]): Promise<Grid[]> {
  const fills = cells.map(({ sheet, cell }) => {
    const fill = session.workbook.worksheets.getItem(sheet).getRange(cell).format.fill;
    fill.load('color');
    return { sheet, cell, fill };
  });
  await session.sync();
  return grids.map((grid) => {
    const matrix = grid.values.map((row) => row.map((): string | null => null));
    for (const { sheet, cell, fill } of fills) {
      const { row, col } = parseAddress(cell);
      const r = row - grid.top;
      const c = col - grid.left;
      if (sheet !== grid.sheet || !matrix[r] || c < 0 || c >= matrix[r].length) continue;
      const color = (fill.color ?? NO_FILL).toUpperCase();
      matrix[r][c] = color === NO_FILL ? null : color;
    }
    return { ...grid, fills: matrix };
  });
}
