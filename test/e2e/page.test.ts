// The offline page (dist/page/selfeval.html) as a user gets it: built by webpack, opened from
// disk in Debian's Chromium, workbooks dropped or picked. Its counts are the command line's, its
// downloads are the command line's files part by part, and it asks the network for nothing.

import { promises as fs, readFileSync } from 'fs';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dropOnPage, pageFile } from '../../bench/page';
import { runWebpack } from '../../bench/web-build';
import { selfeval } from '../helpers/cli';
import { compoundFile } from '../helpers/compound-file';
import { FIXTURES, fixture, loadWorkbook, tempDir } from '../helpers/fixtures';
import { chromiumAvailable, launchChromium } from './support/browser';
import { firefoxAvailable, launchFirefox } from './support/firefox';
import { takeScreenshot, updatingScreenshots } from './support/screenshots';

const PAGE = pageFile();
const CITY = '2023-city-centre.xlsx'; // 15 forms
const DISTRICT = '2022-district.xlsx'; // 14 forms

// As for the pane: without a browser the tests skip, except on CI or when refreshing screenshots.
const mustRun = chromiumAvailable || !!process.env.CI || updatingScreenshots;
const describeInBrowser = mustRun ? describe : describe.skip;
// Firefox ESR (Debian's) likewise: CI installs it.
const firefoxMustRun = mustRun && (firefoxAvailable || !!process.env.CI);
const describeInFirefox = firefoxMustRun ? describe : describe.skip;

let browser: Browser;

beforeAll(async () => {
  if (!mustRun) return;
  runWebpack(['--mode', 'production', '--config', 'webpack.page.js']);
  browser = await launchChromium();
}, 300_000); // a production build and a browser start

afterAll(async () => {
  await browser?.close();
});

/** Every URL the page and its worker asked for. */
interface Opened {
  page: Page;
  context: BrowserContext;
  requests: string[];
}

async function openPage(hash = '', viewport = { width: 1100, height: 900 }): Promise<Opened> {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(`file://${PAGE}${hash}`);
  try {
    await page.locator('main h1').waitFor({ timeout: 30_000 });
  } catch {
    throw new Error(`the page did not start: ${failures.join('; ')}`);
  }
  return { page, context, requests };
}

/** Drops files on the drop zone (or `on`) as a user's drag would, and waits for their results. */
const drop = (page: Page, files: string[], on?: string) => dropOnPage(page, files, on);

const card = (page: Page, name: string) => page.locator(`[data-testid="file"][data-file="${name}"]`);

async function waitForResults(page: Page, names: string[]): Promise<void> {
  for (const name of names) await card(page, name).getByTestId('outcome').waitFor({ timeout: 60_000 });
}

/** What the page shows for a file: forms listed and issues per severity (every one: a long list
 * shows its first issues until asked for all). */
async function shownCounts(page: Page, name: string) {
  const c = card(page, name);
  const more = c.getByRole('button', { name: /^已列出前|^The first/ });
  while (await more.count()) await more.first().click();
  const count = (severity: string) => c.locator(`section[data-severity="${severity}"] li`).count();
  return {
    forms: await c.locator('[data-testid="forms"] tbody tr').count(),
    error: await count('error'),
    warning: await count('warning'),
    info: await count('info'),
  };
}

/** The same from `selfeval --json check`. */
function cliCounts(file: string, ...options: string[]) {
  const report = JSON.parse(selfeval('--json', ...options, 'check', file).stdout) as {
    forms: unknown[];
    issues: { severity: string }[];
  };
  const count = (severity: string) => report.issues.filter((i) => i.severity === severity).length;
  return {
    forms: report.forms.length,
    error: count('error'),
    warning: count('warning'),
    info: count('info'),
  };
}

/** Clicks a download button and returns the file's name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await fs.readFile((await download.path())!) };
}

/** Two packages part by part: the same part names, each part the same bytes (ExcelJS's creation
 * time in docProps/core.xml aside when `exceptTimes`). */
function expectSameParts(actual: Uint8Array, expected: Uint8Array, exceptTimes = false): void {
  const a = unzipSync(actual);
  const b = unzipSync(expected);
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const part of Object.keys(b)) {
    if (exceptTimes && part === 'docProps/core.xml') continue;
    expect([part, Buffer.from(a[part]).equals(Buffer.from(b[part]))]).toEqual([part, true]);
  }
}

/** The district blank form with a one-column list to row 130,020 below it (a roster pasted under
 * the form), as `long-list.xlsx`: a workbook the worker takes seconds to read. */
