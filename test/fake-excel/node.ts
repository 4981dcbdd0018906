// Node-only helpers for the fake: open a fixture workbook from test/fixtures.

import { existsSync } from 'fs';
import { readFile } from 'fs/promises';
import path from 'path';
import type ExcelJS from 'exceljs';
import { workbookFromBuffer } from './load';

/** test/fixtures, whether this runs from test/ (jest) or compiled under dist/test/ (bench). */
export const FIXTURES =
  [path.join(__dirname, '..', 'fixtures'), path.join(__dirname, '..', '..', '..', 'test', 'fixtures')].find(
    (dir) => existsSync(dir),
  ) ?? path.join(__dirname, '..', 'fixtures');

export async function openFixture(name: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFile(path.join(FIXTURES, name));
  return workbookFromBuffer(bytes);
}
