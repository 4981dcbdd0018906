/// <reference types="office-js" />
// Round trips to Excel per Recalculate, counted on the fake Excel over the 2023 city-level
// workbook (15 forms, one per sheet). Goals: 2 for one sheet, at most 3 for the whole workbook,
// whatever the number of forms. (The reference brings in the Office.js typings the host is
// written against; the CLI build leaves them out by default.)

import { recalculateSheet, recalculateWorkbook } from '../src/hosts/excel/operations';
import { installFakeOffice } from '../test/fake-excel';
import { openFixture } from '../test/fake-excel/node';

export const SYNC_BUDGET = { sheet: 2, workbook: 3 } as const;
const WORKBOOK = '2023-city-centre-blank.xlsx';

async function countSyncs(operation: () => Promise<unknown>): Promise<number> {
  const fake = installFakeOffice(await openFixture(WORKBOOK));
  try {
    await operation();
    return fake.syncs;
  } finally {
    fake.uninstall();
  }
}

export async function measureSyncs(): Promise<{ sheet: number; workbook: number }> {
  return {
    sheet: await countSyncs(() => recalculateSheet()),
    workbook: await countSyncs(() => recalculateWorkbook()),
  };
}
