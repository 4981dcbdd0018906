// The gzipped size of the web bundles a user downloads: the task pane (goal ≤ 250 KB), the
// ribbon commands' function file (goal ≤ 60 KB, loaded on every button click) and the ribbon's
// outcome dialog (goal ≤ 5 KB, opened after every click). Measures
// dist/web as built by `webpack --mode production`, building it first when it is missing.

import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { projectRoot, runWebpack } from './web-build';

export const BUNDLE_BUDGET_KB = { taskpane: 250, commands: 60, outcome: 5 } as const;
type Entry = keyof typeof BUNDLE_BUDGET_KB;

export function measureBundles(): { taskpaneGzipKB: number; commandsGzipKB: number; outcomeGzipKB: number } {
  const dir = path.join(projectRoot(), 'dist', 'web');
  const entries = Object.keys(BUNDLE_BUDGET_KB) as Entry[];
  if (!entries.every((entry) => bundleFile(dir, entry))) runWebpack(['--mode', 'production']);
  return {
    taskpaneGzipKB: gzipKB(dir, 'taskpane'),
    commandsGzipKB: gzipKB(dir, 'commands'),
    outcomeGzipKB: gzipKB(dir, 'outcome'),
  };
}

/** The built file of an entry: `taskpane.1a2b3c4d.js` in production, `taskpane.js` otherwise. */
export function bundleFile(dir: string, entry: Entry): string | null {
  if (!fs.existsSync(dir)) return null;
  const name = fs.readdirSync(dir).find((file) => new RegExp(`^${entry}(\\.[0-9a-f]+)?\\.js$`).test(file));
  return name ? path.join(dir, name) : null;
}

function gzipKB(dir: string, entry: Entry): number {
  const file = bundleFile(dir, entry);
  if (!file) throw new Error(`no ${entry} bundle in ${dir}`);
  const bytes = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  return Math.round((bytes / 1024) * 10) / 10;
}
