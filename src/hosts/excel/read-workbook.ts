// The reads every operation starts with, each together with the WorkbookState in one round trip:
// the active sheet (1 sync), or the sheet list and then every visible sheet (2 syncs).

import { namesStateSheet, STATE_SHEET } from '../../core';
import { queueSheetRead, type SheetRead } from './read-sheet';
import type { Session } from './session';
import { missingState, queueStateRead, type StoredState } from './state-sheet';

/**
 * Runs `queue`'s reads and the state read in one sync. The state read calls methods on a sheet
 * that may not exist yet, which Excel answers with null objects; should an Excel refuse that
 * instead, the batch fails only when the state sheet is missing, and then the reads run again
 * without it.
 */
export async function readWithState<T>(
  session: Session,
  queue: () => () => T,
): Promise<{ result: T; stored: StoredState }> {
  const read = queue();
  const stateRead = queueStateRead(session.workbook);
  try {
    await session.sync();
    return { result: read(), stored: stateRead() };
  } catch (error) {
    const sheet = session.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
    const { protection } = session.workbook;
    protection.load('protected');
    await session.sync();
    if (!sheet.isNullObject) throw error;
    const again = queue();
    await session.sync();
    return { result: again(), stored: missingState(!protection.protected) };
  }
}

/** The active sheet and the state: one round trip. */
export async function readActiveSheet(session: Session): Promise<{ sheet: SheetRead; stored: StoredState }> {
  const { result, stored } = await readWithState(session, () =>
    queueSheetRead(session.workbook.worksheets.getActiveWorksheet()),
  );
  return { sheet: result, stored };
}

/**
 * Every visible sheet and the state: two round trips. With `hidden`, hidden and very hidden
 * sheets too (SelfEval's state sheet excepted), their grids marked hidden: checked, not
 * recalculated.
 */
export async function readWorkbook(
  session: Session,
  options: { hidden?: boolean } = {},
): Promise<{ sheets: SheetRead[]; stored: StoredState }> {
  const { worksheets } = session.workbook;
  const { stored } = await readWithState(session, () => {
    worksheets.load('items/name,items/visibility');
    return () => undefined;
  });
  // SelfEval's state sheet is never shown (very hidden, or hidden by a program that saved it); a
  // `_selfeval` that holds no state is the user's.
  const shown = (s: Excel.Worksheet) =>
    (s.visibility === 'Visible' || options.hidden === true) && !(stored.exists && namesStateSheet(s.name));
  const chosen = worksheets.items.filter(shown);
  const reads = chosen.map((sheet) => queueSheetRead(sheet));
  await session.sync();
  const sheets = reads.map((read, i) => {
    const sheet = read();
    if (chosen[i].visibility !== 'Visible') sheet.grid.hidden = true;
    return sheet;
  });
  return { sheets, stored };
}

/** The state alone: one round trip. */
export async function readState(session: Session): Promise<StoredState> {
  return (await readWithState(session, () => () => undefined)).stored;
}
