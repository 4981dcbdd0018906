// npm run bench: speed and size figures (never a timed test). Prints a readable report, then as
// its last line one JSON object with every figure.

import { measureBundles } from './bundles';
import { measureCheck } from './check';
import { measureCore } from './core';
import { measureFolder } from './folder';
import { measureMemory } from './memory';
import { measureOneFile } from './one-file';
import { measurePage } from './page';
import os from 'os';
import { measureSyncs, SYNC_BUDGET } from './syncs';
import { runWebpack } from './web-build';

const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const core = await measureCore();
  console.log(
    `core (recognise + score + validate) on ${core.forms} fixture forms: ${round(core.checkFormsPerSec)} forms/s`,
  );
  const recalcOverCheck = core.recalcFormsPerSec / core.checkFormsPerSec;
  console.log(
    `core recalculate (the above + plan + highlights + undo): ${round(core.recalcFormsPerSec)} forms/s, ${round(recalcOverCheck, 2)}× check (goal ≥ 0.8)`,
  );

  const check = await measureCheck();
  for (const r of check.rows) {
    console.log(
      `selfeval check ${r.workbook}.xlsx: ${round(r.checkMs, 1)} ms (floor: unzip + XML parse ${round(r.floorMs, 1)} ms; ExcelJS load alone ${round(r.loadMs, 1)} ms)`,
    );
  }
  console.log(
    `check / floor ratio: ${round(check.floorRatio, 2)} (goal ≤ 1.2), of which reading alone ${round(check.readRatio, 2)}; check / ExcelJS load: ${round(check.loadRatio, 2)}`,
  );

  const oneFile = await measureOneFile();
  console.log(
    `selfeval check ${oneFile.workbook}.xlsx as a new process, start to exit: ${round(oneFile.ms)} ms (median of 7)`,
  );

  const memory = await measureMemory();
  console.log(
    `selfeval check on a ${memory.forms}-sheet workbook: peak memory ${round(memory.peakMB, 1)} MB`,
  );

  const syncs = await measureSyncs();
  console.log(
    `round trips per Recalculate (fake Excel): one sheet ${syncs.sheet} (goal ${SYNC_BUDGET.sheet}), whole 15-form workbook ${syncs.workbook} (goal ≤ ${SYNC_BUDGET.workbook})`,
  );

  const folder = await measureFolder();
  const cores = os.cpus().length;
  const singleFilesPerSec = 1000 / check.checkMsPerFile;
  const share = folder.filesPerSec / (cores * singleFilesPerSec);
  console.log(
    `selfeval check DIR on ${folder.files} workbooks: ${round(folder.seconds, 1)} s, ${round(folder.filesPerSec, 1)} files/s = ${round(share, 2)} × (${cores} cores × ${round(singleFilesPerSec, 1)} files/s of one in-process check)`,
  );

  // Built now, from the sources as they are: dist/web may hold an earlier build (the browser tests
  // build it too), and its sizes were once reported for code since reverted.
  runWebpack(['--mode', 'production']);
  const bundles = measureBundles();
  console.log(
    `taskpane bundle: ${bundles.taskpaneGzipKB} KB gzipped (goal ≤ 250), commands: ${bundles.commandsGzipKB} KB (goal ≤ 60), outcome dialog: ${bundles.outcomeGzipKB} KB (goal ≤ 5)`,
  );

  const page = await measurePage();
  console.log(
    `offline page selfeval.html: ${page.pageGzipKB} KB gzipped; drop to results for the 15-form workbook: ${page.pageDropToResultMs ?? 'no Chromium'} ms (median of 7)`,
  );

  console.log(
    JSON.stringify({
      coreFormsPerSec: round(core.checkFormsPerSec),
      recalcFormsPerSec: round(core.recalcFormsPerSec),
      recalcOverCheckRatio: round(recalcOverCheck, 2),
      checkOverLoadRatio: round(check.loadRatio, 2),
      checkOverFloorRatio: round(check.floorRatio, 2),
      readOverFloorRatio: round(check.readRatio, 2),
      cliCheckOneFileMs: round(oneFile.ms),
      peakMemoryMB200Sheets: round(memory.peakMB, 1),
      folderShareOfCores: round(share, 2),
      syncsPerSheet: syncs.sheet,
      syncsPerWorkbook: syncs.workbook,
      folderFilesPerSec: round(folder.filesPerSec, 1),
      taskpaneGzipKB: bundles.taskpaneGzipKB,
      commandsGzipKB: bundles.commandsGzipKB,
      outcomeGzipKB: bundles.outcomeGzipKB,
      pageGzipKB: page.pageGzipKB,
      pageDropToResultMs: page.pageDropToResultMs,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
