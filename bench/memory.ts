// Peak memory of `selfeval check` on a workbook of 200 form sheets: a fixture's first sheet copied
// 200 times inside its package, checked by the built command in a process of its own.

import { spawnSync } from 'child_process';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { FIXTURE_DIR } from './core';

/** The package with its first worksheet copied until it has `count` sheets. */
export async function bigWorkbook(count: number): Promise<Uint8Array> {
  const parts = unzipSync(
    new Uint8Array(await fs.readFile(path.join(FIXTURE_DIR, '2022-district-blank.xlsx'))),
  );
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  const types = strFromU8(parts['[Content_Types].xml']);
  const sheet = parts['xl/worksheets/sheet1.xml'];
  const sheets: string[] = [];
  const relations: string[] = [];
  const overrides: string[] = [];
  for (let i = 1; i <= count; i++) {
    parts[`xl/worksheets/big${i}.xml`] = sheet;
    sheets.push(`<sheet name="表${i}" sheetId="${1000 + i}" r:id="rIdBig${i}"/>`);
    relations.push(
      `<Relationship Id="rIdBig${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/big${i}.xml"/>`,
    );
    overrides.push(
      `<Override PartName="/xl/worksheets/big${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
  }
  // Only the copies are sheets of the workbook; the originals stay in the package unused.
  parts['xl/workbook.xml'] = strToU8(
    workbook.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${sheets.join('')}</sheets>`),
  );
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace('</Relationships>', `${relations.join('')}</Relationships>`),
  );
  parts['[Content_Types].xml'] = strToU8(types.replace('</Types>', `${overrides.join('')}</Types>`));
  delete parts['xl/calcChain.xml'];
  return zipSync(parts);
}

/** Peak resident memory (MB) of one `check` of a 200-sheet workbook, and its form count. */
export async function measureMemory(count = 200): Promise<{ peakMB: number; forms: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-memory-bench-'));
  try {
    const file = path.join(dir, 'big.xlsx');
    await fs.writeFile(file, await bigWorkbook(count));
    const cli = path.join(__dirname, '..', 'dist', 'src', 'cli');
    const script = `
      const { checkFile } = require(${JSON.stringify(path.join(cli, 'checked-file'))});
      checkFile(${JSON.stringify(file)}, { overrides: {}, lang: 'zh-CN' }).then((r) => {
        const forms = r.sheets.reduce((n, s) => n + s.forms.length, 0);
        console.log(JSON.stringify({ forms, maxRssKB: process.resourceUsage().maxRSS }));
      });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const { forms, maxRssKB } = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
    if (forms !== count) throw new Error(`the 200-sheet check found ${forms} forms: ${run.stderr}`);
    return { peakMB: maxRssKB / 1024, forms };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
