// selfeval summary: many workbooks into one 汇总表, rows linked to the forms by relative paths.

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { fixture, loadWorkbook, tempDir } from '../helpers/fixtures';

describe('selfeval summary', () => {
  it('summarises both fixture workbooks with links beside them, skipping a broken file', async () => {
    const dir = await tempDir();
    for (const name of ['2022-district', '2023-city-centre'])
      await fs.copyFile(fixture(name), path.join(dir, `${name}.xlsx`));
    await fs.writeFile(path.join(dir, 'broken.xlsx'), 'not a workbook');
    const out = path.join(dir, 'summary.xlsx');
    const run = selfeval('summary', dir, '-o', out);
    expect(run.stderr).toContain('已写入汇总表');
    expect(run.stderr).toContain('broken.xlsx');
    expect(run.code).toBe(1);

    const sheet = (await loadWorkbook(out)).getWorksheet('汇总表')!;
    expect(sheet.getCell('A1').value).toBe('绩效自评汇总表');
    expect(sheet.getCell('A3').value).toBe('2022-district.xlsx');
    const link = sheet.getCell('B3').value as ExcelJS.CellFormulaValue;
    expect(link.formula).toMatch(/^HYPERLINK\("2022-district\.xlsx#'/);
    // 14 + 15 forms, then 合计.
    expect(sheet.getCell('A32').value).toBe('合计');

    // Run again: the summary in the folder is not summarised itself.
    expect(selfeval('summary', dir, '-o', out).stderr).toContain('29 张自评表，来自 2 个文件');
  });
});
