// recalc writes where it was told to and nowhere else: never over a file under a name it chose,
// never over the original of a converted .ods/.xls; a link's target is written and the link kept,
// a private file stays private, a pipe or device is written into rather than replaced.

import { spawn, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { fixture, FIXTURES, tempDir } from '../helpers/fixtures';
import { withLibreOffice } from '../helpers/libreoffice';

const BLANK = fixture('2022-district-blank');
const ODS = path.join(FIXTURES, 'files', 'legacy-form.ods');
const noStack = /\n\s+at |TypeError|ENOENT|EACCES|EISDIR|ENOTDIR|\.tmp/;

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});

/** Whether bytes are a zip package (what recalc writes). */
const isZip = (b: Buffer) => b[0] === 0x50 && b[1] === 0x4b;

withLibreOffice('an .ods named .xlsx, recalculated in place, is refused: the original is kept', async () => {
  const file = path.join(dir, 'form.xlsx');
  await fs.copyFile(ODS, file);
  const run = selfeval('recalc', file, '-o', file);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`${file}：这是要读取的原文件`);
  expect(run.stderr).not.toContain('已写入');
  expect(await fs.readFile(file)).toEqual(await fs.readFile(ODS));
});

it.each([['form.xls'], ['form.csv'], ['form']])(
  '-o %s gives form.xlsx, but never over an existing form.xlsx the user did not name',
  async (asked) => {
    const theirs = path.join(dir, 'form.xlsx');
    await fs.writeFile(theirs, 'their other workbook');
    const run = selfeval('recalc', BLANK, '-o', path.join(dir, asked));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${theirs}：已有这个文件`);
    expect(run.stderr).not.toMatch(noStack);
    expect(await fs.readFile(theirs, 'utf8')).toBe('their other workbook');
  },
);

it('-o without an extension writes NAME.xlsx and says so', async () => {
  const run = selfeval('recalc', BLANK, '-o', path.join(dir, 'result'));
  expect(run.stderr).toContain(`保存为 ${path.join(dir, 'result.xlsx')}`);
  expect(isZip(await fs.readFile(path.join(dir, 'result.xlsx')))).toBe(true);
  await expect(fs.access(path.join(dir, 'result'))).rejects.toThrow();
});

it('an output that is a link: its target gets the workbook, the link stays a link', async () => {
  await fs.mkdir(path.join(dir, 'shared'));
  const target = path.join(dir, 'shared', 'report.xlsx');
  await fs.writeFile(target, 'old');
  const link = path.join(dir, 'link.xlsx');
  await fs.symlink(path.join('shared', 'report.xlsx'), link);
  const run = selfeval('recalc', BLANK, '-o', link);
  expect(run.stderr).toContain('已写入');
  expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
  expect(isZip(await fs.readFile(target))).toBe(true);
  expect((await fs.readdir(path.join(dir, 'shared'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

it('a file written in place keeps its permissions (a private 600 file stays private)', async () => {
  const file = path.join(dir, 'private.xlsx');
  await fs.copyFile(BLANK, file);
  await fs.chmod(file, 0o600);
  const run = selfeval('recalc', file, '-o', file);
  expect(run.stderr).toContain('已写入');
  expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
});

it('a pipe is written into, not replaced by a file', async () => {
  const fifo = path.join(dir, 'pipe');
  const captured = path.join(dir, 'captured');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  // The reader runs in its own process: the command below blocks this one until it exits.
  const reader = spawn('sh', ['-c', `cat "${fifo}" > "${captured}"`]);
  const read = new Promise((resolve) => reader.on('exit', resolve));
  const run = selfeval('recalc', BLANK, '-o', fifo);
  // A pipe replaced by a file leaves the reader waiting on the old one: stop it, and fail below.
  const timer = setTimeout(() => reader.kill(), 5000);
  await read;
  clearTimeout(timer);
  expect(run.stderr).toContain('已写入');
  expect((await fs.lstat(fifo)).isFIFO()).toBe(true);
  expect(isZip(await fs.readFile(captured))).toBe(true);
});

it('an output under a file (a file where a folder should be) says so in one line', async () => {
  const file = path.join(dir, 'plain.xlsx');
  await fs.copyFile(BLANK, file);
  const run = selfeval('recalc', BLANK, '-o', path.join(file, 'out.xlsx'));
  expect(run.code).toBe(2);
  expect(run.stderr.trim()).toBe(
    `${path.join(file, 'out.xlsx')}：输出路径中有一级是文件而不是文件夹：请检查路径`,
  );
});

it('a visible sheet of the user’s named _selfeval is never written: the state is not kept, and said so', async () => {
  const input = path.join(FIXTURES, 'files', 'user-selfeval-sheet.xlsx');
  const out = path.join(dir, 'out.xlsx');
  const run = selfeval('recalc', input, '-o', out);
  expect(run.stderr).toMatch(/已写入 .*（[1-9]\d* 处修改）/);
  expect(run.stderr).toContain('已有名为“_selfeval”的工作表');
  const part = 'xl/worksheets/sheet2.xml';
  const [before, after] = await Promise.all([input, out].map(async (f) => unzipSync(await fs.readFile(f))));
  expect(Buffer.from(after[part])).toEqual(Buffer.from(before[part]));
  // One sheet of that name, still the user's, still visible.
  const workbook = strFromU8(after['xl/workbook.xml']);
  expect(workbook.match(/name="_selfeval"/g)).toHaveLength(1);
  expect(workbook).not.toMatch(/name="_selfeval"[^>]*state=/);
});
