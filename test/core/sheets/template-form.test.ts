// A template, and a form made from a 目标申报表, return their own Form: the one check() will
// recognise on the sheet once the changes are written to a file and read back.

import ExcelJS from 'exceljs';
import { fromTargetsWorkbook, layOutTemplate, type ChangeSet } from '../../../src/core';
import { SheetView } from '../../../src/core/model/sheet-view';
import { recognise } from '../../../src/core/recognise/self-evaluation';
import { applyChanges, openWorkbook, readGrid, readGrids } from '../../../src/hosts/xlsx';
import { fixture } from '../../helpers/fixtures';

/** The forms on `sheet` once `changes` are written into a file and the file is read again. */
async function recognisedAfterWriting(changes: ChangeSet, sheet: string) {
  const wb = new ExcelJS.Workbook();
  applyChanges(wb, changes);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return recognise(new SheetView(readGrid(back.getWorksheet(sheet)!)));
}

describe('a blank template knows its own form', () => {
  it.each([
    ['2024', undefined, undefined],
    ['2023', '2023', '元'],
  ] as const)('%s level set, year %s, funds in %s', async (levelSet, year, fundUnit) => {
    const laidOut = layOutTemplate('自评表', { levelSet, year, fundUnit });
    expect(await recognisedAfterWriting(laidOut.changes, '自评表')).toEqual([laidOut.form]);
    expect(laidOut.form.year).toBe(year ?? '');
    expect(laidOut.rows.length).toBeGreaterThan(10);
  });
});

it('a 自评表 made from each 2024 目标申报表 is the form check() finds', async () => {
  const made = fromTargetsWorkbook(readGrids(await openWorkbook(fixture('2024-target-declarations'))), []);
  expect(made.forms).toHaveLength(7);
  for (const form of made.forms) {
    expect(await recognisedAfterWriting(form.changes, form.sheet)).toEqual([form.form]);
    expect(form.form.indicators.length).toBeGreaterThan(0);
  }
});
