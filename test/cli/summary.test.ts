// selfeval summary: many workbooks into one 汇总表, rows linked to the forms by relative paths.

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { fixture, loadWorkbook, tempDir } from '../helpers/fixtures';

describe('selfeval summary', () => {
  it('summarises both fixture workbooks with links beside them, naming a broken file and one without a form under it', async () => {
    const dir = await tempDir();
    for (const name of ['2022-district', '2023-city-centre', '2024-target-declarations'])
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

    // Below the grade distribution, each workbook that added no form, with why: none is left
    // out unseen (the 目标申报表 workbook holds no 自评表).
    const column = (c: string) => sheet.getColumn(c).values.map((v) => (v === undefined ? '' : String(v)));
    const header = column('A').indexOf('未计入汇总的文件');
    expect(header).toBeGreaterThan(32);
    const left = column('A')
      .slice(header + 1)
      .filter(Boolean);
    const why = column('B').slice(header + 1, header + 1 + left.length);
    expect(Object.fromEntries(left.map((f, i) => [f, why[i]]))).toEqual({
      'broken.xlsx': expect.stringMatching(/.+/),
      '2024-target-declarations.xlsx': '没有找到绩效自评表',
    });
    expect(why[left.indexOf('broken.xlsx')]).not.toMatch(/Error|undefined/);

    // Run again: the summary in the folder is not summarised itself.
    expect(selfeval('summary', dir, '-o', out).stderr).toContain('29 张自评表，来自 2 个文件');
  });
});

describe('selfeval summary: one file is one file, however it is named', () => {
  it('counts a workbook once when named twice, under two spellings, through a link, or inside a folder named too', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'in', '区卫健委.xlsx');
    await fs.mkdir(path.dirname(file));
    await fs.copyFile(fixture('2022-district'), file);
    await fs.symlink(file, path.join(dir, 'link.xlsx'));
    const namings = [
      [file, file],
      [file, path.dirname(file)],
      [file, `${dir}/./in/../in/区卫健委.xlsx`],
      [file, path.join(dir, 'link.xlsx')],
    ];
    for (const [i, names] of namings.entries()) {
      const out = path.join(dir, `summary-${i}.xlsx`);
      const run = selfeval('summary', ...names, '-o', out);
      expect(run.stderr).toContain('（14 张自评表，来自 1 个文件）');
      expect(run.code).toBe(0);
      // 14 forms, then 合计: none listed twice, the 合计 not doubled.
      const sheet = (await loadWorkbook(out)).getWorksheet('汇总表')!;
      expect(sheet.getCell('A17').value).toBe('合计');
    }
  });
});

describe('selfeval summary: a form whose 执行率 and 预算得分 are stale', () => {
  it('shows them as check says they should be, shaded and said so, and averages those', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '区卫健委.xlsx');
    const wb = await loadWorkbook(fixture('2022-district'));
    // The third form's 全年执行数 corrected after its 执行率 (92.25) and 得分 (9.23) were typed.
    const ws = wb.worksheets[2];
    const executed = ws.getRow(5).values as ExcelJS.CellValue[];
    ws.getCell(5, executed.indexOf(533.87)).value = 500;
    await wb.xlsx.writeFile(file);
    const checked = JSON.parse(selfeval('check', file, '--json').stdout);
    const { budget, total } = checked.forms[2];
    expect([budget.rate, budget.score]).toEqual(['92.25', '9.23']);

    const out = path.join(dir, 'summary.xlsx');
    expect(selfeval('summary', file, '-o', out).code).toBe(0);
    const sheet = (await loadWorkbook(out)).getWorksheet('汇总表')!;
    const header = (sheet.getRow(2).values as ExcelJS.CellValue[]).map(String);
    const cell = (row: number, label: string) => sheet.getRow(row).getCell(header.indexOf(label));
    const figures = ['执行率(%)', '预算得分', '总分'];
    expect(figures.map((label) => cell(5, label).value)).toEqual([
      Number(budget.expectedRate),
      Number(budget.expectedScore),
      // 总分 follows the 预算得分: 99.23 − 9.23 + 8.64, the 总分 check asks for.
      98.64,
    ]);
    expect(total.expectedScore).toBe('98.64');
    expect(cell(5, '错误').value).toBeGreaterThan(0);
    const fill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(figures.map((label) => fill(cell(5, label)))).toEqual(figures.map(() => 'FFFFEB9C'));
    expect(fill(cell(4, '预算得分'))).toBeUndefined();
    // The average is of the recalculated 预算得分, and a line under the table says why some are shaded.
    const scores = checked.forms.map((f: { budget: { expectedScore: string } }) =>
      Number(f.budget.expectedScore),
    );
    const average = scores.reduce((a: number, b: number) => a + b, 0) / scores.length;
    expect(cell(18, '预算得分').value).toBeCloseTo(average, 2);
    expect(String(sheet.getCell('A19').value)).toMatch(/^标色的数值.*请重新计算这些工作簿$/);
  });
});

