// Test helpers: the fixture workbooks and the values printed on the real forms.

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { RoundingMode } from '../../src/core';
import district from '../fixtures/2022-district.json';
import city from '../fixtures/2023-city-centre.json';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export interface PublishedForm {
  index: number;
  projectName: string;
  budget: { label: string; full: string; executed: string; rate: string; score: string }[];
  indicators: {
    name: string;
    target: string;
    actual: string;
    weight: string;
    score: string;
    reason: string;
  }[];
  total: { weight: string; score: string };
  grade: string;
  anomalies: string[];
}

export interface FixtureSet {
  name: string;
  rounding: RoundingMode;
  published: PublishedForm[];
}

/** The two self-evaluation workbooks; the 2023 city-level forms truncate, the district forms round half-up. */
export const SELF_EVALUATIONS: FixtureSet[] = [
  { name: '2022-district', rounding: 'half-up', published: district as PublishedForm[] },
  { name: '2023-city-centre', rounding: 'down', published: city as PublishedForm[] },
];

export function fixture(name: string): string {
  return path.join(FIXTURES, `${name}.xlsx`);
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const made: string[] = [];
// Registered when a test file loads this helper (hooks cannot be added from inside a test).
afterAll(() => Promise.all(made.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

/** A fresh temporary folder, removed after the test file that asked for it. */
export async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-test-'));
  made.push(dir);
  return dir;
}

/** Every cell's value of every sheet as 'Sheet!A1' → JSON, for before/after comparisons. */
export function snapshot(wb: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null && cell.value !== undefined)
          cells.set(`${ws.name}!${cell.address}`, JSON.stringify(cell.value));
      }),
    );
  }
  return cells;
}
