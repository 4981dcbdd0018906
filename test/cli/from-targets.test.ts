// selfeval from-targets: the seven 2024 declarations become seven forms ready for actuals.

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { checkWorkbook, openWorkbook } from '../../src/hosts/xlsx';
import { selfeval } from '../helpers/cli';
import { fixture, loadWorkbook, tempDir } from '../helpers/fixtures';

/** The 2024 declarations, changed by `edit` as a user might have, saved in a fresh folder. */
async function declarations(edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await loadWorkbook(fixture('2024-target-declarations'));
  edit(wb);
  const file = path.join(await tempDir(), '目标申报表.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** from-targets run on the 2024 declarations changed by `edit`, writing into a fresh folder. */
async function madeFrom(edit: (wb: ExcelJS.Workbook) => void, ...options: string[]) {
  const input = await declarations(edit);
  const out = path.join(await tempDir(), 'forms.xlsx');
  return { input, out, run: selfeval('from-targets', input, '-o', out, ...options) };
}

describe('selfeval from-targets', () => {
  it('writes one form per declaration and says the weights are proposals', async () => {
    const out = path.join(await tempDir(), 'forms.xlsx');
    const run = selfeval('from-targets', fixture('2024-target-declarations'), '-o', out);
    expect(run.stderr).toContain('已从 7 张目标申报表生成自评表');
    expect(run.stderr).toContain('分值为建议值');
    expect(run.code).toBe(0);
    const reports = checkWorkbook(await openWorkbook(out));
    expect(reports.map((r) => r.forms[0].projectName)).toContain('卫生统计');
    // Nothing is missing but what the user has yet to type, and the 总分 and grade that wait on it.
    const codes = new Set(
      reports.flatMap((r) => r.issues.filter((i) => i.severity === 'error').map((i) => i.code)),
    );
    expect([...codes]).toEqual(['MISSING_FIELD', 'WAITING_FOR_SCORES']);
  });

  it('keeps 元 when asked with --unit 元', async () => {
    const out = path.join(await tempDir(), 'forms.xlsx');
    expect(
      selfeval('from-targets', fixture('2024-target-declarations'), '-o', out, '--unit', '元').code,
    ).toBe(0);
    const [first] = checkWorkbook(await openWorkbook(out));
    expect(first.forms[0].fundUnit).toBe('元');
    expect(first.forms[0].budget.budgeted).toBe('8674264');
  });

  it('fails with a message on a workbook without declarations', async () => {
    const out = path.join(await tempDir(), 'forms.xlsx');
    const run = selfeval('from-targets', fixture('2022-district'), '-o', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('没有找到绩效目标申报表');
  });

  it('makes a form of a declaration on a hidden sheet too, and says where it came from', async () => {
    const { out, run } = await madeFrom((wb) => {
      wb.worksheets[5].state = 'hidden';
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('已从 7 张目标申报表生成自评表');
    expect(run.stderr).toContain('卫生统计：申报表在隐藏的工作表“卫生统计”上，已一并生成');
    const reports = checkWorkbook(await openWorkbook(out));
    expect(reports.map((r) => r.forms[0].projectName)).toContain('卫生统计');
  });

  it('writes nothing over formulas the file holds no result for, and says which cells to calculate', async () => {
    // As openpyxl or another program writes them: the formula alone, never calculated.
    const { out, run } = await madeFrom((wb) => {
      const sheet = wb.worksheets[0];
      sheet.getCell('E6').value = { formula: 'E7+E8+E9' } as ExcelJS.CellFormulaValue;
      sheet.getCell('E14').value = {
        formula: 'TEXT(DATE(2024,11,30),"yyyy年m月d日")&"前"',
      } as ExcelJS.CellFormulaValue;
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('工作表“信息化建设项目”的 E6、E14 是公式'),
    ]);
    expect(run.stderr).toContain('请先在 Excel 或 WPS 中打开并保存该文件');
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('names the form of a project called History otherwise: Excel keeps that sheet name', async () => {
    const { out, run } = await madeFrom((wb) => {
      wb.worksheets[0].getCell('B3').value = 'History';
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('History 自评表：');
    const reports = checkWorkbook(await openWorkbook(out));
    expect(reports.find((r) => r.sheet === 'History 自评表')?.forms[0].projectName).toBe('History');
  });

  it('says which row of the declaration has no 三级指标 and where the form leaves it empty', async () => {
    const { out, run } = await madeFrom((wb) => {
      wb.worksheets[0].getCell('D15').value = null;
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      '信息化建设项目：申报表（工作表“信息化建设项目”）第 15 行没有三级指标，自评表 C15 已留空，请补填',
    );
    const [first] = checkWorkbook(await openWorkbook(out));
    expect(first.forms[0].indicators.map((x) => [x.level1, x.level2, x.target])).toContainEqual([
      '产出指标',
      '质量指标',
      '是',
    ]);
  });

  it('says which unit it took amounts to be in when the declaration names none, and how to change it', async () => {
    const { input, out, run } = await madeFrom((wb) => {
      wb.worksheets[0].getCell('A6').value = '项目资金';
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      '信息化建设项目：申报表没有注明项目资金的单位（元或万元），金额按原数写入，视为万元；若申报表的金额以元为单位，请加 --unit 元 重新生成',
    );
    // Only the declaration that names no unit: the six others say 元.
    expect(run.stderr.match(/没有注明/g)).toHaveLength(1);
    const [first] = checkWorkbook(await openWorkbook(out));
    expect([first.forms[0].fundUnit, first.forms[0].budget.budgeted]).toEqual(['万元', '8674264']);

    const yuan = path.join(await tempDir(), 'forms.xlsx');
    expect(selfeval('from-targets', input, '-o', yuan, '--unit', '元').code).toBe(0);
    const [inYuan] = checkWorkbook(await openWorkbook(yuan));
    expect([inYuan.forms[0].fundUnit, inYuan.forms[0].budget.budgeted]).toEqual(['元', '8674264']);
  });

  it('says plainly of a declaration without indicators that the form leaves them to fill', async () => {
    const { out, run } = await madeFrom((wb) => {
      const sheet = wb.worksheets[0];
      for (let row = 13; row <= 19; row++)
        for (const col of 'BCDE') sheet.getCell(`${col}${row}`).value = null;
    });
    expect(run.code).toBe(0);
    const line = run.stderr.split('\n').find((l) => l.includes('信息化建设项目：'));
    expect(line).toBe(
      '  信息化建设项目：申报表中没有绩效指标，自评表按标准格式留出空白指标行：请补填三级指标、年度指标值和分值',
    );
    const [first] = checkWorkbook(await openWorkbook(out));
    expect(first.forms[0].projectName).toBe('信息化建设项目');
  });
});
