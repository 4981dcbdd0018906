// Where the report goes: a report that cannot be written (a full disk) is said in one line and
// exits 2, never a stack trace nor a report cut short in silence; a reader that closes the pipe
// early does not turn the run's exit code into success.

import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { fixture, tempDir } from '../helpers/fixtures';

const BIN = path.join(__dirname, '..', '..', 'bin', 'selfeval.js');
const BLANK = fixture('2022-district-blank');
const noStack = /\n\s+at |Error|ENOSPC|EPIPE|EFBIG/;

/** The command run by a shell, as a user types it (`selfeval … > file`, `selfeval … | head`). */
function shell(script: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', script], {
    encoding: 'utf8',
    env: { ...process.env, SELFEVAL_LANG: 'zh-CN', BIN, NODE: process.execPath },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A folder of two workbooks with errors (blank forms, not yet calculated). */
async function folderOfForms(): Promise<string> {
  const dir = await tempDir();
  for (const name of ['a', 'b']) await fs.copyFile(BLANK, path.join(dir, `${name}.xlsx`));
  return dir;
}

it.each([
  ['check FILE', async () => `check "${BLANK}"`],
  ['check FOLDER --json', async () => `check "${await folderOfForms()}" --json`],
  ['--help', async () => '--help'],
])('%s to a full disk (/dev/full): one line saying the report was not written, exit 2', async (_, args) => {
  const run = shell(`"$NODE" "$BIN" ${await args()} > /dev/full`);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('无法写出报告：磁盘已满')]);
  expect(run.stderr).not.toMatch(noStack);
});

it('a report that fits only in part (a file size limit) is said to be incomplete, exit 2', async () => {
  const file = path.join(await tempDir(), 'report.txt');
  // 1 KB allowed: the write is cut short, as on a disk that fills up during it.
  const run = shell(`trap '' XFSZ; ulimit -f 1; "$NODE" "$BIN" check "${BLANK}" > "${file}"`);
  expect((await fs.stat(file)).size).toBe(1024);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('无法写出报告');
  expect(run.stderr).toContain('报告不完整');
  expect(run.stderr).not.toMatch(noStack);
});

it('a reader that closes the pipe at once: the exit code is still 1 for files with errors', async () => {
  const run = shell(
    `"$NODE" "$BIN" check "${await folderOfForms()}" --json | true; echo "exit \${PIPESTATUS[0]}"`,
  );
  expect(run.stdout.trim()).toBe('exit 1');
  expect(run.stderr).toBe('');
});
