// A form with group subtotal rows (小计) after its 产出指标 and 效益指标 rows, as some agencies'
// forms have them. Before, recalc left the subtotals' 得分 empty and check still said 0 errors:
// a form that looks unfinished to anyone reading it.

import ExcelJS from 'exceljs';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { loadWorkbook, tempDir } from '../helpers/fixtures';
import { END, FIELDS, FUNDS, GOALS, HEADER, SUBTOTALLED, TITLE } from '../helpers/written-form';

it('recalc fills each subtotal with its rows’ sum, and check then finds 0 errors', async () => {
  const dir = await tempDir();
  const file = path.join(dir, '小计.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('自评表').addRows([TITLE, ...FIELDS, ...FUNDS, ...GOALS, HEADER, ...SUBTOTALLED, ...END]);
  await wb.xlsx.writeFile(file);

  const before = JSON.parse(selfeval('check', file, '--json').stdout) as {
    issues: { code: string; cell: string }[];
  };
  expect(before.issues.filter((i) => i.cell === 'G11' || i.cell === 'G13').map((i) => i.code)).toEqual([
    'NOT_CALCULATED',
    'NOT_CALCULATED',
  ]);

  const out = path.join(dir, 'out.xlsx');
  expect(selfeval('recalc', file, '-o', out).code).toBe(0);
  const ws = (await loadWorkbook(out)).getWorksheet('自评表')!;
  expect(['G11', 'G13', 'G15'].map((cell) => ws.getCell(cell).value)).toEqual([57, 20, 96.5]);
  expect(ws.getCell('G11').numFmt).toBe(ws.getCell('G9').numFmt);
  const after = selfeval('check', out);
  expect([after.code, after.stdout.trim().split('\n').pop()]).toEqual([0, '1 张表，0 个错误，0 个警告']);
});
