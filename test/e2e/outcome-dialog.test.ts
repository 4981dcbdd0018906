// The ribbon's outcome dialog in a real browser: the built outcome.html, given in its URL the view
// the Validate command builds for a real fixture with an error (through the fake Excel, in Node),
// shows the title, the counts, the first problems with their cells, and its close button; a
// failure shows its one line. Screenshots at the size Office gives the dialog on a 1920×1080 screen.

import type { Page } from 'playwright-core';
import { dialogUrl } from '../../src/frontends/dialog-url';
import { failureView, issueWhere, runView, type DialogView } from '../../src/frontends/dialog-view';
import { summarize } from '../../src/frontends/outcome';
import { messages } from '../../src/i18n';
import { installFakeOffice } from '../fake-excel';
import { openFixture } from '../fake-excel/node';
import { paneContext } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { describeInBrowser, servedBuild } from './support/served-build';

const FIRST_FORM = '65岁以上老人定期体检';
/** 32% × 45% of 1920×1080, the size show-outcome.ts asks for. */
const DIALOG_VIEWPORT = { width: 614, height: 486 };
const zh = messages('zh-CN');

const pages = servedBuild('outcome-dialog');

/** What Validate says about the first district form with 完成体检数 short of its target. */
async function validateView(): Promise<DialogView> {
  const workbook = await openFixture('2022-district-blank.xlsx');
  workbook.getWorksheet(FIRST_FORM)!.getCell('E12').value = 20000;
  const fake = installFakeOffice(workbook);
  try {
    const operations = await import('../../src/hosts/excel/operations');
    await operations.recalculateSheet();
    const { reports } = await operations.validateSheet();
    const { firstError } = summarize(reports);
    if (!firstError) throw new Error('the form should have an error');
    return runView('validated', reports, zh, 'zh-CN', issueWhere(firstError, zh));
  } finally {
    fake.uninstall();
  }
}

async function openDialog(view: DialogView): Promise<{ page: Page; errors: string[] }> {
  const context = await paneContext(pages.browser, pages.origin, { viewport: DIALOG_VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(dialogUrl(`${pages.origin}/outcome.html`, view));
  await page.locator('main h1').waitFor();
  return { page, errors };
}

describeInBrowser('the outcome dialog', () => {
  it('shows Validate’s counts and first problems with their cells', async () => {
    const view = await validateView();
    expect(view.problems.length).toBeGreaterThan(0);
    const { page, errors } = await openDialog(view);
    expect(await page.locator('h1').textContent()).toBe(zh.dialog.validated);
    expect(await page.locator('h1').getAttribute('class')).toBe('error');
    expect(await page.getByText(view.lines[0]).count()).toBe(1);
    const items = page.locator('ol li');
    expect(await items.count()).toBe(view.problems.length);
    expect(await items.first().locator('.where').textContent()).toBe(`${FIRST_FORM}!H12`);
    expect(await items.first().textContent()).toContain(view.problems[0].message);
    await page.getByText(view.after[view.after.length - 1]).waitFor();
    await page.getByRole('button', { name: zh.dialog.close }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // Nothing overflows the dialog: no scrolling needed to reach the close button.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      DIALOG_VIEWPORT.height,
    );
    expect(errors).toEqual([]);
    await page.screenshot({ path: screenshotPath('dialog-validate.png') });
    await page.context().close();
  });

  it('shows a failure in one line', async () => {
    const view = failureView(zh.ribbon.insertTemplate, { code: 'AccessDenied' }, zh, 'zh-CN');
    const { page, errors } = await openDialog(view);
    expect(await page.locator('h1').textContent()).toBe(zh.dialog.failed);
    expect(await page.locator('main p').allTextContents()).toEqual(view.lines);
    expect(errors).toEqual([]);
    await page.screenshot({ path: screenshotPath('dialog-failed.png') });
    await page.context().close();
  });
});
