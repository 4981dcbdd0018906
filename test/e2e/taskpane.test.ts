// The task pane in a real browser: the production pane code, built with webpack, served locally,
// driven in Debian's Chromium, over the fake Excel holding a real fixture workbook. Office.js comes
// from the @microsoft/office-js package in place of Microsoft's CDN; nothing else is reachable.
// Screenshots land in test/e2e/screenshots/.run/ (ignored by git) for a person to look at;
// `npm run screenshots` refreshes the committed ones in test/e2e/screenshots/ (support/screenshots).

import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot, runWebpack } from '../../bench/web-build';
import type { CellProbe } from './harness/fixture-workbook';
import { chromiumAvailable, launchChromium, paneContext } from './support/browser';
import { takeScreenshot, updatingScreenshots } from './support/screenshots';
import { serveStatic, type StaticServer } from './support/server';

const ROOT = projectRoot();
const FIRST_FORM = '65岁以上老人定期体检'; // the first sheet of the 2022 district workbook

// Refreshing the committed screenshots without a browser fails rather than skips.
const mustRun = chromiumAvailable || !!process.env.CI || updatingScreenshots;
const describeInBrowser = mustRun ? describe : describe.skip;
if (!mustRun) {
  console.warn('Browser tests skipped: /usr/bin/chromium is missing (apt-get install -y chromium).');
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!mustRun) return;
  runWebpack(['--mode', 'development', '--env', 'e2e']);
  server = await serveStatic({
    '/fixtures/': path.join(ROOT, 'test', 'fixtures'),
    '/': path.join(ROOT, 'dist', 'e2e'),
  });
  browser = await launchChromium();
}, 300_000); // a webpack build and a browser start

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the pane over a fresh copy of the fixture and waits until it is ready. */
async function openPane(query = ''): Promise<Page> {
  const context = await paneContext(browser, server.origin);
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(`${server.origin}/taskpane.html?${query}`);
  try {
    await page.locator('main h1').waitFor({ timeout: 30_000 });
  } catch {
    throw new Error(`the pane did not start: ${failures.join('; ') || (await page.content())}`);
  }
  return page;
}

/** The fake's view of a cell (value and fill), read in the page. */
const cell = (page: Page, address: string, sheet = FIRST_FORM): Promise<CellProbe> =>
  page.evaluate(([s, a]) => window.selfevalTest!.cell(s, a), [sheet, address]);
const cellValue = async (page: Page, address: string, sheet = FIRST_FORM) =>
  (await cell(page, address, sheet)).value;
const setCell = (page: Page, address: string, value: number, sheet = FIRST_FORM): Promise<void> =>
  page.evaluate(([s, a, v]) => window.selfevalTest!.setCell(s, a, v), [sheet, address, value] as const);

/** Every text cell of a sheet, without white space (header labels wrap: '一级\n指标'). */
const sheetLabels = (page: Page, sheet: string): Promise<string[]> =>
  page.evaluate((name) => {
    const texts: string[] = [];
    window
      .selfevalTest!.workbook.getWorksheet(name)!
      .eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
    return texts.map((text) => text.replace(/\s/g, ''));
  }, sheet);

const selection = (page: Page) => page.evaluate(() => window.selfevalTest!.selection());

const screenshot = takeScreenshot;

