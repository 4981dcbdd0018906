// Bad input gets a clear message naming the file or cell, never a crash or a stack trace.

import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { fixture, loadWorkbook, tempDir } from '../helpers/fixtures';

describe('bad input', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it('a file that is not an .xlsx: exit 2 and a message naming it', async () => {
    const file = path.join(dir, 'notes.xlsx');
    await fs.writeFile(file, 'just some text');
    const run = selfeval('check', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('notes.xlsx');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing file and bad usage: exit 2', () => {
    expect(selfeval('check', path.join(dir, 'nope.xlsx')).code).toBe(2);
    expect(selfeval('frobnicate').code).toBe(2);
    expect(selfeval('recalc', fixture('2022-district-blank')).stderr).toMatch(/-o/);
    expect(selfeval('check', fixture('2022-district'), '--rounding', 'sideways').code).toBe(2);
  });

  it('an empty workbook and a sheet with no form: a clear "no form" message, exit 1', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '会议纪要';
    const file = path.join(dir, 'empty.xlsx');
    await wb.xlsx.writeFile(file);
    const run = selfeval('check', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/没有找到绩效自评表/);
  });

  it('a form with garbage in every value cell: an issue on each cell, no crash', async () => {
    const wb = await loadWorkbook(fixture('2022-district'));
    const ws = wb.worksheets[0];
    // Inputs and computed cells of the first form: targets, actuals, weights, scores, budget numbers.
    const cells = [
      'D12',
      'E12',
      'F12',
      'G12',
      'D13',
      'E13',
      'F13',
      'G13',
      'D14',
      'E14',
      'F14',
      'G14',
      'E5',
      'F5',
      'H5',
      'I5',
    ];
    for (const c of cells) ws.getCell(c).value = '≥？？x#';
    const file = path.join(dir, 'garbage.xlsx');
    await wb.xlsx.writeFile(file);
    const run = selfeval('check', file, '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const onFirstSheet = report.issues.filter((i: { sheet: string }) => i.sheet === ws.name);
    const flagged = new Set(onFirstSheet.map((i: { cell: string }) => i.cell));
    for (const c of ['D12', 'F12', 'G12', 'D13', 'F13', 'G13', 'E5', 'F5', 'H5', 'I5'])
      expect(flagged).toContain(c);
    // Actuals that cannot be read leave the score to a person rather than scoring 0.
    expect(
      onFirstSheet.filter((i: { code: string }) => i.code === 'UNREADABLE_VALUE').length,
    ).toBeGreaterThanOrEqual(10);
    const recalc = selfeval('recalc', file, '-o', path.join(dir, 'garbage-out.xlsx'));
    expect(recalc.code).toBe(1);
    expect(recalc.stderr).not.toMatch(/\n\s+at /);
  });
});

it('recalc -o into a folder that does not exist yet, in one that does, creates it', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'new', 'out.xlsx');
  const run = selfeval('recalc', fixture('2022-district-blank'), '-o', out);
  expect(run.code).toBe(0);
  expect((await fs.stat(out)).size).toBeGreaterThan(10000);
});

it.each([
  ['zh-CN', '当前文件夹已不存在：请换到一个存在的文件夹后再运行'],
  ['en', 'the current folder no longer exists: change to a folder that exists and run again'],
])("run from a folder deleted since (%s): one line saying so, in the user's language", async (lang, line) => {
  const gone = path.join(await tempDir(), 'gone');
  await fs.mkdir(gone);
  const bin = path.join(__dirname, '..', '..', 'bin', 'selfeval.js');
  const run = spawnSync(
    'bash',
    [
      '-c',
      'cd "$1" && rmdir "$1" && exec "$2" "$3" recalc "$4" -o rel.xlsx',
      'sh',
      gone,
      process.execPath,
      bin,
      fixture('2022-district-blank'),
    ],
    { encoding: 'utf8', env: { ...process.env, SELFEVAL_LANG: lang } },
  );
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toBe(line);
});

