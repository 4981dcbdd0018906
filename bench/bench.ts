// npm run bench: speed and size figures (never a timed test). Prints a readable report, then as
// its last line one JSON object with every figure.

import { measureBundles } from './bundles';
import { measureCheck } from './check';
import { measureCore } from './core';

const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const core = await measureCore();
  console.log(
    `core (recognise + score + validate) on ${core.forms} fixture forms: ${round(core.checkFormsPerSec)} forms/s`,
  );
  console.log(`core recalculate (the above + plan + re-check): ${round(core.recalcFormsPerSec)} forms/s`);

  const check = await measureCheck();
  for (const r of check.rows) {
    console.log(
      `selfeval check ${r.workbook}.xlsx: ${round(r.checkMs, 1)} ms (ExcelJS load alone ${round(r.loadMs, 1)} ms)`,
    );
  }
  console.log(`check / load ratio: ${round(check.ratio, 2)} (goal ≤ 1.3)`);

  const bundles = measureBundles();
  console.log(
    `taskpane bundle: ${bundles.taskpaneGzipKB} KB gzipped (goal ≤ 250), commands: ${bundles.commandsGzipKB} KB (goal ≤ 60)`,
  );

  console.log(
    JSON.stringify({
      coreFormsPerSec: round(core.checkFormsPerSec),
      recalcFormsPerSec: round(core.recalcFormsPerSec),
      checkOverLoadRatio: round(check.ratio, 2),
      taskpaneGzipKB: bundles.taskpaneGzipKB,
      commandsGzipKB: bundles.commandsGzipKB,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
