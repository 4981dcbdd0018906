// Runs the built `selfeval` command as a user would (npm test builds it first).

import { spawnSync } from 'child_process';
import path from 'path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'selfeval.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function selfeval(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SELFEVAL_LANG: 'zh-CN' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
