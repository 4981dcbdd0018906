// `selfeval check DIR` throughput: files per second on 100 copies of the fixture workbooks in a
// temporary folder, the built CLI run as a user runs it (process start and worker threads included).

import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { FIXTURE_DIR, WORKBOOKS } from './core';

/** The repository root: bench/ runs from its sources (tsx) and from dist/bench (npm run bench). */
export async function root(): Promise<string> {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      await fs.access(path.join(dir, 'bin', 'selfeval.js'));
      return dir;
    } catch {
      if (dir === path.dirname(dir)) throw new Error('bin/selfeval.js not found above bench/');
    }
  }
}

export async function measureFolder(
  copies = 100,
): Promise<{ files: number; seconds: number; filesPerSec: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-folder-bench-'));
  try {
    for (let i = 0; i < copies; i++) {
      const name = WORKBOOKS[i % WORKBOOKS.length];
      await fs.copyFile(
        path.join(FIXTURE_DIR, `${name}.xlsx`),
        path.join(dir, `${String(i).padStart(3, '0')}-${name}.xlsx`),
      );
    }
    const top = await root();
    await fs.access(path.join(top, 'dist', 'src', 'cli', 'main.js')).catch(() => {
      throw new Error('the CLI is not built: run npm run build:cli first');
    });
    const bin = path.join(top, 'bin', 'selfeval.js');
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, 'check', dir, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const lines = run.stdout.trim().split('\n').filter(Boolean).length;
    if (lines !== copies) throw new Error(`check DIR reported ${lines} files of ${copies}: ${run.stderr}`);
    return { files: copies, seconds, filesPerSec: copies / seconds };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
