// The cells Recalculate may write for a report: computed cells and 偏差原因 highlights, as 'Sheet!A1'.

import type { SheetReport } from '../../../src/core';

export function plannedCells(reports: SheetReport[]): Set<string> {
  const cells = new Set<string>();
  for (const { sheet, forms } of reports) {
    for (const form of forms) {
      const addresses = [
        form.budget.cell,
        form.budget.rateCell,
        form.total.cell,
        form.total.weightCell,
        form.grade.cell,
        ...form.indicators.flatMap((i) => [i.scoreCell, i.reasonCell]),
      ];
      for (const address of addresses) if (address) cells.add(`${sheet}!${address}`);
    }
  }
  return cells;
}