async function longList(): Promise<string> {
  const files = unzipSync(readFileSync(fixture('2022-district-blank')));
  const first = 'xl/worksheets/sheet1.xml';
  const rows: string[] = [];
  for (let r = 21; r <= 130_020; r++)
    rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>名单${r}</t></is></c></row>`);
  files[first] = strToU8(strFromU8(files[first]).replace('</sheetData>', `${rows.join('')}</sheetData>`));
  const file = path.join(await tempDir(), 'long-list.xlsx');
  await fs.writeFile(file, zipSync(files));
  return file;
}

const onlyLocal = (requests: string[]) => requests.filter((url) => !/^(file|data|blob):/.test(url));

describeInBrowser('the offline page opened from disk', () => {
  it('dropping both fixture workbooks lists what `selfeval check --json` finds, asking no network', async () => {
    const { page, context, requests } = await openPage();
    // The work is the worker's: the page shows its progress meanwhile, then the results.
    const { progress } = await drop(page, [fixture('2022-district'), fixture('2023-city-centre')]);
    expect(progress).toBe('正在读取：已完成 0 / 2 个文件');
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await waitForResults(page, [DISTRICT, CITY]);
    for (const [name, file] of [
      [DISTRICT, fixture('2022-district')],
      [CITY, fixture('2023-city-centre')],
    ])
      expect(await shownCounts(page, name)).toEqual(cliCounts(file));
    const city = cliCounts(fixture('2023-city-centre'));
    await card(page, CITY).getByText(`15 张自评表：${city.error} 个错误，${city.warning} 个警告`).waitFor();
    await takeScreenshot(page, 'page-after-drop.png', false);

    // An issue shows its part of the sheet with the cell marked.
    const firstError = card(page, CITY).locator('section[data-severity="error"] li button').first();
    const where = await firstError.locator('span').last().textContent();
    await firstError.click();
    const marked = card(page, CITY).locator('[data-testid="sheet-part"] td[data-marked]');
    await marked.waitFor();
    expect(where).toMatch(/!I6$/); // the first form's budget 得分
    expect(await marked.textContent()).toBe('9.83');
    await marked.scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'page-issue-on-sheet.png', false);

    // Another issue moves the mark; the page stays whole (an effect's stray return value once
    // blanked it on the second click).
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const second = card(page, CITY).locator('section[data-severity="error"] li button').nth(1);
    const secondWhere = (await second.locator('span').last().textContent())!;
    await second.click();
    const secondCell = secondWhere.slice(secondWhere.lastIndexOf('!') + 1);
    await card(page, CITY).locator(`td[data-marked="${secondCell}"]`).waitFor();
    expect(await page.getByTestId('file').count()).toBe(2);
    expect(errors).toEqual([]);

    expect(onlyLocal(requests)).toEqual([]);
    expect(requests.some((url) => url.startsWith('blob:'))).toBe(true); // the worker ran from a Blob
    await context.close();
  });

  it('shows an issue on a sheet whose form has a list of 130,000 rows below it, and stays whole', async () => {
    // More rows than a call takes arguments, which once blanked the whole page on the first click.
    const long = await longList();

    const { page, context } = await openPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await drop(page, [long, fixture('2022-district')]);
    await waitForResults(page, ['long-list.xlsx', DISTRICT]);
    const issue = card(page, 'long-list.xlsx').locator('section[data-severity="error"] li button').first();
    const where = (await issue.locator('span').last().textContent())!;
    await issue.click();
    const cell = where.slice(where.lastIndexOf('!') + 1);
    await card(page, 'long-list.xlsx').locator(`td[data-marked="${cell}"]`).waitFor();
    expect(await page.getByTestId('file').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers the user while thirty workbooks are read and shown, drawing what is in view', async () => {
    // Every unit's form of a department, dropped at once: 14 forms and 126 issues each.
    const dir = await tempDir();
    const units = Array.from({ length: 30 }, (_, i) =>
      path.join(dir, `单位${String(i + 1).padStart(2, '0')}.xlsx`),
    );
    for (const unit of units) await fs.copyFile(fixture('2022-district-blank'), unit);
    const { page, context } = await openPage();
    // The longest the page went without drawing a frame, from the drop to the last file shown.
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      let last = performance.now();
      const tick = (now: number) => {
        w.longest = Math.max(w.longest, now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.locator('input[type="file"]').setInputFiles(units);
    await waitForResults(
      page,
      units.map((unit) => path.basename(unit)),
    );
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    // Near five seconds before (on a busy two-core machine): every card and the hidden print view
    // of every form drawn again per file; about one now, the first card's first layout.
    expect(longest).toBeLessThan(2000);
    // The print view is drawn only to print; a long list shows its first 50 issues, the rest on a click.
    expect(await page.locator('.selfeval-print-form').count()).toBe(0);
    const errors = card(page, '单位07.xlsx').locator('section[data-severity="error"] li');
    expect(await errors.count()).toBe(50);
    await card(page, '单位07.xlsx').getByRole('button', { name: '已列出前 50 条，显示全部 106 条' }).click();
    expect(await errors.count()).toBe(106);
    await context.close();
  });

  it('shows a big file being read as a bar that moves, then its sheets being checked', async () => {
    const { page, context } = await openPage();
    await page.locator('input[type="file"]').setInputFiles(await longList());
    const reading = card(page, 'long-list.xlsx').getByText('正在读取文件…');
    await reading.waitFor();
    // No value: a bar that moves on its own while the file layer reads, which says nothing till done.
    const bar = card(page, 'long-list.xlsx').getByRole('progressbar', { name: '正在读取文件…' });
    expect(await bar.getAttribute('aria-valuenow')).toBeNull();
    await waitForResults(page, ['long-list.xlsx']);
    await context.close();
  });

  it('says on the card when the settings SelfEval stored cannot be read, as check does', async () => {
    // Stored by a newer SelfEval: 向下舍去, which this version cannot read, so the defaults apply.
    const dir = await tempDir();
    const stored = path.join(dir, 'stored.xlsx');
    selfeval('--rounding', 'down', 'recalc', fixture('2022-district-blank'), '-o', stored);
    const parts = unzipSync(await fs.readFile(stored));
    const statePart = Object.keys(parts).find((p) => strFromU8(parts[p]).includes('"version":1'))!;
    parts[statePart] = strToU8(strFromU8(parts[statePart]).replace('"version":1', '"version":9'));
    const newer = path.join(dir, 'newer-state.xlsx');
    await fs.writeFile(newer, zipSync(parts));
    const line = 'SelfEval 保存的设置无法读取（由更新的版本写入，或已损坏）：本次按默认设置检查';
    expect(selfeval('check', newer).stderr).toContain(line);

    const { page, context } = await openPage();
    await page.locator('input[type="file"]').setInputFiles([newer, fixture('2022-district')]);
    await waitForResults(page, ['newer-state.xlsx', DISTRICT]);
    await card(page, 'newer-state.xlsx').getByText(line).waitFor();
    expect(await card(page, DISTRICT).getByText(line).count()).toBe(0);
    await context.close();
  });

  it('says what a download did beside its button, and that a protected sheet was not written', async () => {
    // The district forms, every sheet protected (审阅 → 保护工作表), listed below another workbook.
    const files = unzipSync(readFileSync(fixture('2022-district-blank')));
    const protection = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';
    for (const part of Object.keys(files).filter((p) => p.startsWith('xl/worksheets/sheet')))
      files[part] = strToU8(strFromU8(files[part]).replace('</sheetData>', `</sheetData>${protection}`));
    const locked = path.join(await tempDir(), 'protected.xlsx');
    await fs.writeFile(locked, zipSync(files));

    const { page, context } = await openPage('', { width: 1024, height: 700 });
    await page.locator('input[type="file"]').setInputFiles([fixture('2023-city-centre'), locked]);
    await waitForResults(page, [CITY, 'protected.xlsx']);
    const button = card(page, 'protected.xlsx').getByRole('button', {
      name: '下载重新计算后的工作簿',
      exact: true,
    });
    await button.scrollIntoViewIfNeeded();
    await downloaded(page, () => button.click());
    const notice = card(page, 'protected.xlsx').getByTestId('notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/没有写入任何改动.*受保护，无法写入；请先撤销保护/);
    expect(await notice.getAttribute('data-intent')).toBe('warning');
    // Where the user is, not at the top of the page scrolled out of view.
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    // Within the window (brought to its foot at most: sizes in CSS pixels carry fractions).
    expect(box.y + box.height).toBeLessThanOrEqual(700.5);
    expect(await page.getByTestId('notice').count()).toBe(1);
    await context.close();
  });

  it('says where a far cell is when its issue is clicked, instead of an empty frame', async () => {
    // A note typed at XFD1048576 beside the district forms: left out of the reading (FAR_CELLS).
    const files = unzipSync(readFileSync(fixture('2022-district')));
    const first = 'xl/worksheets/sheet1.xml';
    const far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>备注</t></is></c></row>';
    files[first] = strToU8(strFromU8(files[first]).replace('</sheetData>', `${far}</sheetData>`));
    const file = path.join(await tempDir(), 'far-note.xlsx');
    await fs.writeFile(file, zipSync(files));

    const { page, context } = await openPage();
    await drop(page, [file]);
    await waitForResults(page, ['far-note.xlsx']);
    await card(page, 'far-note.xlsx')
      .locator('section[data-severity="warning"] li button', { hasText: 'XFD1048576' })
      .first()
      .click();
    await card(page, 'far-note.xlsx').getByText('单元格 XFD1048576 离表格太远').waitFor();
    await context.close();
  });

  it('downloads the recalculated workbook `selfeval recalc` writes, with the same settings', async () => {
    const { page, context, requests } = await openPage();
    await page.locator('input[type="file"]').setInputFiles(fixture('2023-city-centre'));
    await waitForResults(page, [CITY]);
    const dir = await tempDir();
    const button = card(page, CITY).getByRole('button', { name: '下载重新计算后的工作簿' });

    const first = await downloaded(page, () => button.click());
    expect(first.name).toBe('2023-city-centre-重新计算.xlsx');
    selfeval('recalc', fixture('2023-city-centre'), '-o', path.join(dir, 'cli.xlsx'));
    expectSameParts(first.bytes, await fs.readFile(path.join(dir, 'cli.xlsx')));

    // The city-level forms truncate: with 向下舍去 the rounding errors go, as on the command line.
    await page.getByText('设置', { exact: true }).click();
    await page.getByRole('radio', { name: '向下舍去' }).check();
    await page.getByRole('button', { name: '保存设置' }).click();
    await card(page, CITY).getByText('15 张自评表：0 个错误').waitFor();
    expect(await shownCounts(page, CITY)).toEqual(
      cliCounts(fixture('2023-city-centre'), '--rounding', 'down'),
    );
    const down = await downloaded(page, () => button.click());
    // The page saves only the setting changed, as the one option given on the command line.
    selfeval('--rounding', 'down', 'recalc', fixture('2023-city-centre'), '-o', path.join(dir, 'down.xlsx'));
    expectSameParts(down.bytes, await fs.readFile(path.join(dir, 'down.xlsx')));
    expect(Buffer.from(down.bytes).equals(Buffer.from(first.bytes))).toBe(false);

    expect(onlyLocal(requests)).toEqual([]);
    await context.close();
  });

  // With 覆盖与规则不同的手填得分 on, the page replaced the user's formulas and said only how many
  // changes it wrote; the command line says how many formulas it replaced.
  it('lays over each workbook’s stored settings only the one changed, as the same option would', async () => {
    // A workbook storing 向下舍去, the ratio rule for 反向指标 and an over-completion threshold of 1.5.
    const dir = await tempDir();
    const stored = path.join(dir, 'stored.xlsx');
    const storing = ['--rounding', 'down', '--reverse-rule', 'ratio', '--over-completion', '1.5'];
    selfeval(...storing, 'recalc', fixture('2023-city-centre'), '-o', stored);
    const { page, context } = await openPage();
    await page.locator('input[type="file"]').setInputFiles(stored);
    await waitForResults(page, ['stored.xlsx']);
    expect(await shownCounts(page, 'stored.xlsx')).toEqual(cliCounts(stored));

    // Until told otherwise every setting is each workbook's own: only 四舍五入 is chosen and saved.
    await page.getByText('设置', { exact: true }).click();
    const rounding = page.getByRole('radiogroup', { name: '得分舍入' });
    expect(await rounding.getByRole('radio', { name: '各工作簿自带的设置' }).isChecked()).toBe(true);
    await rounding.getByRole('radio', { name: '四舍五入' }).check();
    await page.getByRole('button', { name: '保存设置' }).click();
    const cli = cliCounts(stored, '--rounding', 'half-up');
    await card(page, 'stored.xlsx')
      .getByText(`15 张自评表：${cli.error} 个错误，${cli.warning} 个警告`)
      .waitFor();
    expect(await shownCounts(page, 'stored.xlsx')).toEqual(cli);
    // Each form's 总分 and grade as the command line's table prints them.
    const table = selfeval('--rounding', 'half-up', 'check', stored)
      .stdout.split('\n')
      .map((line) => /(\S+)\s+(优|良|中|差)\s+\d+\s+\d+$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => `${match[1]} ${match[2]}`);
    const rows = card(page, 'stored.xlsx').locator('[data-testid="forms"] tbody tr');
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td'))
          .slice(3, 5)
          .map((td) => td.textContent)
          .join(' '),
      ),
    );
    expect(shown).toEqual(table);
    expect(table).toHaveLength(15);
    const button = card(page, 'stored.xlsx').getByRole('button', { name: '下载重新计算后的工作簿' });
    const got = await downloaded(page, () => button.click());
    selfeval('--rounding', 'half-up', 'recalc', stored, '-o', path.join(dir, 'cli.xlsx'));
    expectSameParts(got.bytes, await fs.readFile(path.join(dir, 'cli.xlsx')));
    await context.close();
  });

  it('says what over-completion thresholds it takes, and reads 1,5 as one and a half', async () => {
    const { page, context } = await openPage();
    await page.locator('input[type="file"]').setInputFiles(fixture('2023-city-centre'));
    await waitForResults(page, [CITY]);
    await page.getByText('设置', { exact: true }).click();
    const threshold = page.getByRole('textbox', { name: /^超额完成提示阈值/ });
    const rule = page.getByText('请填写大于 1 的数，如 1.2 或 1.5');
    const save = page.getByRole('button', { name: '保存设置' });
    // What --over-completion refuses is refused here in words, not by a greyed-out button alone.
    for (const typed of ['0.5', '-1', '1', 'abc']) {
      await threshold.fill(typed);
      await rule.waitFor();
      expect(await save.getAttribute('aria-disabled')).toBe('true');
    }
    // Left empty, it is each workbook's own: nothing to refuse.
    await threshold.fill('');
    await rule.waitFor({ state: 'detached' });
    await threshold.fill('1,5');
    await rule.waitFor({ state: 'detached' });
    await save.click();
    const cli = cliCounts(fixture('2023-city-centre'), '--over-completion', '1.5');
    await card(page, CITY).getByText(`15 张自评表：${cli.error} 个错误，${cli.warning} 个警告`).waitFor();
    expect(await shownCounts(page, CITY)).toEqual(cli);
    await context.close();
  });

  it('says how many of the user’s formulas it replaced when told to overwrite, as recalc --force does', async () => {
    const wb = await loadWorkbook(fixture('2022-district'));
    const ws = wb.worksheets[0];
    const weight = Number(ws.getCell('F12').value);
    ws.getCell('G12').value = { formula: 'F12*0.5', result: weight / 2 };
    const file = path.join(await tempDir(), 'formulas.xlsx');
    await wb.xlsx.writeFile(file);
    const { page, context } = await openPage();
    await page.locator('input[type="file"]').setInputFiles(file);
    await waitForResults(page, ['formulas.xlsx']);
    await page.getByText('设置', { exact: true }).click();
    await page.getByRole('checkbox', { name: '覆盖与规则不同的手填得分' }).check();
    await page.getByRole('button', { name: '保存设置' }).click();
    const button = card(page, 'formulas.xlsx').getByRole('button', {
      name: '下载重新计算后的工作簿',
      exact: true,
    });
    const got = await downloaded(page, () => button.click());
    await page.getByText('用计算值替换了 1 个公式').waitFor();
    const out = path.join(path.dirname(file), 'cli.xlsx');
    expect(selfeval('recalc', file, '-o', out, '--force').stderr).toContain('替换了 1 个公式');
    expectSameParts(got.bytes, await fs.readFile(out));
    await context.close();
  });

  it('downloads the 汇总表, a blank template and forms made from a 目标申报表 as the command line makes them', async () => {
    const { page, context, requests } = await openPage();
    const dir = await tempDir();
    for (const name of [DISTRICT, CITY]) await fs.copyFile(path.join(FIXTURES, name), path.join(dir, name));
    // A download cut short: not counted, and listed so in the 汇总表 as the command line lists it.
    const cut = 'cut-short.xlsx';
    await fs.writeFile(path.join(dir, cut), (await fs.readFile(path.join(dir, DISTRICT))).subarray(0, 4000));
    const dropped = [DISTRICT, CITY, cut];
    await page.locator('input[type="file"]').setInputFiles(dropped.map((n) => path.join(dir, n)));
    await waitForResults(page, [DISTRICT, CITY]);
    await card(page, cut).getByRole('alert').waitFor();

    const summary = await downloaded(page, () =>
      page.getByRole('button', { name: '下载汇总表（全部文件）' }).click(),
    );
    expect(summary.name).toBe('汇总表.xlsx');
    await page.getByText('已写入汇总表').waitFor();
    // Beside the files it links to, the command line's 汇总表 has the same parts.
    selfeval('summary', ...dropped.map((n) => path.join(dir, n)), '-o', path.join(dir, 'summary.xlsx'));
    expectSameParts(summary.bytes, await fs.readFile(path.join(dir, 'summary.xlsx')), true);

    await page.getByRole('combobox', { name: '指标体系' }).selectOption('2023');
    const blank = await downloaded(page, () => page.getByRole('button', { name: '下载空白模板' }).click());
    selfeval('template', '--level-set', '2023', path.join(dir, 'template.xlsx'));
    expectSameParts(blank.bytes, await fs.readFile(path.join(dir, 'template.xlsx')), true);

    const declarations = fixture('2024-target-declarations');
    await page.locator('input[type="file"]').setInputFiles(declarations);
    const made = await downloaded(page, async () => {
      await waitForResults(page, ['2024-target-declarations.xlsx']);
      await card(page, '2024-target-declarations.xlsx')
        .getByRole('button', { name: /从 \d+ 张目标申报表生成自评表/ })
        .click();
    });
    const cli = selfeval('from-targets', declarations, '-o', path.join(dir, 'forms.xlsx'));
    expectSameParts(made.bytes, await fs.readFile(path.join(dir, 'forms.xlsx')), true);
    // The weights are proposals to confirm: the page says so of each form, as the command line does.
    const said = await card(page, '2024-target-declarations.xlsx').getByTestId('notice').textContent();
    const perForm = `${cli.stdout}${cli.stderr}`
      .split('\n')
      .filter((l) => l.includes('分值为建议值'))
      .map((l) => l.trim());
    expect(perForm.length).toBeGreaterThan(0);
    for (const line of perForm) expect(said).toContain(line);

    expect(onlyLocal(requests)).toEqual([]);
    await context.close();
  });

  it('replaces a file dropped again under its name, and takes a file off the list', async () => {
    const { page, context } = await openPage();
    const input = page.locator('input[type="file"]');
    const as = async (file: string) => ({
      name: '提交版.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await fs.readFile(file),
    });
    const outcome = card(page, '提交版.xlsx').getByTestId('outcome');
    await input.setInputFiles(await as(fixture('2022-district-blank')));
    await outcome.waitFor({ timeout: 60_000 });
    const blankLine = await outcome.textContent();
    // The page has no 重新计算 button: an uncalculated cell says what to do here.
    const blankText = (await card(page, '提交版.xlsx').textContent())!;
    expect(blankText).toContain('请下载重新计算后的工作簿');
    expect(blankText).not.toContain('点击“重新计算”');
    // The corrected copy, dropped again with the same name: one card, the copy's results.
    await input.setInputFiles(await as(fixture('2022-district')));
    await page.waitForFunction(
      (before) => {
        const shown = document.querySelectorAll('[data-testid="outcome"]');
        return shown.length === 1 && shown[0].textContent !== before;
      },
      blankLine,
      { timeout: 60_000 },
    );
    expect(await page.getByTestId('file').count()).toBe(1);
    expect(await shownCounts(page, '提交版.xlsx')).toEqual(cliCounts(fixture('2022-district')));

    await card(page, '提交版.xlsx').getByRole('button', { name: '从列表中移除“提交版.xlsx”' }).click();
    await card(page, '提交版.xlsx').waitFor({ state: 'detached' });
    expect(await page.getByTestId('file').count()).toBe(0);
    await context.close();
  });

  it('keeps every unit’s 自评表.xlsx picked together, and says which a later drop replaces', async () => {
    // What a 主管部门 gets: every unit sends a workbook of one name, kept in a folder per unit.
    const dir = await tempDir();
    const units = {
      a: fixture('2022-district'),
      b: fixture('2023-city-centre'),
      c: fixture('2022-district-blank'),
    };
    const picked: string[] = [];
    for (const [unit, source] of Object.entries(units)) {
      await fs.mkdir(path.join(dir, unit));
      picked.push(path.join(dir, unit, '自评表.xlsx'));
      await fs.copyFile(source, picked[picked.length - 1]);
    }
    const { page, context } = await openPage();
    await page.locator('input[type="file"]').setInputFiles(picked);
    const listed = ['自评表.xlsx', '自评表 (2).xlsx', '自评表 (3).xlsx'];
    await waitForResults(page, listed);
    expect(await page.getByTestId('file').count()).toBe(3);
    await page.getByText('同时选择的 3 个文件都名为“自评表.xlsx”：都已保留').waitFor();
    expect(await shownCounts(page, '自评表 (2).xlsx')).toEqual(cliCounts(units.b));
    await page.getByRole('button', { name: '下载汇总表（全部文件）' }).click();
    await page.getByText('（43 张自评表，来自 3 个文件）').waitFor();

    // The first unit's corrected copy, dropped later under the name it is listed by.
    await page.locator('input[type="file"]').setInputFiles({
      name: '自评表.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await fs.readFile(fixture('2022-district-blank')),
    });
    await page.getByText('已替换列表中的同名文件：自评表.xlsx').waitFor();
    await waitForResults(page, listed);
    expect(await page.getByTestId('file').count()).toBe(3);
    expect(await shownCounts(page, '自评表.xlsx')).toEqual(cliCounts(units.c));
    await context.close();
  });

  it('prints each form from a new page, its header on every page it takes, with goals and reasons', async () => {
    const dir = await tempDir();
    const cut = path.join(dir, 'cut-short.xlsx');
    await fs.writeFile(cut, (await fs.readFile(fixture('2022-district'))).subarray(0, 4000));
    const { page, context } = await openPage();
    await page.locator('input[type="file"]').setInputFiles([fixture('2022-district'), cut]);
    await waitForResults(page, [DISTRICT]);
    await card(page, 'cut-short.xlsx').getByRole('alert').waitFor();
    expect(await page.getByTestId('print-view').isVisible()).toBe(false); // not on screen
    await page.emulateMedia({ media: 'print' });
    const forms = page.locator('.selfeval-print-form:not([data-testid="not-printed"])');
    await forms.first().waitFor(); // drawn once the page is printed
    type Form = {
      sheet: string;
      projectName: string;
      expectedGoal: string;
      actualGoal: string;
      indicators: { reason: string }[];
    };
    const cli = JSON.parse(selfeval('--json', 'check', fixture('2022-district')).stdout) as {
      forms: Form[];
      issues: { sheet: string }[];
    };
    expect(await forms.count()).toBe(cli.forms.length);
    expect(await page.locator('main').isVisible()).toBe(false);
    const first = forms.first();
    const field = (label: string) => first.locator(`tr:has(> th:text-is("${label}")) > td`).textContent();
    expect(await field('项目名称')).toBe(cli.forms[0].projectName);
    expect(await field('预期目标')).toBe(cli.forms[0].expectedGoal);
    expect(await field('实际完成情况')).toBe(cli.forms[0].actualGoal);
    expect(await field('总分')).toBe('100.00');
    // A row per indicator, its 偏差原因 beside its score; an item per issue of the form (its sheet
    // holds that one form).
    const indicators = first.locator('table:has(th:text-is("偏差原因分析及改进措施")) > tbody > tr');
    expect(await indicators.locator('td:nth-child(8)').allTextContents()).toEqual(
      cli.forms[0].indicators.map((i) => i.reason),
    );
    expect(cli.forms.some((f) => f.indicators.some((i) => i.reason))).toBe(true);
    expect(await first.locator('li').count()).toBe(
      cli.issues.filter((i) => i.sheet === cli.forms[0].sheet).length,
    );

    // Title, file and sheet head the form in a header group, which the browser repeats on each
    // page a long form takes; every form after the first starts a page.
    expect(await first.locator('.selfeval-print-frame > thead').textContent()).toContain(
      `文件：${DISTRICT}\u3000工作表：${cli.forms[0].sheet}`,
    );
    const breaks = await forms.evaluateAll((sections) =>
      sections.map((s) => getComputedStyle(s).breakBefore),
    );
    expect(breaks).toEqual(['auto', ...Array(cli.forms.length - 1).fill('page')]);
    // The file that could not be read is listed, with why.
    await page
      .getByTestId('not-printed')
      .getByText(/cut-short\.xlsx：文件已损坏或不完整/)
      .waitFor();
    await takeScreenshot(page, 'page-print.png', false);
    await context.close();
  });

  it('speaks English by choice, and says a legacy .xls must be saved as .xlsx', async () => {
    const { page, context } = await openPage();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'SelfEval (offline page)' }).waitFor();
    // Dropped beside the zone (on the title), the files are taken all the same.
    await drop(page, [path.join(FIXTURES, 'files', 'legacy-form.xls'), fixture('2022-district')], 'main h1');
    await waitForResults(page, [DISTRICT]);
    await card(page, DISTRICT).getByText('14 forms: 0 errors, 21 warnings').waitFor();
    await card(page, 'legacy-form.xls')
      .getByText(/legacy-form\.xls.*save it as \.xlsx/)
      .waitFor();
    await takeScreenshot(page, 'page-en.png', false);

    await page.getByRole('button', { name: '中文' }).click();
    await card(page, 'legacy-form.xls')
      .getByText(/另存为 \.xlsx/)
      .waitFor();
    await card(page, DISTRICT).getByText('14 张自评表：0 个错误，21 个警告').waitFor();
    await context.close();
  });
  it('answers in English the files still being read when English is chosen', async () => {
    const { page, context } = await openPage();
    const long = await longList();
    await page.locator('input[type="file"]').setInputFiles([long, fixture('2023-city-centre')]);
    await page.getByRole('button', { name: 'English' }).click(); // while the long list is read
    await waitForResults(page, ['long-list.xlsx', CITY]);
    const counts = cliCounts(fixture('2023-city-centre'));
    await card(page, CITY)
      .getByText(`15 forms: ${counts.error} errors, ${counts.warning} warnings`)
      .waitFor();
    const cli = JSON.parse(
      selfeval('--json', '--lang', 'en', 'check', fixture('2023-city-centre')).stdout,
    ) as {
      issues: { severity: string; message: string }[];
    };
    const firstError = card(page, CITY).locator('section[data-severity="error"] li').first();
    expect(await firstError.textContent()).toContain(cli.issues.find((i) => i.severity === 'error')!.message);
    await context.close();
  });

  it('keeps a choice made in the settings, not saved yet, while files are read and issues clicked', async () => {
    const { page, context } = await openPage();
    await page.getByText('设置', { exact: true }).click();
    await page.getByRole('radio', { name: '向下舍去' }).check();
    await page.getByRole('button', { name: '保存设置' }).click();
    // Changed again, not saved: the page redraws as a file is read and an issue is clicked.
    await page.getByRole('radio', { name: '四舍五入' }).check();
    await page.locator('input[type="file"]').setInputFiles(fixture('2022-district-blank'));
    await waitForResults(page, ['2022-district-blank.xlsx']);
    await card(page, '2022-district-blank.xlsx')
      .locator('section[data-severity="error"] li button')
      .first()
      .click();
    expect(await page.getByRole('radio', { name: '四舍五入' }).isChecked()).toBe(true);
    await context.close();
  });

  it('says in one line what to do with a folder picked among the workbooks, in the language chosen', async () => {
    const { page, context } = await openPage();
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, '报表文件夹'));
    await fs.copyFile(fixture('2022-district'), path.join(dir, '报表文件夹', DISTRICT));
    // What a file chooser hands over for a folder: an entry the browser cannot read.
    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const input = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: 'input[type="file"]',
    });
    await cdp.send('DOM.setFileInputFiles', {
      nodeId: input.nodeId,
      files: [path.join(dir, '报表文件夹'), fixture('2022-district')],
    });
    await waitForResults(page, [DISTRICT]);
    await card(page, '报表文件夹').getByText('报表文件夹：浏览器无法读取它').waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
    await card(page, '报表文件夹').getByText('报表文件夹: the browser cannot read it').waitFor();
    await context.close();
  });

  it('says an empty file (a download that failed) is empty, in the words of the command line', async () => {
    const empty = path.join(await tempDir(), '自评表.xlsx');
    await fs.writeFile(empty, '');
    const zh = selfeval('check', empty).stderr.trim();
    const en = selfeval('--lang', 'en', 'check', empty).stderr.trim();
    expect(zh).toMatch(/文件是空的（0 字节）/);
    const { page, context } = await openPage();
    await drop(page, [empty, fixture('2022-district')]);
    await waitForResults(page, [DISTRICT]);
    const alert = card(page, '自评表.xlsx').getByRole('alert');
    expect(await alert.textContent()).toBe(`自评表.xlsx：${zh.slice(zh.indexOf('：') + 1)}`);
    await page.getByRole('button', { name: 'English' }).click();
    await card(page, '自评表.xlsx').getByText('自评表.xlsx: the file is empty (0 bytes)').waitFor();
    expect(await alert.textContent()).toBe(`自评表.xlsx: ${en.slice(en.indexOf(': ') + 2)}`);
    await context.close();
  });

  it('speaks after a reload the language last chosen on the page', async () => {
    const { page, context } = await openPage();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'SelfEval (offline page)' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'SelfEval (offline page)' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await drop(page, [fixture('2022-district')]);
    await card(page, DISTRICT).getByText('14 forms: 0 errors, 21 warnings').waitFor();
    // Chinese chosen again is kept the same way.
    await page.getByRole('button', { name: '中文' }).click();
    await page.reload();
    await page.getByRole('heading', { name: '绩效自评助手（离线网页版）' }).waitFor();
    expect(await page.getByRole('button', { name: 'English' }).count()).toBe(1);
    await context.close();
  });

  it('keeps each heading of the forms table on one line in a window 1024 px wide, beside long project names', async () => {
    // Names as long as real ones run: squeezed beside them, 等级, 错误 and 警告 stood one character a line.
    const wb = await loadWorkbook(fixture('2022-district'));
    for (const ws of wb.worksheets)
      ws.getCell('C2').value =
        `2024年度普陀区卫生健康委员会${String(ws.getCell('C2').value)}（含社区卫生服务中心家庭医生签约服务及基本公共卫生服务配套经费）`;
    const file = path.join(await tempDir(), 'long-names.xlsx');
    await wb.xlsx.writeFile(file);
    const { page, context } = await openPage('', { width: 1024, height: 768 });
    await drop(page, [file]);
    await waitForResults(page, ['long-names.xlsx']);
    const headings = () =>
      card(page, 'long-names.xlsx')
        .locator('[data-testid="forms"] th')
        .evaluateAll((cells) =>
          cells.map((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            // One line: the text as high as a line, none of it cut off.
            return {
              text: cell.textContent,
              lines: Math.round(
                range.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight),
              ),
              clipped: cell.scrollWidth > cell.clientWidth,
            };
          }),
        );
    const oneLine = (text: string) => ({ text, lines: 1, clipped: false });
    expect(await headings()).toEqual(
      ['工作表', '项目名称', '预算得分', '总分', '等级', '错误', '警告'].map(oneLine),
    );
    // The project names wrap within the card: the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.getByRole('button', { name: 'English' }).click();
    await card(page, 'long-names.xlsx')
      .getByText(/^14 forms: /)
      .waitFor();
    expect((await headings()).filter((h) => h.lines !== 1 || h.clipped)).toEqual([]);
    await context.close();
  });

  it('says what is wrong by content: a renamed .xls, a download cut short, a password', async () => {
    const dir = await tempDir();
    const files = {
      renamed: path.join(dir, 'renamed.xlsx'),
      cut: path.join(dir, 'cut-short.xlsx'),
      locked: path.join(dir, 'locked.xlsx'),
    };
    await fs.copyFile(path.join(FIXTURES, 'files', 'legacy-form.xls'), files.renamed);
    await fs.writeFile(files.cut, (await fs.readFile(fixture('2022-district'))).subarray(0, 15000));
    await fs.writeFile(files.locked, compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    const { page, context } = await openPage();
    await drop(page, Object.values(files));
    const says = (name: string, text: RegExp) => card(page, name).getByText(text).waitFor();
    await says('renamed.xlsx', /renamed\.xlsx：旧版 \.xls \/ WPS \.et 格式，浏览器无法读取/);
    await says('cut-short.xlsx', /cut-short\.xlsx：文件已损坏或不完整/);
    await says('locked.xlsx', /locked\.xlsx：工作簿设有打开密码/);
    expect(await card(page, 'renamed.xlsx').getByText(/密码/).count()).toBe(0);
    await context.close();
  });
});

describeInFirefox('the offline page in Firefox ESR, opened from disk', () => {
  it('lists what `selfeval check --json` finds, shows an issue on its sheet, and refuses a legacy .xls in one line', async () => {
    const firefox = await launchFirefox();
    try {
      await firefox.navigate(`file://${PAGE}`);
      const files = [fixture('2023-city-centre'), path.join(FIXTURES, 'files', 'legacy-form.xls')].map(
        (file) => ({
          name: path.basename(file),
          base64: readFileSync(file).toString('base64'),
        }),
      );
      type Shown = { forms: number; error: number; warning: number; info: number; problem: string };
      const shown = await firefox.run<Record<string, Shown>>(
        `const [dropped] = args;
        const until = async (test) => {
          for (let i = 0; i < 600 && !test(); i++) await new Promise((r) => setTimeout(r, 100));
          if (!test()) throw new Error('timed out: ' + document.body.innerText.slice(0, 300));
        };
        await until(() => document.querySelector('main h1'));
        const transfer = new DataTransfer();
        for (const { name, base64 } of dropped)
          transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
        document.querySelector('[data-testid="drop-zone"]')
          .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        const card = (name) => document.querySelector('[data-testid="file"][data-file="' + name + '"]');
        await until(() => dropped.every(({ name }) => card(name)?.querySelector('[data-testid="outcome"], [role="alert"]')));
        const result = {};
        for (const { name } of dropped) {
          const c = card(name);
          const count = (severity) => c.querySelectorAll('section[data-severity="' + severity + '"] li').length;
          result[name] = {
            forms: c.querySelectorAll('[data-testid="forms"] tbody tr').length,
            error: count('error'), warning: count('warning'), info: count('info'),
            problem: c.querySelector('[role="alert"]')?.textContent ?? '',
          };
        }
        // An issue shows its part of the sheet with the cell marked.
        card(dropped[0].name).querySelector('section[data-severity="error"] li button').click();
        await until(() => document.querySelector('td[data-marked]'));
        result.marked = document.querySelector('td[data-marked]').getAttribute('data-marked');
        return result;`,
        [files],
      );
      const { problem, ...counts } = shown[CITY];
      expect(problem).toBe('');
      expect(counts).toEqual(cliCounts(fixture('2023-city-centre')));
      expect(shown['legacy-form.xls'].problem).toMatch(/^legacy-form\.xls：.*另存为 \.xlsx/);
      expect(shown.marked).toBe('I6'); // the first error: the first form's budget 得分
    } finally {
      await firefox.close();
    }
  });
});