describe('selfeval summary: links', () => {
  it('look like links, say a hidden sheet is hidden, and never lead to another file through a “#” in a name', async () => {
    const dir = await tempDir();
    const wb = await loadWorkbook(fixture('2022-district'));
    const hiddenSheet = wb.worksheets[1].name;
    wb.worksheets[1].state = 'hidden';
    await wb.xlsx.writeFile(path.join(dir, 'hidden.xlsx'));
    await fs.copyFile(fixture('2022-district'), path.join(dir, "有错误#1 & 'x'.xlsx"));
    const out = path.join(dir, 'summary.xlsx');
    expect(selfeval('summary', dir, '-o', out).code).toBe(0);
    const sheet = (await loadWorkbook(out)).getWorksheet('汇总表')!;
    const link = (row: number) => sheet.getCell(`B${row}`).value as ExcelJS.CellFormulaValue;

    // Blue and underlined, as Excel shows a HYPERLINK a user types.
    expect(link(3).formula).toMatch(/^HYPERLINK\("hidden\.xlsx#'/);
    expect(sheet.getCell('B3').font).toMatchObject({ color: { argb: 'FF0563C1' }, underline: true });
    // Excel can show no place on a hidden sheet: said so, and the link opens its workbook.
    expect(link(4)).toEqual({
      formula: `HYPERLINK("hidden.xlsx","${hiddenSheet}（已隐藏）")`,
      result: expect.anything(),
    });
    // Excel cuts a link at its first “#” (it would look for “有错误”): no link, the file named beside.
    const hash = Array.from({ length: 14 }, (_, i) => 17 + i);
    expect(hash.map((row) => sheet.getCell(`A${row}`).value)).toEqual(hash.map(() => "有错误#1 & 'x'.xlsx"));
    expect(hash.map((row) => typeof sheet.getCell(`B${row}`).value)).toEqual(hash.map(() => 'string'));
  });
});

describe('selfeval summary: inputs that give nothing', () => {
  it('stops at a name that leads nowhere, file or folder, in one line naming it, writing nothing', async () => {
    const dir = await tempDir();
    const form = path.join(dir, 'form.xlsx');
    await fs.copyFile(fixture('2022-district'), form);
    const out = path.join(dir, 'summary.xlsx');
    for (const missing of [path.join(dir, 'no-such-folder'), path.join(dir, 'no-such.xlsx')]) {
      const run = selfeval('summary', form, missing, '-o', out);
      expect([run.code, run.stderr.trim()]).toEqual([2, `${missing}：找不到这个文件`]);
      await expect(fs.access(out)).rejects.toThrow();
    }
  });

  it('writes no 汇总表 without a form, and counts a file that added none', async () => {
    const dir = await tempDir();
    const notes = path.join(dir, '会议纪要.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '会议纪要';
    await wb.xlsx.writeFile(notes);
    const out = path.join(dir, 'summary.xlsx');
    const none = selfeval('summary', notes, '-o', out);
    expect([none.code, none.stderr.trim()]).toEqual([1, `${notes}：没有可汇总的绩效自评表，没有写出 ${out}`]);
    await expect(fs.access(out)).rejects.toThrow();

    const form = path.join(dir, 'form.xlsx');
    await fs.copyFile(fixture('2022-district'), form);
    const some = selfeval('summary', form, notes, '-o', out);
    expect([some.code, some.stderr.trim()]).toEqual([
      0,
      `已写入汇总表 ${out}（14 张自评表，来自 1 个文件；另有 1 个文件未计入，原因列在表下方）`,
    ]);
  });
});
