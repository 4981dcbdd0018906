// The year's usual loop: recalc, correct an actual, recalc again. The scores recalc wrote the
// first time are its own (the workbook remembers them), so the second run scores the row again.
// Before, it kept the old score "as typed", reported 0 errors and wrote 0 changes.

import { promises as fs } from 'fs';
import path from 'path';
import { patchWorkbook } from '../../src/xlsx';
import { selfeval } from '../helpers/cli';
import { fixture, loadWorkbook, tempDir } from '../helpers/fixtures';

const SHEET = '65岁以上老人定期体检';

/** The workbook with `cell` of SHEET set to `value`, as a person typing it would leave it. */
async function typed(file: string, cell: string, value: number, out: string): Promise<string> {
  const bytes = new Uint8Array(await fs.readFile(file));
  await fs.writeFile(out, patchWorkbook(bytes, [{ kind: 'value', sheet: SHEET, cell, value }]));
  return out;
}

it('a corrected actual is scored again by the next recalc, and check says the score is stale meanwhile', async () => {
  const dir = await tempDir();
  const first = path.join(dir, 'first.xlsx');
  selfeval('recalc', fixture('2022-district-blank'), '-o', first);
  expect((await loadWorkbook(first)).getWorksheet(SHEET)!.getCell('G12').value).toBe(30);

  // 完成体检数 ≥27000: 20000 done scores 20000 / 27000 × 30 = 22.22.
  const edited = await typed(first, 'E12', 20000, path.join(dir, 'edited.xlsx'));
  const check = selfeval('check', edited, '--json');
  expect(check.code).toBe(1);
  const issues = (
    JSON.parse(check.stdout) as { issues: { code: string; sheet: string; cell: string }[] }
  ).issues.filter((i) => i.sheet === SHEET);
  expect(issues).toContainEqual(expect.objectContaining({ code: 'SCORE_STALE', cell: 'G12' }));
  expect(issues.some((i) => i.code === 'SCORE_MISMATCH')).toBe(false);

  const second = path.join(dir, 'second.xlsx');
  const run = selfeval('recalc', edited, '-o', second);
  expect(run.code).toBe(1); // the row now owes its 偏差原因
  const ws = (await loadWorkbook(second)).getWorksheet(SHEET)!;
  expect(ws.getCell('G12').value).toBe(22.22);
  expect(ws.getCell('G15').value).toBe(92.22);
  const after = JSON.parse(selfeval('check', second, '--json').stdout) as {
    issues: { code: string; cell: string; sheet: string }[];
  };
  expect(after.issues.filter((i) => i.sheet === SHEET).map((i) => [i.code, i.cell])).toContainEqual([
    'MISSING_REASON',
    'H12',
  ]);
});
