// One pass: every operation recognises each sheet once and reports the sheet as it will be from
// that one reading. Counted through the recogniser itself, whichever host runs the operation.

import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import * as selfEvaluation from '../../../src/core/recognise/self-evaluation';
import * as declarations from '../../../src/core/recognise/declaration';
import { check, emptyState, fromTargetsWorkbook, recalculate } from '../../../src/core';
import { main } from '../../../src/cli/main';
import type { Output } from '../../../src/cli/output';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { recalculateWorkbook } from '../../../src/hosts/excel/operations';
import { fakeExcelWith } from '../../hosts/excel/fixture';
import { fixture, FIXTURES } from '../../helpers/fixtures';

let recognitions: jest.SpyInstance;
beforeEach(() => {
  recognitions = jest.spyOn(selfEvaluation, 'recognise');
});
afterEach(() => jest.restoreAllMocks());

const silent: Output = {
  report: () => undefined,
  unreadable: () => undefined,
  note: () => undefined,
  error: () => undefined,
  help: () => undefined,
};

describe('each sheet is recognised once per operation', () => {
  it('checking a sheet', async () => {
    const [grid] = readGrids(await openWorkbook(fixture('2022-district')));
    check(grid);
    expect(recognitions).toHaveBeenCalledTimes(1);
  });

  it('recalculating the 14 district forms (scores, totals, grades, highlights and the report)', async () => {
    const grids = readGrids(await openWorkbook(fixture('2022-district-blank')));
    const result = recalculate(grids, emptyState());
    expect(result.changes.length).toBeGreaterThan(14);
    expect(recognitions).toHaveBeenCalledTimes(grids.length);
  });

  it('selfeval recalc, its printed report included (the written file is not read back)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-one-pass-'));
    try {
      const code = await main(
        ['recalc', path.join(FIXTURES, '2023-city-centre-blank.xlsx'), '-o', path.join(dir, 'out.xlsx')],
        silent,
      );
      expect(code).toBeLessThan(2);
      expect(recognitions).toHaveBeenCalledTimes(15);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it.each(['1.7', '1.17'])(
    'Recalculate on the whole workbook in Excel (ExcelApi %s), fills read late or not',
    async (excelApi) => {
      await fakeExcelWith('2022-district-blank.xlsx', { excelApi });
      const result = await recalculateWorkbook();
      expect(result.reports).toHaveLength(14);
      expect(recognitions).toHaveBeenCalledTimes(14);
    },
  );

  it('making 自评表 from 目标申报表: the declarations once, the forms made never recognised back', async () => {
    const declared = jest.spyOn(declarations, 'recogniseDeclarations');
    const grids = readGrids(await openWorkbook(fixture('2024-target-declarations')));
    const made = fromTargetsWorkbook(grids, []);
    expect(made.forms).toHaveLength(7);
    expect(declared).toHaveBeenCalledTimes(grids.length);
    expect(recognitions).not.toHaveBeenCalled();
  });
});
