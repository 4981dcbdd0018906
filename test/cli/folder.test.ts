// selfeval check DIR: a folder walked recursively, every workbook a line, broken ones included.

import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { compoundFile } from '../helpers/compound-file';
import { fixture, tempDir } from '../helpers/fixtures';

const BIN = path.join(__dirname, '..', '..', 'bin', 'selfeval.js');

async function folder(): Promise<string> {
  const dir = await tempDir();
  await fs.mkdir(path.join(dir, 'sub'));
  await fs.copyFile(fixture('2022-district'), path.join(dir, 'good.xlsx'));
  // Random bytes named .xlsx, a text file named .xlsx, and what is no workbook at all.
  const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
  await fs.writeFile(path.join(dir, 'sub', 'broken.xlsx'), bytes);
  await fs.writeFile(path.join(dir, 'notes.xlsx'), '项目,分值\n');
  await fs.writeFile(path.join(dir, 'readme.txt'), 'not checked');
  await fs.copyFile(fixture('2022-district'), path.join(dir, '~$good.xlsx')); // Excel's lock file
  return dir;
}

describe('selfeval check DIR', () => {
  it('prints one JSON line per workbook and exits 2 when one cannot be read, as for a file named', async () => {
    const dir = await folder();
    const run = selfeval('check', dir, '--json', '--lang', 'en');
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => path.relative(dir, l.file))).toEqual([
      'good.xlsx',
      'notes.xlsx',
      path.join('sub', 'broken.xlsx'),
    ]);
    expect(lines[0].forms).toHaveLength(14);
    expect(lines[1].error).toMatch(/^not a workbook/);
    expect(lines[2].error).toMatch(/^not a workbook/);
    expect(run.code).toBe(2);
  });

  it('ends with a table of the files with errors and a count of all', async () => {
    const dir = await folder();
    const run = selfeval('check', dir);
    expect(run.code).toBe(2);
    const out = run.stdout.trim().split('\n');
    expect(out.filter((l) => l.includes('无法读取：'))).toHaveLength(2);
    expect(out.some((l) => l.includes('good.xlsx'))).toBe(false);
    expect(out[out.length - 1]).toBe('共 3 个文件：1 个无错误，0 个有错误，2 个无法读取');
    expect(run.stderr).toBe(''); // no progress when stderr is no terminal
  });

  it('checks a larger folder on worker threads, reporting in file order', async () => {
    const dir = await tempDir();
    const names = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}.xlsx`);
    for (const name of names) await fs.copyFile(fixture('2022-district'), path.join(dir, name));
    await fs.writeFile(path.join(dir, '10.xlsx'), 'broken in the middle');
    const run = selfeval('check', dir, '--json', '--lang', 'en');
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => path.basename(l.file))).toEqual(names);
    expect(lines.filter((l) => l.error)).toHaveLength(1);
    expect(lines.filter((l) => l.forms?.length === 14)).toHaveLength(19);
    expect(run.code).toBe(2);
  });

  it('lists a password-protected workbook (an OLE file) as unreadable, saying why', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'locked.xlsx'), compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    const run = selfeval('check', dir, '--lang', 'en');
    expect(run.stdout).toMatch(/locked\.xlsx .*password-protected/);
    expect(run.code).toBe(2);
  });

  it('says in the 说明 column what is wrong, in words in the user’s language, not an issue code', async () => {
    const dir = await tempDir();
    await fs.copyFile(fixture('2022-district-blank'), path.join(dir, 'blank.xlsx'));
    const row = (lang: string) =>
      selfeval('check', dir, '--lang', lang)
        .stdout.split('\n')
        .find((l) => l.includes('blank.xlsx'))!;
    expect(row('zh-CN')).toMatch(/blank\.xlsx .*“完成体检数”得分未计算（应为 30\.00）$/);
    expect(row('en')).toMatch(
      /blank\.xlsx .*The "完成体检数" score is not calculated \(it should be 30\.00\)$/,
    );
    for (const lang of ['zh-CN', 'en']) expect(row(lang)).not.toMatch(/NOT_CALCULATED|请点击|click/);
  });

  it('exits 2 on a folder holding only a file that cannot be read, as when it is named', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'broken.xlsx'), 'not a workbook');
    const run = selfeval('check', dir);
    expect(run.stdout.trim().split('\n').pop()).toBe('共 1 个文件：0 个无错误，0 个有错误，1 个无法读取');
    expect(run.code).toBe(2);
    expect(selfeval('check', path.join(dir, 'broken.xlsx')).code).toBe(2);
  });

  it('says which folder named beside others holds no workbook, and still checks the rest', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, '2023'));
    await fs.writeFile(path.join(dir, '2023', 'readme.txt'), 'the forms went elsewhere');
    await fs.copyFile(fixture('2022-district'), path.join(dir, 'good.xlsx'));
    const empty = path.join(dir, '2023');
    const run = selfeval('check', empty, path.join(dir, 'good.xlsx'));
    expect(run.stderr.trim()).toBe(`${empty}：没有找到工作簿（.xlsx、.xlsm、.xls、.et、.ods）`);
    expect(run.stdout).toContain('共 1 个文件：1 个无错误');
    expect(run.code).toBe(0);
    // Named twice, said once; --json keeps its lines to the files checked.
    const json = selfeval('check', empty, empty, path.join(dir, 'good.xlsx'), '--json', '--lang', 'en');
    expect(json.stderr.trim().split('\n')).toEqual([
      `${empty}: no workbook found (.xlsx, .xlsm, .xls, .et, .ods)`,
    ]);
    expect(
      json.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual([path.join(dir, 'good.xlsx')]);
    // A 汇总表 of the rest is written, the empty folder said.
    const summary = selfeval(
      'summary',
      empty,
      path.join(dir, 'good.xlsx'),
      '-o',
      path.join(dir, 'summary.xlsx'),
    );
    expect(summary.stderr).toContain(`${empty}：没有找到工作簿`);
    expect(summary.code).toBe(0);
  });

  it('exits 0 on a folder of good workbooks', async () => {
    const dir = await tempDir();
    await fs.copyFile(fixture('2022-district'), path.join(dir, 'a.xlsx'));
    await fs.copyFile(fixture('2022-district'), path.join(dir, 'b.xlsx'));
    const run = selfeval('check', dir);
    expect(run.stdout).toContain('所有文件都没有错误');
    expect(run.code).toBe(0);
  });

  it('follows a link to a workbook, lists a file reached twice once, walks a linked folder once, and never reads a pipe named .xlsx', async () => {
    const dir = await tempDir();
    const elsewhere = await tempDir();
    await fs.mkdir(path.join(dir, 'forms'));
    await fs.copyFile(fixture('2022-district'), path.join(dir, 'forms', 'district.xlsx'));
    await fs.copyFile(fixture('2022-district'), path.join(elsewhere, 'shared.xlsx'));
    await fs.symlink(path.join(elsewhere, 'shared.xlsx'), path.join(dir, 'linked.xlsx'));
    // The same workbook through a second name: one file, one line.
    await fs.symlink(path.join(dir, 'forms', 'district.xlsx'), path.join(dir, 'same.xlsx'));
    await fs.symlink(path.join(dir, 'gone.xlsx'), path.join(dir, 'broken.xlsx')); // a colleague's, moved
    await fs.symlink(dir, path.join(dir, 'forms', 'back-up')); // a loop
    spawnSync('mkfifo', [path.join(dir, 'pipe.xlsx')]);
    const run = selfeval('check', dir, '--json', '--lang', 'en');
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // Every name a workbook would have is a line: the broken link and the pipe say what they are.
    expect(lines.map((l) => [path.relative(dir, l.file), l.error ?? 'checked'])).toEqual([
      ['broken.xlsx', 'no such file'],
      [path.join('forms', 'district.xlsx'), 'checked'],
      ['linked.xlsx', 'checked'],
      [
        'pipe.xlsx',
        expect.stringMatching(/^not a workbook \(SelfEval reads .xlsx, .xlsm, .xls, .et and .ods\)/),
      ],
    ]);
    expect(run.code).toBe(2);
    // Named directly, the pipe is refused at once: it is no workbook.
    const pipe = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'pipe.xlsx')], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, SELFEVAL_LANG: 'zh-CN' },
    });
    expect([pipe.status, pipe.stderr.trim()]).toEqual([
      2,
      `${path.join(dir, 'pipe.xlsx')}：不是工作簿（可读取 .xlsx、.xlsm、.xls、.et、.ods）：请检查是否选错了文件；若 Excel 或 WPS 能打开它，请另存为 .xlsx 后再试`,
    ]);
  });

  it('names a path through a file as not found, not as a matter of permissions', () => {
    const run = selfeval('check', path.join(fixture('2022-district'), 'x.xlsx'));
    expect(run.stderr.trim()).toBe(`${path.join(fixture('2022-district'), 'x.xlsx')}：找不到这个文件`);
  });

  // A folder the user may not open: as `nobody` when the tests run as root (root opens anything).
  const root = process.getuid?.() === 0;
  const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
  const canDrop = !root || spawnSync('setpriv', [...NOBODY, 'sh', '-c', `test -r "${BIN}"`]).status === 0;
  (canDrop ? it : it.skip)(
    'says which folder it cannot open, in one line, and checks the workbooks beside it',
    async () => {
      const dir = await tempDir();
      await fs.chmod(dir, 0o755);
      await fs.mkdir(path.join(dir, 'locked'));
      await fs.copyFile(fixture('2022-district'), path.join(dir, 'good.xlsx'));
      await fs.copyFile(fixture('2022-district'), path.join(dir, 'locked', 'inside.xlsx'));
      await fs.chmod(path.join(dir, 'good.xlsx'), 0o644);
      await fs.chmod(path.join(dir, 'locked'), 0o000);
      try {
        const command = [process.execPath, BIN, 'check', dir];
        const run = spawnSync(
          root ? 'setpriv' : command[0],
          root ? [...NOBODY, ...command] : command.slice(1),
          {
            encoding: 'utf8',
            env: { ...process.env, SELFEVAL_LANG: 'zh-CN' },
          },
        );
        expect(run.stderr).toBe('');
        const out = run.stdout.trim().split('\n');
        expect(
          out.some(
            (l) => l.startsWith(path.join(dir, 'locked')) && l.includes('无法打开这个文件夹（请检查权限）'),
          ),
        ).toBe(true);
        // The folder is said apart, not counted as a file; it makes the exit code 2, as a file
        // that cannot be read does.
        expect(out[out.length - 1]).toBe(
          '共 1 个文件：1 个无错误，0 个有错误，0 个无法读取；1 个文件夹无法打开',
        );
        expect(run.status).toBe(2);
      } finally {
        await fs.chmod(path.join(dir, 'locked'), 0o755);
      }
    },
  );
});
