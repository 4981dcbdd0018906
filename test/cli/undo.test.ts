// selfeval undo IN -o OUT: 撤销上次计算 for those without the add-in (Office 2016/2019 volume
// licences, the command line's users). The record recalc keeps in the workbook is replayed
// backwards: every worksheet comes back byte for byte, and a second undo has nothing to undo.

import { promises as fs } from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { fixture, tempDir } from '../helpers/fixtures';

const BLANK = fixture('2022-district-blank');

/** The package's parts by name. */
async function parts(file: string): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await fs.readFile(file)));
}

/** The error and warning counts `check` gives a file. */
function counts(file: string) {
  const report = JSON.parse(selfeval('check', file, '--json').stdout) as { issues: { severity: string }[] };
  return ['error', 'warning'].map((s) => report.issues.filter((i) => i.severity === s).length);
}

it('puts back every cell the last recalculation wrote: the sheets are the original’s byte for byte', async () => {
  const dir = await tempDir();
  const done = path.join(dir, 'recalculated.xlsx');
  const undone = path.join(dir, 'undone.xlsx');
  expect(selfeval('recalc', BLANK, '-o', done).code).toBe(0);
  const run = selfeval('undo', done, '-o', undone);
  expect([run.code, run.stderr.trim()]).toEqual([0, `已撤销上次计算：恢复 120 个单元格，写入 ${undone}`]);
  const [before, after] = [await parts(BLANK), await parts(undone)];
  const sheets = Object.keys(before).filter((n) => n.startsWith('xl/worksheets/sheet'));
  expect(sheets.length).toBe(14);
  for (const name of sheets) expect([name, strFromU8(after[name])]).toEqual([name, strFromU8(before[name])]);
  expect(after['xl/styles.xml']).toEqual(before['xl/styles.xml']);
  // The form is as it was: check finds what it found before recalculating.
  expect(counts(undone)).toEqual(counts(BLANK));
  // The record is used up: nothing more to undo, and nothing written.
  const again = selfeval('undo', undone, '-o', path.join(dir, 'again.xlsx'), '--lang', 'en');
  expect([again.code, again.stderr.trim()]).toEqual([
    1,
    `${undone}: there is no recalculation to undo (it holds no record of SelfEval’s last one), so ${path.join(dir, 'again.xlsx')} was not written`,
  ]);
  await expect(fs.access(path.join(dir, 'again.xlsx'))).rejects.toThrow();
});

it('says a workbook never recalculated has nothing to undo, and writes nothing', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'out.xlsx');
  const run = selfeval('undo', BLANK, '-o', out);
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toBe(
    `${BLANK}：没有可撤销的计算（其中没有 SelfEval 上次计算的记录），没有写出 ${out}`,
  );
  await expect(fs.access(out)).rejects.toThrow();
});

it('refuses, in one line, to write into a sheet protected since the recalculation', async () => {
  const dir = await tempDir();
  const done = path.join(dir, 'recalculated.xlsx');
  expect(selfeval('recalc', BLANK, '-o', done).code).toBe(0);
  // The first sheet protected afterwards, as Excel writes it.
  const files = await parts(done);
  const sheet = 'xl/worksheets/sheet1.xml';
  files[sheet] = strToU8(
    strFromU8(files[sheet]).replace('</sheetData>', '</sheetData><sheetProtection sheet="1"/>'),
  );
  await fs.writeFile(done, zipSync(files));
  const out = path.join(dir, 'undone.xlsx');
  const run = selfeval('undo', done, '-o', out);
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toMatch(/^.+recalculated\.xlsx：工作表“.+”受保护，无法写入；请先撤销保护$/);
  await expect(fs.access(out)).rejects.toThrow();
});