describeInBrowser('the task pane over the 2022 district workbook', () => {
  it('recalculating this sheet fills its scores, total and grade, and lists the missing reason', async () => {
    const page = await openPane();
    // 完成体检数 falls short of its target (20000 of ≥27000), so its reason becomes required.
    await setCell(page, 'E12', 20000);

    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByText('已重新计算 1 张自评表').waitFor();

    expect(await cellValue(page, 'I5')).toBe(10); // 预算执行得分
    expect(await cellValue(page, 'G12')).toBe(22.22); // 20000 / 27000 × 30
    expect(await cellValue(page, 'G13')).toBe(20);
    expect(await cellValue(page, 'G14')).toBe(40);
    expect(await cellValue(page, 'G15')).toBe(92.22); // 总分
    expect(await cellValue(page, 'C16')).toBe('优');
    expect((await cell(page, 'H12')).fill).not.toBeNull(); // highlighted

    await page.getByText(`${FIRST_FORM}：总分 92.22，等级 优`).waitFor();
    const errors = page.locator('section[data-severity="error"]');
    await errors.getByText('“完成体检数”得分 22.22 低于分值 30').waitFor();
    await screenshot(page, 'pane-after-recalculate.png');

    await errors.getByRole('button').first().click();
    expect(await selection(page)).toBe(`${FIRST_FORM}!H12`);
    await page.context().close();
  });

  it('recalculating the whole workbook covers its 14 forms', async () => {
    const page = await openPane();
    await page.getByRole('radio', { name: '整个工作簿' }).check();
    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByText('已重新计算 14 张自评表：0 个错误，6 个警告').waitFor();
    expect(await cellValue(page, 'G15', '普陀区卫生政务密码基础资源建设项目')).toBe(89.72);
    expect(await cellValue(page, 'C16', '普陀区卫生政务密码基础资源建设项目')).toBe('良');
    expect(await page.locator('section[data-severity="warning"] li').count()).toBe(6);
    await screenshot(page, 'pane-workbook.png');
    await page.context().close();
  });

  it('Undo last recalculation puts back what the cells held', async () => {
    const page = await openPane();
    await setCell(page, 'E12', 20000);
    const cells = () => Promise.all(['G12', 'G15', 'C16', 'H12'].map((address) => cell(page, address)));
    const before = await cells();

    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByText('已重新计算 1 张自评表').waitFor();
    expect(await cellValue(page, 'G15')).toBe(92.22);

    await page.getByRole('button', { name: '撤销上次计算' }).click();
    await page.getByText(/已恢复 \d+ 个单元格/).waitFor();
    expect(await cells()).toEqual(before);
    await screenshot(page, 'pane-after-undo.png');
    await page.context().close();
  });

  it('Insert template adds a sheet 自评表 laid out as the standard form', async () => {
    const page = await openPane();
    await page.getByRole('button', { name: '插入模板' }).click();
    await page.getByText('已插入工作表“自评表”').waitFor();
    const labels = await sheetLabels(page, '自评表');
    const expected = [
      '项目名称',
      '年度资金总额',
      '一级指标',
      '三级指标',
      '偏差原因分析',
      '成本指标',
      '评分等级',
    ];
    expect(expected.filter((label) => !labels.some((text) => text.includes(label)))).toEqual([]);
    await screenshot(page, 'pane-template.png');

    // The 2023 set has no first-level 成本指标 (经济成本指标 …); a second template gets the next free name.
    await page.getByLabel('指标体系').selectOption('2023');
    await page.getByRole('button', { name: '插入模板' }).click();
    await page.getByText('已插入工作表“自评表 (2)”').waitFor();
    expect((await sheetLabels(page, '自评表 (2)')).some((text) => text.includes('经济成本指标'))).toBe(false);

    await page.setViewportSize({ width: 1000, height: 800 });
    await page.evaluate(() => window.selfevalTest!.showSheet('自评表'));
    await screenshot(page, 'template-sheet.png');
    await page.context().close();
  });

  it('saves the settings in the workbook', async () => {
    const page = await openPane();
    await page.getByText('设置', { exact: true }).click(); // unfold
    await page.getByRole('radio', { name: '向下舍去' }).check();
    await page.getByRole('radio', { name: /比值/ }).check();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存到工作簿').waitFor();
    const stored = await page.evaluate(() => String(window.selfevalTest!.cell('_selfeval', 'A1').value));
    expect(JSON.parse(stored).settings).toMatchObject({ rounding: 'down', reverseRule: 'ratio' });
    await screenshot(page, 'pane-settings.png');
    await page.context().close();
  });

  it('takes no over-completion threshold of 1: it cannot be saved, as the workbook would drop it for 1.2', async () => {
    const page = await openPane();
    await page.getByText('设置', { exact: true }).click(); // unfold
    const threshold = page.getByLabel(/超额完成提示阈值/);
    const save = page.getByRole('button', { name: '保存设置' });
    await threshold.fill('1');
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    await threshold.fill('1.5');
    expect(await save.getAttribute('aria-disabled')).not.toBe('true');
    await page.context().close();
  });

  it('speaks English when Office runs in English', async () => {
    const page = await openPane('lang=en-US');
    await page.getByRole('button', { name: 'Recalculate' }).click();
    await page.getByText('Recalculated 1 form(s)').waitFor();
    await screenshot(page, 'pane-en.png');
    await page.context().close();
  });

  it('shows its progress while Excel works, with the buttons disabled', async () => {
    const page = await openPane();
    await page.evaluate(() => window.selfevalTest!.pauseExcel());
    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByRole('progressbar').waitFor();
    expect(await page.getByRole('button', { name: '检查' }).isDisabled()).toBe(true);
    await screenshot(page, 'pane-working.png');
    await page.evaluate(() => window.selfevalTest!.resumeExcel());
    await page.getByText('已重新计算 1 张自评表').waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await page.context().close();
  });

  it('shows a failure as an error message bar and stays usable', async () => {
    const page = await openPane();
    await page.evaluate(() => window.selfevalTest!.failExcel('Excel 正忙，请稍后重试'));
    await page.getByRole('button', { name: '检查' }).click();
    await page.getByText('出错了').waitFor();
    await page.getByText('Excel 正忙，请稍后重试').waitFor();
    expect(await page.getByRole('button', { name: '检查' }).isEnabled()).toBe(true);
    await screenshot(page, 'pane-error.png');
    await page.context().close();
  });

  it('works from the keyboard: Tab to Recalculate, Enter, Tab to the issue, Enter selects its cell', async () => {
    const page = await openPane();
    await setCell(page, 'E12', 20000);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    // Tab order follows the pane from the top: the scope, then Recalculate.
    for (let i = 0; i < 10 && (await focused()) !== '重新计算'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('重新计算');
    await page.keyboard.press('Enter');
    await page.getByText('已重新计算 1 张自评表').waitFor();
    expect(await focused()).toBe('重新计算'); // focus stayed while the button was busy
    for (let i = 0; i < 20 && !(await focused()).includes('完成体检数'); i++)
      await page.keyboard.press('Tab');
    expect(await focused()).toContain('“完成体检数”得分 22.22 低于分值 30');
    await page.keyboard.press('Enter');
    expect(await selection(page)).toBe(`${FIRST_FORM}!H12`);
    await page.context().close();
  });
});

describeInBrowser('the task pane over the 2023 city-centre workbook, as published', () => {
  it('Validate lists every problem by severity, a click away from its cell, and writes nothing', async () => {
    const page = await openPane('fixture=2023-city-centre.xlsx');
    await page.getByRole('radio', { name: '整个工作簿' }).check();
    await page.getByRole('button', { name: '检查' }).click();
    const notice = page.getByText(/^已检查 15 张自评表：\d+ 个错误，\d+ 个警告$/);
    await notice.waitFor();
    const [errors, warnings] = ((await notice.textContent()) ?? '').match(/\d+(?= 个)/g)!.map(Number);
    expect(errors).toBeGreaterThan(0);
    expect(await page.locator('section[data-severity="error"] li').count()).toBe(errors);
    expect(await page.locator('section[data-severity="warning"] li').count()).toBe(warnings);
    // Errors come first.
    const order = await page
      .locator('section[data-severity]')
      .evaluateAll((s) => s.map((e) => e.dataset.severity));
    expect(order.slice(0, 2)).toEqual(['error', 'warning']);

    const first = page.locator('section[data-severity="error"] li button').first();
    await first.click();
    expect(await selection(page)).toBe(await first.locator('.fui-Caption1').textContent());
    expect(await cellValue(page, 'I6', '卫生热线运行项目')).toBe(9.92); // as typed, not rewritten

    await page
      .locator('section[data-severity="error"]')
      .evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'pane-issues.png', false);
    await page.context().close();
  });

  it('has no errors once rounding is set to 向下舍去, as the city-level forms truncate', async () => {
    const page = await openPane('fixture=2023-city-centre.xlsx');
    await page.getByText('设置', { exact: true }).click();
    await page.getByRole('radio', { name: '向下舍去' }).check();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存到工作簿').waitFor();
    await page.getByRole('radio', { name: '整个工作簿' }).check();
    await page.getByRole('button', { name: '检查' }).click();
    await page.getByText(/^已检查 15 张自评表：0 个错误/).waitFor();
    expect(await page.locator('section[data-severity="error"]').count()).toBe(0);
    await page.context().close();
  });
});

