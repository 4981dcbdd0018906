// recalc writes where it was told to and nowhere else: never over a file under a name it chose,
// never over the original of a converted .ods/.xls; a link's target is written and the link kept,
// a private file stays private, a pipe or device is written into rather than replaced. A command
// that makes a new workbook never replaces a workbook holding forms.

import { spawn, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { compoundFile } from '../helpers/compound-file';
import { ended, waitFor } from '../helpers/interrupt';
import { fixture, FIXTURES, tempDir } from '../helpers/fixtures';
import { withLibreOffice } from '../helpers/libreoffice';

const BLANK = fixture('2022-district-blank');
const DECLARATIONS = fixture('2024-target-declarations');
const BIN = path.join(__dirname, '..', '..', 'bin', 'selfeval.js');
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

withLibreOffice(
  'a converted .ods written to a full disk: no word of a saved .xlsx, only why none was',
  () => {
    const run = selfeval('recalc', ODS, '-o', '/dev/full');
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('/dev/full：磁盘已满，没有写入：请腾出空间后再试');
  },
);

it.each([['form.xls'], ['form.csv'], ['form']])(
  '-o %s gives form.xlsx, but never over an existing form.xlsx the user did not name',
  async (asked) => {
    const theirs = path.join(dir, 'form.xlsx');
    await fs.writeFile(theirs, 'their other workbook');
    const run = selfeval('recalc', BLANK, '-o', path.join(dir, asked));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${theirs}：这个文件已存在，但不是用 -o 指定的`);
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
  // The file that was there is gone: said so.
  expect(run.stderr).toContain('已写入');
  expect(run.stderr).toContain('；原有的同名文件已被替换');
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
  // Rewriting the input was asked for: no word of a file replaced.
  expect(run.stderr).not.toContain('原有的同名文件');
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

// strace holds the rename back, so that the signal comes while the output is being written.
const withStrace = spawnSync('strace', ['-V']).status === 0 ? it : it.skip;
withStrace.each(['SIGTERM', 'SIGINT'] as const)(
  'stopped (%s) while the output is written: no temporary file left beside it, the old output kept',
  async (signal) => {
    const out = path.join(dir, 'existing.xlsx');
    await fs.writeFile(out, 'their earlier output');
    const delayRename = ['-f', '-qq', '-o', '/dev/null', '-e', 'inject=rename:delay_enter=3000000'];
    const strace = spawn('strace', [...delayRename, process.execPath, BIN, 'recalc', BLANK, '-o', out]);
    const exit = ended(strace);
    await waitFor(async () => (await fs.readdir(dir)).some((n) => n.endsWith('.tmp')));
    const node = Number(await fs.readFile(`/proc/${strace.pid}/task/${strace.pid}/children`, 'utf8'));
    process.kill(node, signal);
    await exit;
    expect(await fs.readdir(dir)).toEqual(['existing.xlsx']);
    expect(await fs.readFile(out, 'utf8')).toBe('their earlier output');
  },
);

it('an output under a file (a file where a folder should be) says so in one line', async () => {
  const file = path.join(dir, 'plain.xlsx');
  await fs.copyFile(BLANK, file);
  const run = selfeval('recalc', BLANK, '-o', path.join(file, 'out.xlsx'));
  expect(run.code).toBe(2);
  expect(run.stderr.trim()).toBe(
    `${path.join(file, 'out.xlsx')}：输出路径中有一级是文件而不是文件夹：请检查路径`,
  );
});

// Excel and WPS compare sheet names without regard to case: a user's _SELFEVAL is the name
// SelfEval would add. A second sheet _selfeval was added beside it (Excel repairs such a file;
// LibreOffice renamed ours, and the settings and highlights were lost at the next recalc).
it.each(['_selfeval', '_SELFEVAL', '_SelfEval'])(
  'a visible sheet of the user’s named %s keeps no state of SelfEval’s, and says so truly',
  async (name) => {
    const fixtureFile = path.join(FIXTURES, 'files', 'user-selfeval-sheet.xlsx');
    const parts = unzipSync(await fs.readFile(fixtureFile));
    parts['xl/workbook.xml'] = strToU8(
      strFromU8(parts['xl/workbook.xml']).replace('name="_selfeval"', `name="${name}"`),
    );
    const input = path.join(dir, `user-${name}.xlsx`);
    await fs.writeFile(input, zipSync(parts));
    const out = path.join(dir, 'out.xlsx');
    const run = selfeval('recalc', input, '-o', out);
    expect(run.stderr).toMatch(/已写入 .*（[1-9]\d* 处修改）/);
    expect(run.stderr).toContain('已有名为“_selfeval”（不区分大小写）的工作表，是您的工作表');
    const part = 'xl/worksheets/sheet2.xml';
    const [before, after] = await Promise.all([input, out].map(async (f) => unzipSync(await fs.readFile(f))));
    expect(Buffer.from(after[part])).toEqual(Buffer.from(before[part]));
    // One sheet of that name whatever its case, still the user's, still visible.
    const workbook = strFromU8(after['xl/workbook.xml']);
    expect(workbook.match(/name="_selfeval"/gi)).toHaveLength(1);
    expect(workbook).not.toMatch(/name="_selfeval"[^>]*state=/i);
  },
);

// A workbook whose structure is protected (审阅 → 保护工作簿) got a very hidden sheet added behind
// the lock: workbook.xml, its relationships and the content types all changed, without a word.
it('a workbook with a protected structure gets no sheet added: its values are written, the state not kept, and said so', async () => {
  const parts = unzipSync(await fs.readFile(BLANK));
  const workbook = strFromU8(parts['xl/workbook.xml']);
  parts['xl/workbook.xml'] = strToU8(
    workbook.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
  );
  const input = path.join(dir, 'locked.xlsx');
  await fs.writeFile(input, zipSync(parts));
  const out = path.join(dir, 'locked-out.xlsx');
  const run = selfeval('recalc', input, '-o', out);
  expect(run.stderr).toMatch(/已写入 .*（[1-9]\d* 处修改）/);
  expect(run.stderr).toContain('工作簿结构受保护，不能添加工作表');
  const [before, after] = await Promise.all([input, out].map(async (f) => unzipSync(await fs.readFile(f))));
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const part of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'])
    expect(Buffer.from(after[part])).toEqual(Buffer.from(before[part]));
});

// A state written by a newer SelfEval (or damaged) was read as none and written over: the
// stored settings (向下舍去) were lost for good, and the highlights' own fills with them.
it('a state this version cannot read is never written over, and said so', async () => {
  const first = path.join(dir, 'with-state.xlsx');
  selfeval('recalc', BLANK, '-o', first, '--rounding', 'down');
  const parts = unzipSync(await fs.readFile(first));
  const statePart = Object.keys(parts).find((p) => strFromU8(parts[p]).includes('"version":1'))!;
  parts[statePart] = strToU8(strFromU8(parts[statePart]).replace('"version":1', '"version":9'));
  const newer = path.join(dir, 'newer-state.xlsx');
  await fs.writeFile(newer, zipSync(parts));
  const out = path.join(dir, 'newer-out.xlsx');
  const run = selfeval('recalc', newer, '-o', out);
  expect(run.stderr).toContain(
    'SelfEval 保存的设置与高亮记录无法读取（由更新的版本写入，或已损坏），保持原样未改动',
  );
  const after = unzipSync(await fs.readFile(out));
  expect(Buffer.from(after[statePart])).toEqual(Buffer.from(parts[statePart]));
  // check says its settings are the defaults meanwhile.
  expect(selfeval('check', newer).stderr).toContain(
    `${newer}：SelfEval 保存的设置无法读取（由更新的版本写入，或已损坏）：本次按默认设置检查`,
  );
});

describe('every command that writes a workbook', () => {
  it.each([
    ['recalc', (out: string) => ['recalc', BLANK, '-o', out]],
    ['template', (out: string) => ['template', out]],
    ['summary', (out: string) => ['summary', BLANK, '-o', out]],
  ])('%s: an output ending in a separator names a folder, never a file of that name', async (_c, args) => {
    const folder = path.join(dir, 'newdir');
    const run = selfeval(...args(`${folder}/`));
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${folder}/：输出路径是一个文件夹：请写出文件名，如 输出.xlsx`);
    await expect(fs.lstat(folder)).rejects.toThrow();
  });

  it.each([
    ['template', (out: string) => ['template', out]],
    ['summary', (out: string) => ['summary', BLANK, '-o', out]],
  ])('%s: -o NAME.csv gives NAME.xlsx, said so, and never over an existing one', async (_c, args) => {
    const asked = path.join(dir, 'made.csv');
    const made = path.join(dir, 'made.xlsx');
    const first = selfeval(...args(asked));
    expect(first.stderr).toContain(`保存为 ${made}`);
    expect(isZip(await fs.readFile(made))).toBe(true);
    await expect(fs.access(asked)).rejects.toThrow();
    const again = selfeval(...args(asked));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${made}：这个文件已存在，但不是用 -o 指定的`);
  });

  it.each([
    ['template over a workbook of forms', (file: string) => ['template', file], BLANK],
    ['from-targets over its own input', (file: string) => ['from-targets', file, '-o', file], DECLARATIONS],
    ['summary over one of its inputs', (file: string) => ['summary', dir, '-o', file], BLANK],
  ])('%s: refused in one line, the forms kept', async (_c, args, source) => {
    const file = path.join(dir, 'theirs.xlsx');
    await fs.copyFile(source, file);
    const run = selfeval(...args(file));
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${file}：这个文件里有自评表或目标申报表：写出的新工作簿会替换其中的全部内容，所以不覆盖它；请另写一个文件名（或先把它移走）`,
    );
    expect(await fs.readFile(file)).toEqual(await fs.readFile(source));
  });

  const passwordXlsx = () => Buffer.from(compoundFile(['EncryptionInfo', 'EncryptedPackage']));
  const cutShort = async () => (await fs.readFile(BLANK)).subarray(0, 1000);
  const text = () => Buffer.from('2024年度绩效自评工作安排（草稿）');
  it.each([
    ['template', 'a password', (file: string) => ['template', file], passwordXlsx],
    ['template', 'plain text in it, no workbook at all', (file: string) => ['template', file], text],
    [
      'summary',
      'plain text in it, no workbook at all',
      (file: string) => ['summary', BLANK, '-o', file],
      text,
    ],
    ['template', 'a cut-short download', (file: string) => ['template', file], cutShort],
    ['summary', 'a password', (file: string) => ['summary', BLANK, '-o', file], passwordXlsx],
    [
      'from-targets',
      'a cut-short download',
      (file: string) => ['from-targets', DECLARATIONS, '-o', file],
      cutShort,
    ],
  ])(
    '%s over a workbook with %s (its forms unseen): refused in one line, the file kept',
    async (_c, _w, args, bytes) => {
      const file = path.join(dir, 'theirs.xlsx');
      const before = await bytes();
      await fs.writeFile(file, before);
      const run = selfeval(...args(file));
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(
        `${file}：这个文件无法读取（有密码、已损坏或格式无法打开），无法确认其中是否有自评表，不覆盖：请另写一个文件名`,
      );
      expect(await fs.readFile(file)).toEqual(before);
    },
  );

  it.each([
    ['template', (file: string) => ['template', file], '已生成空白自评表'],
    ['summary', (file: string) => ['summary', BLANK, '-o', file], '已写入汇总表'],
    ['from-targets', (file: string) => ['from-targets', DECLARATIONS, '-o', file], '已从'],
  ])('%s over a workbook holding no form: replaced, and said so', async (_c, args, written) => {
    const file = path.join(dir, '通讯录.xlsx');
    const first = selfeval(...args(file));
    expect([first.code, first.stderr]).toEqual([0, expect.stringContaining(written)]);
    expect(first.stderr).not.toContain('原有的同名文件已被替换');
    const theirs = new ExcelJS.Workbook();
    theirs.addWorksheet('Sheet1').getCell('A1').value = '通讯录';
    await theirs.xlsx.writeFile(file);
    const again = selfeval(...args(file));
    expect(again.code).toBe(0);
    expect(again.stderr.trim().split('\n')[0]).toMatch(new RegExp(`^${written}.*；原有的同名文件已被替换$`));
  });

  it('a summary written again over the summary written before is replaced (it holds no form)', async () => {
    await fs.copyFile(BLANK, path.join(dir, 'form.xlsx'));
    const summary = path.join(dir, '汇总.xlsx');
    expect(selfeval('summary', dir, '-o', summary).code).toBe(0);
    const again = selfeval('summary', dir, '-o', summary);
    expect([again.code, again.stderr]).toEqual([0, expect.stringContaining('已写入汇总表')]);
  });

  it('a file deeper up the path where a folder should be is named as such', async () => {
    const file = path.join(dir, 'plain.xlsx');
    await fs.copyFile(BLANK, file);
    const out = path.join(file, 'a', 'b', 'out.xlsx');
    const run = selfeval('template', out);
    expect(run.stderr.trim()).toBe(`${out}：输出路径中有一级是文件而不是文件夹：请检查路径`);
  });

  it('links that point at each other are refused, and stay links', async () => {
    const [a, b] = [path.join(dir, 'loop1.xlsx'), path.join(dir, 'loop2.xlsx')];
    await fs.symlink(b, a);
    await fs.symlink(a, b);
    const run = selfeval('recalc', BLANK, '-o', a);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('已写入');
    for (const link of [a, b]) expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
  });
});

