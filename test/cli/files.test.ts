// The command line tells people what happened to their files, in their language: legacy and
// OpenDocument workbooks read through LibreOffice (the original never touched), every failure one
// line without JavaScript or Node internals, every file of `check A B C` reported.

import { spawn, spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import { strToU8, zipSync } from 'fflate';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { fixture, FIXTURES, tempDir } from '../helpers/fixtures';
import { withLibreOffice } from '../helpers/libreoffice';
import { compoundFile } from '../helpers/compound-file';
import { ended, running, waitFor } from '../helpers/interrupt';

const LEGACY = path.join(FIXTURES, 'files', 'legacy-form.xls');
const ODS = path.join(FIXTURES, 'files', 'legacy-form.ods');
const BIN = path.join(__dirname, '..', '..', 'bin', 'selfeval.js');
const noStack = /\n\s+at |TypeError|ENOENT|EACCES|EISDIR/;

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('legacy .xls and OpenDocument .ods', () => {
  withLibreOffice('are checked through LibreOffice', () => {
    for (const file of [LEGACY, ODS]) {
      const run = selfeval('check', file, '--json');
      expect(run.code).toBe(1); // the blank form's computed cells are empty
      expect(JSON.parse(run.stdout).forms).toHaveLength(1);
    }
  });

  withLibreOffice('recalc writes an .xlsx and never touches the original', async () => {
    const before = await fs.readFile(LEGACY);
    const run = selfeval('recalc', LEGACY, '-o', path.join(dir, 'out.xls'), '--json');
    expect(run.stderr).toMatch(/LibreOffice/);
    const report = JSON.parse(run.stdout.trim().split('\n').pop()!);
    expect(report.file).toBe(path.join(dir, 'out.xlsx'));
    expect(report.forms[0].grade.value).toBe('优');
    await expect(fs.access(path.join(dir, 'out.xlsx'))).resolves.toBeUndefined();
    expect((await fs.readFile(LEGACY)).equals(before)).toBe(true);
  });

  withLibreOffice('recalc without -o writes the .xlsx beside the original, never over a file', async () => {
    const own = await tempDir();
    const input = path.join(own, '自评表.ods');
    await fs.copyFile(ODS, input);
    const run = selfeval('recalc', input);
    expect(run.code).not.toBe(2);
    expect(run.stderr).toContain(path.join(own, '自评表.xlsx'));
    expect((await fs.readFile(path.join(own, '自评表.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await fs.readFile(input)).equals(await fs.readFile(ODS))).toBe(true);
    // Run again: that .xlsx is now a file nobody named for this run, and stays as it is.
    const before = await fs.readFile(path.join(own, '自评表.xlsx'));
    const again = selfeval('recalc', input);
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toMatch(/自评表\.xlsx：这个文件已存在，但不是用 -o 指定的/);
    expect((await fs.readFile(path.join(own, '自评表.xlsx'))).equals(before)).toBe(true);
    // An .xlsx is only written where -o says.
    expect(selfeval('recalc', path.join(own, '自评表.xlsx')).stderr).toContain('请用 -o 指定输出文件');
  });

  withLibreOffice(
    'an .xls LibreOffice cannot read is damaged, not a format to install anything for',
    async () => {
      const broken = path.join(dir, 'broken.xls');
      await fs.writeFile(broken, compoundFile(['Workbook'])); // an empty Workbook stream
      const run = selfeval('check', broken);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toMatch(/^.*broken\.xls：文件已损坏或不完整/);
      expect(run.stderr).not.toContain('LibreOffice');
    },
  );

  withLibreOffice.each([600, 3000])(
    'an .xls cut short at %d bytes is damaged, and recalc writes nothing (never its bytes read as text)',
    async (size) => {
      const own = await tempDir();
      const cut = path.join(own, 'cut.xls');
      await fs.writeFile(cut, (await fs.readFile(LEGACY)).subarray(0, size));
      const check = selfeval('check', cut);
      expect([check.code, check.stderr.trim()]).toEqual([
        2,
        expect.stringMatching(/cut\.xls：文件已损坏或不完整/),
      ]);
      const recalc = selfeval('recalc', cut);
      expect([recalc.code, recalc.stderr.trim()]).toEqual([2, check.stderr.trim()]);
      expect(await fs.readdir(own)).toEqual(['cut.xls']);
    },
  );

  withLibreOffice('a WPS .et (a compound file like an .xls) is still read through LibreOffice', async () => {
    const et = path.join(dir, 'wps.et');
    await fs.copyFile(LEGACY, et);
    const run = selfeval('check', et, '--json');
    expect(run.code).toBe(1); // the blank form's computed cells are empty
    expect(JSON.parse(run.stdout).forms).toHaveLength(1);
  });

  withLibreOffice.each(['SIGTERM', 'SIGINT'] as const)(
    'stopped (%s) while LibreOffice converts: no copy of the workbook left, LibreOffice stopped',
    async (signal) => {
      const tmp = await tempDir();
      const child = spawn(process.execPath, [BIN, 'recalc', LEGACY, '-o', path.join(tmp, 'out.xlsx')], {
        env: { ...process.env, TMPDIR: tmp },
      });
      const exit = ended(child);
      const converting = async () => (await fs.readdir(tmp)).some((n) => running(path.join(tmp, n)));
      await waitFor(converting);
      child.kill(signal);
      expect(await exit).toEqual({ code: null, signal });
      await new Promise((resolve) => setTimeout(resolve, 500)); // a stopped process takes a moment to go
      expect(running(tmp)).toBe(false);
      expect(await fs.readdir(tmp)).toEqual([]);
    },
  );

  it('without LibreOffice: one line saying to save the file as .xlsx, exit 2', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', LEGACY], {
      encoding: 'utf8',
      env: { PATH: '/nonexistent', SELFEVAL_LANG: 'zh-CN' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `${LEGACY}：旧版 .xls / WPS .et 格式：请在 Excel 或 WPS 中另存为 .xlsx 后再检查（或安装 LibreOffice）`,
    );
  });
});

describe('a temporary folder LibreOffice cannot use is named, never blamed on the file', () => {
  const withTemp = (tmp: string) =>
    spawnSync(process.execPath, [BIN, 'check', LEGACY], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, SELFEVAL_LANG: 'zh-CN' },
    });
  const toDo = '请把环境变量 TMPDIR（Windows 为 TEMP）设为一个';

  it.each([
    ['missing', '/nonexistent/selfeval-tmp'],
    ['a file', LEGACY],
  ])('TMPDIR %s: one line saying the folder does not exist, exit 2', (_c, tmp) => {
    const run = withTemp(tmp);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${LEGACY}：无法用 LibreOffice 读取：临时文件夹 ${tmp} 不存在或不是文件夹：${toDo}存在且可以写入的文件夹后再试`,
    );
  });

  // sysfs refuses a new folder to root too.
  (existsSync('/sys/kernel') ? it : it.skip)('TMPDIR where no one may write: one line saying so', () => {
    const run = withTemp('/sys/kernel');
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${LEGACY}：无法用 LibreOffice 读取：没有权限在临时文件夹 /sys/kernel 中写入：${toDo}可以写入的文件夹后再试`,
    );
  });
});

describe('what a file is, from its content rather than its name', () => {
  const withoutLibreOffice = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { PATH: '/nonexistent', SELFEVAL_LANG: 'zh-CN' },
    });
  let renamed: string;
  beforeAll(async () => {
    renamed = path.join(dir, 'renamed-xls.xlsx');
    await fs.copyFile(LEGACY, renamed);
  });

  it('a legacy .xls named .xlsx gets the legacy line, never the password line', () => {
    const r = withoutLibreOffice('check', renamed);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `${renamed}：旧版 .xls / WPS .et 格式：请在 Excel 或 WPS 中另存为 .xlsx 后再检查（或安装 LibreOffice）`,
    );
  });

  withLibreOffice('a legacy .xls named .xlsx is read through LibreOffice as an .xls', () => {
    const check = selfeval('check', renamed, '--json');
    expect(check.code).toBe(1); // the blank form's computed cells are empty
    expect(JSON.parse(check.stdout).forms).toHaveLength(1);
    const recalc = selfeval('recalc', renamed, '-o', path.join(dir, 'renamed-out.xlsx'));
    expect(recalc.stderr).toContain(`${renamed} 是 .xls 格式`);
    expect(recalc.code).toBe(0);
  });

  it('an .xlsx encrypted by a password (EncryptionInfo, EncryptedPackage) gets the password line', async () => {
    const locked = path.join(dir, 'locked.xls');
    await fs.writeFile(locked, compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    const r = withoutLibreOffice('check', locked);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${locked}：工作簿设有打开密码：请在 Excel 或 WPS 中取消密码后再试`);
  });

  it('a password-protected .xls (FILEPASS after BOF) gets the password line, not “damaged”', () => {
    const locked = path.join(FIXTURES, 'files', 'password-form.xls');
    for (const r of [withoutLibreOffice('check', locked), selfeval('check', locked)]) {
      expect(r.stderr.trim()).toBe(`${locked}：工作簿设有打开密码：请在 Excel 或 WPS 中取消密码后再试`);
    }
  });

  it('a password-protected .ods (its manifest lists encryption data) gets the password line', async () => {
    const locked = path.join(dir, 'locked.ods');
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">' +
      '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>' +
      '</manifest:file-entry></manifest:manifest>';
    await fs.writeFile(
      locked,
      zipSync({
        mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
        'META-INF/manifest.xml': strToU8(manifest),
        'content.xml': new Uint8Array([1, 2, 3]),
      }),
    );
    const r = withoutLibreOffice('check', locked);
    expect(r.stderr.trim()).toBe(`${locked}：工作簿设有打开密码：请在 Excel 或 WPS 中取消密码后再试`);
  });
});

describe('failures are one line in the user’s language', () => {
  it('check A B C reports all three when B cannot be read, with --json a line each', async () => {
    const broken = path.join(dir, 'B.xlsx');
    await fs.writeFile(broken, 'not a workbook');
    const run = selfeval('check', fixture('2022-district'), broken, fixture('2023-city-centre'), '--json');
    expect(run.code).toBe(2);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([fixture('2022-district'), broken, fixture('2023-city-centre')]);
    // As check DIR gives an unreadable file: its reason, no report.
    expect(lines[1]).toEqual({ file: broken, error: expect.stringMatching(/^不是工作簿/) });
    expect(run.stderr.trim()).toBe(`${broken}：${lines[1].error}`);
  });

  it('a workbook cut short (a download that stopped) is damaged or incomplete, not "no workbook"', async () => {
    const cut = path.join(dir, 'cut-short.xlsx');
    await fs.writeFile(cut, (await fs.readFile(fixture('2022-district'))).subarray(0, 15000));
    const run = selfeval('check', cut);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${cut}：文件已损坏或不完整：请重新下载或从原处重新复制；若 Excel 或 WPS 能打开它，另存为 .xlsx 后再试`,
    );
    expect(selfeval('check', cut, '--lang', 'en').stderr).toMatch(/cut-short\.xlsx: damaged or incomplete/);
  });

  it('a file that is no workbook: every format read is named, and what to do', async () => {
    const text = path.join(dir, 'notes.xlsx');
    await fs.writeFile(text, 'not a workbook');
    expect(selfeval('check', text).stderr.trim()).toBe(
      `${text}：不是工作簿（可读取 .xlsx、.xlsm、.xls、.et、.ods）：请检查是否选错了文件；若 Excel 或 WPS 能打开它，请另存为 .xlsx 后再试`,
    );
    expect(selfeval('check', text, '--lang', 'en').stderr.trim()).toBe(
      `${text}: not a workbook (SelfEval reads .xlsx, .xlsm, .xls, .et and .ods): check that it is the right file; if Excel or WPS opens it, save it as .xlsx and try again`,
    );
  });

  it('an empty file (a download that failed) is said to be empty, not "not a workbook"', async () => {
    const empty = path.join(dir, '自评表.xlsx');
    await fs.writeFile(empty, '');
    const run = selfeval('check', empty);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${empty}：文件是空的（0 字节），其中没有工作簿：多半是下载或复制没有完成，请重新下载或从原处重新复制`,
    );
    expect(selfeval('recalc', empty, '-o', path.join(dir, 'out.xlsx'), '--lang', 'en').stderr.trim()).toBe(
      `${empty}: the file is empty (0 bytes) and holds no workbook: most likely a download or copy that did not finish; download or copy it again from where it came from`,
    );
    expect(await fs.readFile(empty)).toHaveLength(0);
  });

  it('an Excel or WPS lock file named by mistake is said to be one, pointing to its workbook', async () => {
    for (const name of ['~$自评表.xlsx', '.~自评表.xlsx']) {
      const lock = path.join(dir, name);
      await fs.writeFile(lock, Buffer.from('\x08张三                ', 'latin1'));
      expect(selfeval('check', lock).stderr.trim()).toBe(
        `${lock}：这是 Excel 或 WPS 打开工作簿时留下的锁定文件（名字以 ~$ 或 .~ 开头），不是工作簿：请检查去掉这个前缀后同名的工作簿`,
      );
    }
  });

  it('a zip that is no workbook, to recalc: a clear line, not a TypeError', async () => {
    const zip = path.join(dir, 'archive.xlsx');
    await fs.writeFile(zip, zipSync({ 'readme.txt': new TextEncoder().encode('hello') }));
    const run = selfeval('recalc', zip, '-o', path.join(dir, 'x.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('archive.xlsx');
    expect(run.stderr).not.toMatch(noStack);
  });

  it('an output path that is a folder: says so, writes nothing', async () => {
    const run = selfeval('recalc', fixture('2022-district-blank'), '-o', dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${dir}：输出路径是一个文件夹：请写出文件名，如 输出.xlsx`);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an output folder that does not exist yet is made when the folder above it exists', async () => {
    // As the README's first command writes samples/out/… in a fresh clone.
    const out = path.join(dir, 'new', 'out.xlsx');
    expect(selfeval('recalc', fixture('2022-district-blank'), '-o', out).code).toBeLessThan(2);
    await expect(fs.access(out)).resolves.toBeUndefined();
  });

  // The temporary file took the output's name with a suffix: a name of 245–255 bytes, valid,
  // could not be written, and was said to be a full disk or an invalid path.
  it('an output name near the system’s limit is written; one over it is said to be too long', async () => {
    const near = path.join(dir, `${'长'.repeat(83)}.xlsx`); // 254 bytes
    expect(selfeval('recalc', fixture('2022-district-blank'), '-o', near).code).toBeLessThan(2);
    await expect(fs.access(near)).resolves.toBeUndefined();
    const over = path.join(dir, `${'长'.repeat(90)}.xlsx`);
    const run = selfeval('recalc', fixture('2022-district-blank'), '-o', over);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${over}：文件名或路径太长：请缩短文件名（或换一个较短的文件夹）`);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an output path whose folders are missing: one line, exit 2, no folder made', async () => {
    const out = path.join(dir, 'missing', 'deeper', 'out.xlsx');
    for (const run of [
      selfeval('recalc', fixture('2022-district-blank'), '-o', out),
      selfeval('template', out),
    ]) {
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(`${out}：输出文件所在的文件夹及其上一级文件夹都不存在：请检查路径`);
    }
    await expect(fs.access(path.join(dir, 'missing'))).rejects.toThrow();
  });
});

describe('the command itself', () => {
  it('--help prints a line per command on standard output', () => {
    const run = selfeval('--help');
    expect(run.code).toBe(0);
    for (const command of ['check', 'recalc', 'undo', 'template', 'from-targets', 'summary'])
      expect(run.stdout).toMatch(new RegExp(`selfeval ${command}`));
  });

  it('--help lists every command, then the options they share, each saying what it takes', () => {
    const lines = selfeval('--help').stdout.trim().split('\n');
    const options = lines.indexOf('通用选项：');
    expect(options).toBeGreaterThan(0);
    expect(lines.slice(1, options).every((l) => /selfeval /.test(l))).toBe(true);
    const shared = lines.slice(options + 1);
    for (const option of ['--rounding', '--reverse-rule', '--over-completion', '--lang', '--version'])
      expect(shared.some((l) => l.trim().startsWith(option))).toBe(true);
    // The threshold --over-completion refuses 1 and below: the help says so before a run does.
    expect(shared.find((l) => l.includes('--over-completion'))).toMatch(/大于 1.*默认 1\.2/);
    const en = selfeval('--help', '--lang', 'en').stdout;
    expect(en).toMatch(/--over-completion FACTOR .*above 1, default 1\.2/);
  });

  it.each([
    ['check', '--help'],
    ['recalc', '-h'],
    ['summary', 'a.xlsx', '--help'],
  ])('%s … %s prints the usage on standard output, as --help alone does', (...args) => {
    const run = selfeval(...args);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(selfeval('--help').stdout);
    expect(run.stderr).toBe('');
  });

  it('a folder without workbooks is named, with the kinds of file looked for', async () => {
    const empty = path.join(dir, 'empty-folder');
    await fs.mkdir(empty);
    const run = selfeval('check', empty);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${empty}：没有找到工作簿（.xlsx、.xlsm、.xls、.et、.ods）`);
  });

  it('template without a file says to name it as the usage shows; a plain name and -o both work', async () => {
    const run = selfeval('template');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      '请指定输出文件：selfeval template 输出.xlsx（用法见 selfeval --help）',
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    for (const args of [[path.join(dir, 't1.xlsx')], ['-o', path.join(dir, 't2.xlsx')]]) {
      expect(selfeval('template', ...args).code).toBe(0);
      await expect(fs.access(args[args.length - 1])).resolves.toBeUndefined();
    }
  });

  it.each([
    [['template', 'a.xlsx', 'b.xlsx'], '只能指定一个输出文件'],
    [['template', 'a.xlsx', '-o', 'b.xlsx'], '只能指定一个输出文件'],
    [['recalc', 'in.xlsx', '-o', 'a.xlsx', '-o', 'b.xlsx'], '选项 -o 只能给一次'],
    [['check', 'in.xlsx', '--lang', 'zh-CN', '--lang', 'en'], '选项 --lang 只能给一次'],
    [['check', 'in.xlsx', '-o', 'a.xlsx'], 'check 不接受 -o'],
    [['check', 'in.xlsx', '--force'], 'check 不接受 --force'],
    [['check', 'in.xlsx', '--unit', '元'], 'check 不接受 --unit'],
    [['template', 'a.xlsx', '--json'], 'template 不接受 --json'],
    [['summary', 'in.xlsx', '-o', 'a.xlsx', '--json'], 'summary 不接受 --json'],
    [['recalc', 'in.xlsx', 'extra.xlsx', '-o', 'a.xlsx'], 'recalc 只能指定一个输入文件'],
    [['recalc', 'in.xlsx', '--', '-o', 'a.xlsx'], 'recalc 只能指定一个输入文件'],
    [
      ['check', 'in.xlsx', '--over-completion', 'Infinity'],
      '选项 --over-completion 的值“Infinity”无效，可用：大于 1 的倍数，如 1.2',
    ],
    [
      ['check', 'in.xlsx', '--over-completion', '0x10'],
      '选项 --over-completion 的值“0x10”无效，可用：大于 1 的倍数，如 1.2',
    ],
    // 1 would warn on every target met: refused, saying what is taken.
    [
      ['check', 'in.xlsx', '--over-completion', '1.0'],
      '选项 --over-completion 的值“1.0”无效，可用：大于 1 的倍数，如 1.2',
    ],
    [['check', 'in.xlsx', '--rounding', 'up'], '选项 --rounding 的值“up”无效，可用：half-up 或 down'],
    [['template', 'a.xlsx', '--year', '24'], '选项 --year 的值“24”无效，可用：四位数的年份，如 2024'],
  ])('%j is a usage error in one line, nothing done: %s', async (args, line) => {
    // The files named are in a folder of their own: nothing may appear in it.
    const where = await tempDir();
    const run = selfeval(...args.map((a) => (a.endsWith('.xlsx') ? path.join(where, a) : a)));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${line}（用法见 selfeval --help）\n`);
    expect(await fs.readdir(where)).toEqual([]);
  });

  it('says in English what a value it refuses should be', () => {
    const run = selfeval('check', fixture('2022-district'), '--over-completion', '1', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Invalid value "1" for --over-completion: use a factor above 1, such as 1.2 (see selfeval --help)\n',
    );
    expect(run.stdout).toBe('');
  });

  it('reads --over-completion 1,5 as one and a half, as the settings forms do', () => {
    const counts = (value: string) =>
      JSON.parse(selfeval('--json', '--over-completion', value, 'check', fixture('2023-city-centre')).stdout)
        .issues.length as number;
    expect(counts('1,5')).toBe(counts('1.5'));
    expect(counts('1,5')).not.toBe(counts('15'));
  });

  it('takes --name=value as --name value', () => {
    const run = selfeval('check', fixture('2023-city-centre'), '--rounding=down', '--lang=en', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).forms).toHaveLength(15);
  });

  it('takes options before the command', () => {
    const run = selfeval('--rounding', 'down', '--json', 'check', fixture('2023-city-centre'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).forms).toHaveLength(15);
  });

  it('takes every word after -- as a file, a name starting with a dash among them', async () => {
    const dashed = path.join(dir, '-名单.xlsx');
    await fs.copyFile(fixture('2022-district'), dashed);
    const run = spawnSync(process.execPath, [BIN, '--json', 'check', '--', '-名单.xlsx'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SELFEVAL_LANG: 'zh-CN' },
    });
    expect([run.status, JSON.parse(run.stdout).file]).toEqual([0, '-名单.xlsx']);
    // Without --, a dash still means an option.
    expect(selfeval('check', '-名单.xlsx').stderr).toContain('未知选项 -名单.xlsx');
  });

  it('speaks Chinese unless told otherwise: LANG alone does not switch', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'none.xlsx')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
    });
    expect(r.stderr).toContain('找不到这个文件');
    const en = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'none.xlsx'), '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(en.stderr).toContain('no such file');
  });

  it('says a language it does not speak is a mistake, not a silent switch to Chinese', () => {
    const run = selfeval('--lang', 'fr', 'check', fixture('2022-district'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('选项 --lang 的值“fr”无效，可用：zh-CN 或 en（用法见 selfeval --help）\n');
    expect(run.stdout).toBe('');
  });
});

describe('--help and --version', () => {
  it('--help shows recalc of a legacy file without -o', () => {
    expect(selfeval('--help').stdout).toContain(
      '  selfeval recalc 输入.xls|输入.et|输入.ods [-o 输出.xlsx]\n',
    );
    expect(selfeval('--help', '--lang', 'en').stdout).toContain(
      '  selfeval recalc IN.xls|IN.et|IN.ods [-o OUT.xlsx]\n',
    );
  });

  it('--version prints the package version, exit 0', async () => {
    const { version } = JSON.parse(
      await fs.readFile(path.join(__dirname, '..', '..', 'package.json'), 'utf8'),
    );
    for (const args of [['--version'], ['check', '-V']]) {
      const run = selfeval(...args);
      expect([run.code, run.stdout, run.stderr]).toEqual([0, `${version}\n`, '']);
    }
  });
});
