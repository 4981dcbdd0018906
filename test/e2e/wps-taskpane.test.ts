// The WPS task pane in a real browser: the production pane code with the WPS operations behind
// it, built with webpack, served locally, driven in Debian's Chromium, over the fake ET holding a
// real fixture workbook. The same clicks give the same cells as the Excel pane
// (test/e2e/taskpane.test.ts). Screenshots land in test/e2e/screenshots/.run/.

import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot, runWebpack } from '../../bench/web-build';
import { chromiumAvailable, launchChromium, paneContext } from './support/browser';
import { screenshotPath, updatingScreenshots } from './support/screenshots';
import { serveStatic, type StaticServer } from './support/server';

const ROOT = projectRoot();
const FIRST_FORM = '65岁以上老人定期体检';

const mustRun = chromiumAvailable || !!process.env.CI || updatingScreenshots;
const describeInBrowser = mustRun ? describe : describe.skip;
if (!mustRun)
  console.warn('WPS browser tests skipped: /usr/bin/chromium is missing (apt-get install -y chromium).');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!mustRun) return;
  runWebpack(['--config', 'webpack.wps.config.js', '--env', 'e2e']);
  server = await serveStatic({
    '/fixtures/': path.join(ROOT, 'test', 'fixtures'),
    '/': path.join(ROOT, 'dist', 'e2e-wps'),
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(): Promise<Page> {
  const context = await paneContext(browser, server.origin);
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(`${server.origin}/taskpane.html`);
  try {
    await page.locator('main h1').waitFor({ timeout: 30_000 });
  } catch {
    throw new Error(`the pane did not start: ${failures.join('; ') || (await page.content())}`);
  }
  return page;
}

const cell = (page: Page, address: string) =>
  page.evaluate(([s, a]) => window.wpsTest!.cell(s, a), [FIRST_FORM, address]);

describeInBrowser('the task pane in WPS over the 2022 district workbook', () => {
  it('recalculates this sheet as in Excel, goes to an issue\u2019s cell and undoes', async () => {
    const page = await openPane();
    await page.evaluate((s) => window.wpsTest!.setCell(s, 'E12', 20000), FIRST_FORM);
    const before = await Promise.all(['G12', 'G15', 'C16', 'H12'].map((a) => cell(page, a)));

    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByText('已重新计算 1 张自评表').waitFor();
    expect((await cell(page, 'I5')).value).toBe(10);
    expect((await cell(page, 'G12')).value).toBe(22.22);
    expect((await cell(page, 'G15')).value).toBe(92.22);
    expect((await cell(page, 'C16')).value).toBe('优');
    expect((await cell(page, 'H12')).fill).not.toBeNull();
    await page.getByText(`${FIRST_FORM}：总分 92.22，等级 优`).waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('wps-pane-after-recalculate.png'), fullPage: true });

    const errors = page.locator('section[data-severity="error"]');
    await errors.getByRole('button').first().click();
    await page.waitForFunction(() => window.wpsTest!.selection() !== null);
    expect(await page.evaluate(() => window.wpsTest!.selection())).toBe(`${FIRST_FORM}!H12`);

    await page.getByRole('button', { name: '撤销上次计算' }).click();
    await page.getByText(/已恢复 \d+ 个单元格/).waitFor();
    expect(await Promise.all(['G12', 'G15', 'C16', 'H12'].map((a) => cell(page, a)))).toEqual(before);
    await page.context().close();
  });
});
