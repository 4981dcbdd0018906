// Reading is about as fast as its floor, unzipping and parsing the parts it reads, and keeps only
// the grids. Measured on a 200-sheet workbook of district forms in a plain Node process (see
// helpers/read-bench.ts); the figures are printed, and the test fails only on a gross regression
// (timing on a shared CI machine is too noisy for the 1.2× we aim at).

import { spawnSync } from 'child_process';
import path from 'path';

it('reads a 200-sheet workbook about as fast as unzip + parse of its parts, keeping only its grids', () => {
  const root = path.join(__dirname, '..', '..');
  const run = spawnSync(
    process.execPath,
    [
      // tsx runs the script in a child Node process and hands it the flags given after it.
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--expose-gc',
      path.join(__dirname, 'helpers', 'read-bench.ts'),
      '200',
    ],
    { encoding: 'utf8', cwd: root, timeout: 120000 },
  );
  expect([run.status, run.status === 0 ? '' : run.stderr]).toEqual([0, '']);
  const m = JSON.parse(run.stdout) as {
    sheets: number;
    readMs: number;
    floorMs: number;
    ratio: number;
    nsRatio: number;
    heapMB: number;
  };
  console.log(
    `read ${m.sheets} sheets in ${m.readMs.toFixed(1)} ms; floor (unzip + parse) ${m.floorMs.toFixed(1)} ms; ` +
      `ratio ${m.ratio.toFixed(2)} (${m.nsRatio.toFixed(2)} to saxes resolving namespaces); ` +
      `grids kept ${m.heapMB.toFixed(1)} MB`,
  );
  expect(m.sheets).toBe(200);
  expect(m.ratio).toBeLessThan(2.5);
  expect(m.heapMB).toBeLessThan(50);
});
