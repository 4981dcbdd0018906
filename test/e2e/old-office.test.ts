// Old Office in a real browser: the built task pane (with the e2e harness, which installs the fake
// Excel and then starts the real pane) loaded in Debian's Chromium as Internet Explorer 11 and as
// the old Edge show, in Chinese then English, what to use instead, and the pane does not mount;
// with Chromium's own user agent the guard stays silent and the pane starts; without Office.js
// (an intranet that cannot reach Microsoft's CDN) the guard says so.

import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../bench/web-build';
import { paneContext } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { describeInBrowser, servedBuild } from './support/served-build';

const ROOT = projectRoot();
const TEXT = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'src', 'i18n', 'old-webview.json'), 'utf8'),
) as Record<'zh-CN' | 'en', Record<string, string>>;

/** Internet Explorer 11 as Office 2016/2019 (volume licence) embeds it. */
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
/** EdgeHTML 18, the old Edge of retail Office 2019 without WebView2. */
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

const pages = servedBuild('old-office', { '/fixtures/': path.join(ROOT, 'test', 'fixtures') });

/** Opens the pane as `userAgent` would; resolves once the page has loaded and its scripts ran. */
async function openPane(options: {
  userAgent?: string;
  office?: boolean;
}): Promise<{ page: Page; errors: string[] }> {
  const context = await paneContext(pages.browser, pages.origin, options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${pages.origin}/taskpane.html?fixture=2022-district-blank.xlsx`, { waitUntil: 'load' });
  return { page, errors };
}

/** Waits long enough for the harness to have loaded the workbook and started the pane, had it run. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !!window.selfevalTest, undefined, { timeout: 30_000 });
  await page.waitForTimeout(1_000);
}

describeInBrowser('the task pane in old Office', () => {
  it('as Internet Explorer 11 says, in Chinese then English, to use the offline page; the pane does not mount', async () => {
    const { page, errors } = await openPane({ userAgent: IE11 });
    const guard = page.locator('#selfeval-guard');
    await guard.waitFor();
    await settle(page);
    expect(await guard.locator('h1').textContent()).toBe(TEXT['zh-CN'].titleOldWebview);
    const text = (await guard.textContent()) ?? '';
    expect(text).toContain(TEXT['zh-CN'].instead);
    expect(text).toContain(TEXT.en.instead);
    expect(text.indexOf(TEXT['zh-CN'].instead)).toBeLessThan(text.indexOf(TEXT.en.instead));
    expect(await page.locator('#root').count()).toBe(0);
    expect(await page.locator('main').count()).toBe(0); // the pane never mounted
    expect(errors).toEqual([]);
    await page.screenshot({ path: screenshotPath('pane-old-office.png'), fullPage: true });
    await page.context().close();
  });

  it('as the old Edge (EdgeHTML) says the same', async () => {
    const { page } = await openPane({ userAgent: EDGE_HTML });
    await page.locator('#selfeval-guard').waitFor();
    await settle(page);
    expect(await page.locator('#selfeval-guard h1').textContent()).toBe(TEXT['zh-CN'].titleOldWebview);
    expect(await page.locator('main').count()).toBe(0);
    await page.context().close();
  });

  it('with a current browser stays silent and the pane starts', async () => {
    const { page, errors } = await openPane({});
    await page.locator('main h1').waitFor({ timeout: 30_000 });
    expect(await page.locator('#selfeval-guard').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as { selfevalGuard?: string }).selfevalGuard ?? null),
    ).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without Office.js (no way to Microsoft’s CDN) says so and what to use instead', async () => {
    const { page } = await openPane({ office: false });
    const guard = page.locator('#selfeval-guard');
    await guard.waitFor();
    expect(await guard.locator('h1').textContent()).toBe(TEXT['zh-CN'].titleNoOffice);
    expect(await guard.textContent()).toContain(TEXT['zh-CN'].noOffice);
    expect(await guard.textContent()).toContain(TEXT['zh-CN'].instead);
    await page.context().close();
  });
});