it('a file no one may write (chmod 444) is not overwritten, by root either: one line says so', async () => {
  const out = path.join(dir, 'final.xlsx');
  await fs.writeFile(out, 'their finished workbook');
  await fs.chmod(out, 0o444);
  const run = selfeval('recalc', BLANK, '-o', out);
  expect(run.code).toBe(2);
  expect(run.stderr.trim()).toBe(
    `${out}：这个文件是只读的，不会被覆盖：请先取消只读，或用 -o 写到另一个文件`,
  );
  expect(await fs.readFile(out, 'utf8')).toBe('their finished workbook');
});

// A file another user may not write (root's 644, written as `nobody`) is refused as `cp` refuses.
// Run where root can become nobody and nobody can read the command and the fixture.
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
const asNobody =
  process.getuid?.() === 0 &&
  spawnSync('setpriv', [...NOBODY, 'sh', '-c', `test -r "${BIN}" && test -r "${BLANK}"`]).status === 0;
(asNobody ? it : it.skip)(
  'an output the user may not write is not overwritten: one line says it is read-only',
  async () => {
    await fs.chmod(dir, 0o777);
    const out = path.join(dir, 'final.xlsx');
    await fs.writeFile(out, 'their finished workbook');
    await fs.chmod(out, 0o644);
    const run = spawnSync('setpriv', [...NOBODY, process.execPath, BIN, 'recalc', BLANK, '-o', out], {
      encoding: 'utf8',
      env: { ...process.env, SELFEVAL_LANG: 'zh-CN' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${out}：这个文件是只读的，不会被覆盖：请先取消只读，或用 -o 写到另一个文件`,
    );
    expect(await fs.readFile(out, 'utf8')).toBe('their finished workbook');
  },
);
