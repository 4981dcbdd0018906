// undo: Excel's own undo does not cover add-in writes on most versions, so the last
// recalculation's record (kept in the workbook) is replayed backwards.

import type { ChangeSet } from '../model/change-set';
import type { WorkbookState } from '../model/state';

export function undo(state: WorkbookState): { changes: ChangeSet; state: WorkbookState } {
  if (!state.undo) return { changes: [], state };
  const { undo: record, ...rest } = state;
  const restored: WorkbookState = { ...rest, highlights: record.highlights };
  // The scores SelfEval had written before: the cells hold them again.
  if (record.scores) restored.scores = record.scores;
  else delete restored.scores;
  return { changes: record.changes.slice().reverse(), state: restored };
}
