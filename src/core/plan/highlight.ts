// Highlights on 偏差原因分析 cells that are required but empty (domain.md §5). The ledger in
// WorkbookState remembers each cell's own fill, so clearing a highlight puts that fill back.

import type { Change } from '../model/change-set';
import type { Issue } from '../model/issue';
import type { Highlight } from '../model/state';

/** Light red, as Excel's "Light Red Fill" conditional format. */
export const HIGHLIGHT_FILL = '#FFC7CE';

/** A cell's fill ('#RRGGBB', null for none); undefined when the host could not read it. */
export type FillAt = (sheet: string, cell: string) => string | null | undefined;

export interface HighlightPlan {
  changes: Change[];
  /** The ledger entries of this sheet after the changes. */
  ledger: Highlight[];
}

/** The fills one sheet needs: MISSING_REASON cells highlighted, the rest of our highlights cleared. */
export function planHighlights(
  sheet: string,
  issues: Issue[],
  ledger: Highlight[],
  fillAt: FillAt,
): HighlightPlan {
  const wanted = new Set(
    issues.filter((i) => i.code === 'MISSING_REASON' && i.sheet === sheet).map((i) => i.cell),
  );
  const mine = ledger.filter((h) => h.sheet === sheet);
  const changes: Change[] = [];
  const kept: Highlight[] = [];
  for (const h of mine) {
    const fill = fillAt(sheet, h.cell);
    // The user re-coloured the cell since: it is theirs now, forget it.
    const stillOurs = fill === undefined || (fill ?? '').toUpperCase() === HIGHLIGHT_FILL;
    if (wanted.has(h.cell) && stillOurs) kept.push(h);
    else if (stillOurs) changes.push({ kind: 'fill', sheet, cell: h.cell, color: h.previousFill });
  }
  const known = new Set(kept.map((h) => h.cell));
  for (const cell of wanted) {
    if (known.has(cell)) continue;
    kept.push({ sheet, cell, previousFill: fillAt(sheet, cell) ?? null });
    changes.push({ kind: 'fill', sheet, cell, color: HIGHLIGHT_FILL });
  }
  return { changes, ledger: kept };
}
