// A row scored below its weight with no 偏差原因分析 is an error at exactly that cell, and a
// recalculated file carries the highlight there; once a reason is typed, the highlight goes.

import path from 'path';
import { HIGHLIGHT_FILL } from '../../src/core/plan/highlight';
import { fillOf } from '../../src/hosts/xlsx/read';
import { selfeval } from '../helpers/cli';
import { fixture, loadWorkbook, tempDir } from '../helpers/fixtures';

const SHEET = '信息化建设项目';
// 电话来电量: ≥2800.00(万人次), actual 29.34(万人次), printed score 2.00 of 5.00, with a reason.
const REASON = 'H13';

describe('a missing 偏差原因分析', () => {
  let dir: string;
  let noReason: string;

  beforeAll(async () => {
    dir = await tempDir();
    const wb = await loadWorkbook(fixture('2023-city-centre'));
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell('C13').value).toBe('电话来电量');
    ws.getCell(REASON).value = null;
    noReason = path.join(dir, 'no-reason.xlsx');
    await wb.xlsx.writeFile(noReason);
  });

  it('is a MISSING_REASON error on that cell, and check exits 1', () => {
    const run = selfeval('check', noReason, '--json', '--rounding', 'down');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const missing = report.issues.filter((i: { code: string }) => i.code === 'MISSING_REASON');
    expect(missing).toEqual([expect.objectContaining({ sheet: SHEET, cell: REASON, severity: 'error' })]);
  });

  it('is highlighted by recalc, and the highlight is cleared once a reason is written', async () => {
    const out = path.join(dir, 'highlighted.xlsx');
    selfeval('recalc', noReason, '-o', out, '--rounding', 'down');
    const wb = await loadWorkbook(out);
    expect(fillOf(wb.getWorksheet(SHEET)!.getCell(REASON))).toBe(HIGHLIGHT_FILL);
    // Cells that need nothing are not highlighted.
    expect(fillOf(wb.getWorksheet(SHEET)!.getCell('H14'))).toBeNull();

    wb.getWorksheet(SHEET)!.getCell(REASON).value = '话务量统计口径调整';
    const fixed = path.join(dir, 'fixed.xlsx');
    await wb.xlsx.writeFile(fixed);
    const again = path.join(dir, 'again.xlsx');
    selfeval('recalc', fixed, '-o', again, '--rounding', 'down');
    const after = await loadWorkbook(again);
    expect(fillOf(after.getWorksheet(SHEET)!.getCell(REASON))).toBeNull();
    expect(after.getWorksheet(SHEET)!.getCell(REASON).value).toBe('话务量统计口径调整');
  });

  it('restores a fill the user had on the cell when the highlight goes', async () => {
    const wb = await loadWorkbook(noReason);
    wb.getWorksheet(SHEET)!.getCell(REASON).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFFF00' },
    };
    const yellow = path.join(dir, 'yellow.xlsx');
    await wb.xlsx.writeFile(yellow);
    const out = path.join(dir, 'yellow-recalc.xlsx');
    selfeval('recalc', yellow, '-o', out, '--rounding', 'down');
    const highlighted = await loadWorkbook(out);
    expect(fillOf(highlighted.getWorksheet(SHEET)!.getCell(REASON))).toBe(HIGHLIGHT_FILL);
    highlighted.getWorksheet(SHEET)!.getCell(REASON).value = '已说明';
    const explained = path.join(dir, 'explained.xlsx');
    await highlighted.xlsx.writeFile(explained);
    const final = path.join(dir, 'final.xlsx');
    selfeval('recalc', explained, '-o', final, '--rounding', 'down');
    expect(fillOf((await loadWorkbook(final)).getWorksheet(SHEET)!.getCell(REASON))).toBe('#FFFF00');
  });
});