describeInBrowser('the task pane over the 2024 target declarations', () => {
  it('makes a filled-in 自评表 for every 绩效目标申报表, lists the proposed weights, then a summary', async () => {
    const page = await openPane('fixture=2024-target-declarations.xlsx');
    const sheetsBefore = await page.evaluate(() => window.selfevalTest!.sheetNames());
    await page.getByText('更多', { exact: true }).click(); // unfold
    await page.getByRole('button', { name: '从目标申报表生成自评表' }).click();
    const notice = page.getByText(/^已生成 \d+ 张自评表/);
    await notice.waitFor();
    const said = (await notice.textContent()) ?? '';
    const made = Number(/\d+/.exec(said)![0]);
    // A line per form made says its weights are proposals, as the command line does.
    expect(said.match(/分值为建议值/g)).toHaveLength(made);
    const added = (await page.evaluate(() => window.selfevalTest!.sheetNames())).filter(
      (name) => !sheetsBefore.includes(name),
    );
    expect(made).toBeGreaterThan(0);
    expect(added).toHaveLength(made);
    expect(await page.locator('section[data-severity="info"] li').count()).toBeGreaterThan(0);
    await screenshot(page, 'pane-from-targets.png', false);

    await page.getByRole('button', { name: '生成汇总表' }).click();
    await page.getByText(/^已插入汇总表“.+”$/).waitFor();
    expect(await page.evaluate(() => window.selfevalTest!.sheetNames())).toContain('汇总表');
    await page.context().close();
  });
});