it("an error no one foresaw is a line in the user's words naming the file, never its own text", async () => {
  const { main } = await import('../../src/cli/main');
  const file = path.join(await tempDir(), 'new.xlsx');
  const lines: string[] = [];
  const out = {
    report: () => undefined,
    unreadable: () => undefined,
    note: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    },
    error: (t: string) => lines.push(t),
    help: () => undefined,
  };
  expect(await main(['template', file], out)).toBe(2);
  expect(lines).toEqual([
    `${file}：出现意外问题，没有完成：请重试；若仍出现，请把这条命令和文件交给 SelfEval 的维护者`,
  ]);
});

it('recalc --json on a file cut short: its {"file", "error"} line on stdout, as check --json gives', async () => {
  const file = path.join(await tempDir(), 'cut.xlsx');
  await fs.writeFile(file, (await fs.readFile(fixture('2022-district-blank'))).subarray(0, 1000));
  const recalc = selfeval('recalc', file, '-o', path.join(path.dirname(file), 'out.xlsx'), '--json');
  expect(recalc.code).toBe(2);
  expect(JSON.parse(recalc.stdout)).toEqual(JSON.parse(selfeval('check', file, '--json').stdout));
  expect(JSON.parse(recalc.stdout)).toEqual({ file, error: expect.stringContaining('文件已损坏或不完整') });
});

describe('a file that cannot be read is named with the real cause, not permissions nor "not found"', () => {
  it('a name beyond the system limit: too long', async () => {
    const file = path.join(await tempDir(), `${'长'.repeat(90)}.xlsx`);
    expect(selfeval('check', file).stderr.trim()).toBe(
      `${file}：文件名或路径太长：请缩短文件名（或换一个较短的文件夹）`,
    );
  });

  it('a file over 2 GB (sparse, no disk used): too large for a workbook', async () => {
    const file = path.join(await tempDir(), 'huge.xlsx');
    await fs.writeFile(file, '');
    await fs.truncate(file, 3 * 2 ** 30);
    const run = selfeval('check', file);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${file}：文件太大（超过 2 GB），不是能读取的工作簿：请检查是否选错了文件`,
    );
  });

  it('links that point at each other: a loop of links', async () => {
    const dir = await tempDir();
    await fs.symlink('l2.xlsx', path.join(dir, 'l1.xlsx'));
    await fs.symlink('l1.xlsx', path.join(dir, 'l2.xlsx'));
    const file = path.join(dir, 'l1.xlsx');
    expect(selfeval('check', file).stderr.trim()).toBe(
      `${file}：这是一个指向自身的链接（链接循环），不通向任何文件：请检查或删除这个链接`,
    );
    const out = selfeval('recalc', fixture('2022-district-blank'), '-o', file);
    expect([out.code, out.stderr.trim()]).toEqual([
      2,
      expect.stringContaining(`${file}：这是一个指向自身的链接`),
    ]);
  });
});

it('an empty file name ("" from an unset variable) or -o without a name is said so, not "：not found"', () => {
  const empty = selfeval('check', '');
  expect([empty.code, empty.stderr]).toEqual([
    2,
    '文件名是空的：请写出要处理的文件名（用法见 selfeval --help）\n',
  ]);
  for (const args of [['-o'], ['-o', '']]) {
    const run = selfeval('recalc', fixture('2022-district-blank'), ...args);
    expect([run.code, run.stderr]).toEqual([
      2,
      '选项 -o 缺少文件名：请在它后面写出输出文件名（用法见 selfeval --help）\n',
    ]);
  }
});

it('recalc of a workbook without a form writes nothing and names the input, not the output', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').getCell('A1').value = '会议纪要';
  const dir = await tempDir();
  const file = path.join(dir, 'minutes.xlsx');
  await wb.xlsx.writeFile(file);
  const out = path.join(dir, 'out.xlsx');
  const run = selfeval('recalc', file, '-o', out);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`${file}：没有找到绩效自评表`);
  expect(run.stderr.trim()).toBe(`${file} 中没有绩效自评表，无需重新计算：没有写出 ${out}`);
  await expect(fs.access(out)).rejects.toThrow();
});
