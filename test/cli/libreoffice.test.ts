// Files we write open cleanly in an independent spreadsheet: LibreOffice converts them to PDF.

import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { fixture, tempDir } from '../helpers/fixtures';
import { toPdf, withLibreOffice } from '../helpers/libreoffice';

withLibreOffice('a recalculated workbook opens in LibreOffice and prints every form', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'district-recalculated.xlsx');
  expect(selfeval('recalc', fixture('2022-district-blank'), '-o', out).code).toBeLessThan(2);
  const pdf = toPdf(out, dir);
  const size = (await fs.stat(pdf)).size;
  expect(size).toBeGreaterThan(10000);
  // 14 forms, one per sheet: at least 14 pages (pdfinfo where available).
  try {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(14);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
});

withLibreOffice('forms made from target declarations and a 汇总表 open in LibreOffice', async () => {
  const dir = await tempDir();
  const forms = path.join(dir, 'forms.xlsx');
  const summary = path.join(dir, 'summary.xlsx');
  expect(selfeval('from-targets', fixture('2024-target-declarations'), '-o', forms).code).toBe(0);
  const inputs = [fixture('2022-district'), fixture('2023-city-centre')];
  expect(selfeval('summary', ...inputs, '-o', summary).code).toBe(0);
  for (const file of [forms, summary]) expect((await fs.stat(toPdf(file, dir))).size).toBeGreaterThan(10000);
});
