// Runs the project's webpack build from Node, the same command a developer types, for the bundle
// bench and the browser tests. Synchronous: callers need the files before they go on.

import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

/** The repository root (where package.json is), from src or from the compiled dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'webpack.config.js'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('webpack.config.js not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** `webpack …args` in the project root; throws with webpack's output when the build fails. */
export function runWebpack(args: string[]): void {
  const root = projectRoot();
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  execFileSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: undefined },
  });
}
