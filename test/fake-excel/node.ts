// Node-only helpers for the fake: open a fixture workbook from test/fixtures.

import { readFile } from 'fs/promises';
import path from 'path';
import type ExcelJS from 'exceljs';
import { workbookFromBuffer } from './load';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export async function openFixture(name: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFile(path.join(FIXTURES, name));
  return workbookFromBuffer(bytes);
}
