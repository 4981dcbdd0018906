// Where the browser tests write their screenshots. A test run (`npm test`) writes them to
// test/e2e/screenshots/.run/, which git ignores, so testing leaves the work tree as it found it.
// The committed pictures in test/e2e/screenshots/ are rewritten only when
// SELFEVAL_UPDATE_SCREENSHOTS=1, which `npm run screenshots` sets.

import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';

/** The committed screenshots, for a person to look at. */
export const COMMITTED_SCREENSHOTS = path.join(__dirname, '..', 'screenshots');
/** A test run's screenshots (.gitignore). */
export const RUN_SCREENSHOTS = path.join(COMMITTED_SCREENSHOTS, '.run');

/** True under `npm run screenshots`: the committed pictures are being refreshed. */
export const updatingScreenshots = process.env.SELFEVAL_UPDATE_SCREENSHOTS === '1';

/** The file a screenshot called `name` (e.g. 'pane-error.png') is written to. */
export function screenshotPath(name: string): string {
  const dir = updatingScreenshots ? COMMITTED_SCREENSHOTS : RUN_SCREENSHOTS;
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

/** A screenshot of `page` as a person would see it: pointer parked, focus dropped and Fluent's
 * hover / focus transitions (≤ 200 ms) run out, so the same page gives the same picture each run. */
export async function takeScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshotPath(name), fullPage, animations: 'disabled' });
}
