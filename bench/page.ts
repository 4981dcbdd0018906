// The offline page's figures: its size gzipped (the one file a user is sent) and the time from
// dropping the 15-form workbook to its results on screen, in Debian's Chromium from disk. Builds
// dist/page/selfeval.html first (`webpack --config webpack.page.js`, as `npm run build` does).

import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../test/e2e/support/browser';
import { projectRoot, runWebpack } from './web-build';

const ROUNDS = 7;

export function pageFile(): string {
  return path.join(projectRoot(), 'dist', 'page', 'selfeval.html');
}

/**
 * Drops `files` on the page's drop zone (or the element `on` names) as a user's drag does (a DataTransfer of File objects) and
 * resolves once every one of them shows its result (or why it cannot be read), with the
 * milliseconds it took and the progress line the page showed just after the drop.
 */
export async function dropOnPage(
  page: Page,
  files: string[],
  on = '[data-testid="drop-zone"]',
): Promise<{ ms: number; progress: string | null }> {
  const payload = files.map((file) => ({
    name: path.basename(file),
    base64: fs.readFileSync(file).toString('base64'),
  }));
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    async ({ dropped, on }) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of dropped)
        transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      const selectors = dropped.map(
        ({ name }) => `[data-file="${CSS.escape(name)}"] :is([data-testid="outcome"], [role="alert"])`,
      );
      const start = performance.now();
      const done = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!selectors.every((selector) => document.querySelector(selector))) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      document
        .querySelector(on)!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const bar = document.querySelector('[role="progressbar"]');
      const progress = bar ? (document.querySelector('[role="status"]')?.textContent ?? '') : null;
      await done;
      return { ms: performance.now() - start, progress };
    },
    { dropped: payload, on },
  );
}

export async function measurePage(): Promise<{ pageGzipKB: number; pageDropToResultMs: number | null }> {
  runWebpack(['--mode', 'production', '--config', 'webpack.page.js']);
  const bytes = zlib.gzipSync(fs.readFileSync(pageFile()), { level: 9 }).length;
  const pageGzipKB = Math.round((bytes / 1024) * 10) / 10;
  if (!chromiumAvailable) return { pageGzipKB, pageDropToResultMs: null };

  const browser = await launchChromium();
  const times: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const workbook = path.join(projectRoot(), 'test', 'fixtures', '2023-city-centre.xlsx');
    for (let round = 0; round < ROUNDS; round++) {
      await page.goto(`file://${pageFile()}`);
      await page.locator('main h1').waitFor();
      times.push((await dropOnPage(page, [workbook])).ms);
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  return { pageGzipKB, pageDropToResultMs: Math.round(times[Math.floor(ROUNDS / 2)]) };
}
