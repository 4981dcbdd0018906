// Debian's Chromium driven by playwright-core (never a downloaded browser), with no network but
// the local test server and Office.js, which is served from the @microsoft/office-js package in
// place of Microsoft's CDN.

import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** Outside CI a machine without Chromium skips the browser tests; CI must have it (.ci/run). */
export const chromiumAvailable = fs.existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser context the size of Excel's task pane that may reach only `origin` and Office.js
 * (or not even Office.js: `office: false`, an intranet without Microsoft's CDN). `userAgent`
 * plays another webview, e.g. Internet Explorer 11's. */
export async function paneContext(
  browser: Browser,
  origin: string,
  options: { userAgent?: string; office?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 360, height: 800 },
    locale: 'zh-CN',
    userAgent: options.userAgent,
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    if (url.startsWith(OFFICE_CDN) && options.office !== false) {
      return route.fulfill(officeFile(url.slice(OFFICE_CDN.length)));
    }
    return route.abort('blockedbyclient');
  });
  return context;
}

/** The package's copy of a file Office.js asks for (office.js, then its host and locale files). */
function officeFile(name: string): { status: number; path?: string; contentType?: string } {
  const file = path.resolve(OFFICE_DIST, name.split('?')[0]);
  if (!file.startsWith(OFFICE_DIST + path.sep) || !fs.existsSync(file)) return { status: 404 };
  return { status: 200, path: file, contentType: 'text/javascript; charset=utf-8' };
}
