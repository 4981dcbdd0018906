// The ribbon buttons without the pane: each runs its operation on the fake Excel over a real
// fixture, answers in the outcome dialog (counts, first problems, the sheet made, or one line on
// failure), selects the first error's cell, and completes its event once the dialog is closed.
// The fake is configured from manifest.xml: its function file's origin (dialogs must be on it) and
// whether it declares a shared runtime (without one, Office.addin.showAsTaskpane fails).

import fs from 'fs';
import path from 'path';
import type { Workbook } from 'exceljs';
import {
  installFakeOffice,
  type FakeDialog,
  type FakeExcelOptions,
  type FakeOfficeHandle,
} from '../fake-excel';
import { openFixture } from '../fake-excel/node';
import { viewFromHash } from '../../src/frontends/dialog-url';
import type { DialogView } from '../../src/frontends/dialog-view';
import { summarize } from '../../src/frontends/outcome';
import { format, messages } from '../../src/i18n';

const FIRST_FORM = '65岁以上老人定期体检';
const MANIFEST = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
const FUNCTION_FILE = /<bt:Url id="Url.Commands" DefaultValue="([^"]+)"/.exec(MANIFEST)![1];
const zh = messages('zh-CN');

/** What Office knows from the manifest. */
const fromManifest: FakeExcelOptions = {
  pageUrl: FUNCTION_FILE,
  sharedRuntime: /<Runtimes>/.test(MANIFEST),
};

let fake: FakeOfficeHandle | undefined;

/** Installs the fake over the 2022 district workbook and loads the commands as Excel would. */
async function ribbon(
  edit?: (workbook: Workbook) => void,
  options: FakeExcelOptions = {},
  fixture = '2022-district-blank.xlsx',
): Promise<FakeOfficeHandle> {
  const workbook = await openFixture(fixture);
  edit?.(workbook);
  fake = installFakeOffice(workbook, { ...fromManifest, ...options });
  await jest.isolateModulesAsync(() => import('../../src/commands/commands').then(() => undefined));
  return fake;
}

interface Click {
  /** Resolves with how many times the handler completed its event. */
  done: Promise<number>;
  completed(): number;
}

/** Clicks a ribbon button. */
function click(handle: FakeOfficeHandle, name: string): Click {
  let completed = 0;
  const handler = handle.commands.get(name);
  if (!handler) throw new Error(`${name} is not registered`);
  const done = Promise.resolve(handler({ completed: () => void completed++ })).then(() => completed);
  return { done, completed: () => completed };
}

/** The dialog the click opened, once it is open, and the view its page shows. */
async function dialogOf(
  handle: FakeOfficeHandle,
  index = 0,
): Promise<{ dialog: FakeDialog; view: DialogView }> {
  for (let waited = 0; handle.dialogs.length <= index; waited += 10) {
    if (waited > 10_000) throw new Error('no dialog opened');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  // Office calls back later (a timer in the fake): let the command register its handlers.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const dialog = handle.dialogs[index];
  const view = viewFromHash(dialog.hash);
  if (!view) throw new Error(`the dialog's URL holds no view: ${dialog.url}`);
  return { dialog, view };
}

const value = (handle: FakeOfficeHandle, cell: string) =>
  handle.workbook.getWorksheet(FIRST_FORM)!.getCell(cell).value;

/** The counts line a check of the active sheet gives now, in the pane's words. */
async function checkLine(kind: 'recalculated' | 'validated'): Promise<string> {
  const operations = await import('../../src/hosts/excel/operations');
  const outcome = summarize((await operations.validateSheet()).reports);
  return format(zh.ui[kind], { forms: outcome.forms, errors: outcome.errors, warnings: outcome.warnings });
}

afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

describe('the ribbon commands', () => {
  it('registers recalculate, validate and insertTemplate', async () => {
    const handle = await ribbon();
    expect([...handle.commands.keys()].sort()).toEqual(['insertTemplate', 'recalculate', 'validate']);
  });

  it('Recalculate fills the form and says so in a dialog, closed with its button', async () => {
    const handle = await ribbon();
    const run = click(handle, 'recalculate');
    const { dialog, view } = await dialogOf(handle);
    expect(value(handle, 'G15')).toBe(100);
    expect(value(handle, 'C16')).toBe('优');
    expect(new URL(dialog.url).pathname).toBe('/outcome.html');
    expect(view.title).toBe(zh.dialog.recalculated);
    expect(view.lines[0]).toBe(await checkLine('recalculated'));
    expect(view.tone).not.toBe('error');
    expect(handle.selection).toBeNull(); // no errors: nothing to point at
    expect(run.completed()).toBe(0); // the button stays busy while its dialog is open
    dialog.messageParent('close');
    expect(await run.done).toBe(1);
    expect(dialog.open).toBe(false);
  });

  it('Recalculate with an error lists it first and selects its cell', async () => {
    const handle = await ribbon(
      (workbook) => (workbook.getWorksheet(FIRST_FORM)!.getCell('E12').value = 20000),
    );
    const run = click(handle, 'recalculate');
    const { dialog, view } = await dialogOf(handle);
    expect(value(handle, 'G12')).toBe(22.22);
    expect(handle.selection).toEqual({ sheet: FIRST_FORM, address: 'H12' });
    expect(view.tone).toBe('error');
    expect(view.lines[0]).toBe(await checkLine('recalculated'));
    expect(view.lines[0]).toMatch(/[1-9]\d* 个错误/);
    expect(view.problems[0].where).toBe(`${FIRST_FORM}!H12`);
    expect(view.problems[0].message).toContain('偏差原因');
    expect(view.after).toContain(format(zh.dialog.selected, { cell: `${FIRST_FORM}!H12` }));
    dialog.closeByUser(); // the window's X
    expect(await run.done).toBe(1);
  });

  it('Validate writes nothing and shows the check’s counts, in English for English Office', async () => {
    const handle = await ribbon(undefined, { displayLanguage: 'en-US' });
    const run = click(handle, 'validate');
    const { dialog, view } = await dialogOf(handle);
    expect(value(handle, 'G15')).toBeNull();
    const en = messages('en');
    expect(view.lang).toBe('en');
    expect(view.title).toBe(en.dialog.validated);
    const operations = await import('../../src/hosts/excel/operations');
    const outcome = summarize((await operations.validateSheet()).reports);
    expect(view.lines[0]).toBe(
      format(en.ui.validated, { forms: outcome.forms, errors: outcome.errors, warnings: outcome.warnings }),
    );
    expect(outcome.errors + outcome.warnings).toBeGreaterThan(0); // a blank form has problems to list
    expect(view.problems.length).toBe(Math.min(3, outcome.errors + outcome.warnings));
    dialog.messageParent('close');
    expect(await run.done).toBe(1);
  });

  it.each(['2022-district.xlsx', '2023-city-centre.xlsx', '2024-target-declarations.xlsx'])(
    'Validate on %s shows the counts and the first problems a check of the sheet finds',
    async (fixture) => {
      const handle = await ribbon(undefined, {}, fixture);
      const run = click(handle, 'validate');
      const { dialog, view } = await dialogOf(handle);
      const operations = await import('../../src/hosts/excel/operations');
      const { reports } = await operations.validateSheet();
      const outcome = summarize(reports);
      expect(view.lines[0]).toBe(await checkLine('validated'));
      const listed = reports
        .flatMap((r) => r.issues)
        .filter((i) => i.severity !== 'info')
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
      expect(view.problems.map((p) => p.where)).toEqual(
        listed.slice(0, 3).map((i) => (i.cell ? `${i.sheet}!${i.cell}` : i.sheet)),
      );
      expect(handle.selection).toEqual(
        outcome.firstError?.cell
          ? { sheet: outcome.firstError.sheet, address: outcome.firstError.cell }
          : null,
      );
      dialog.messageParent('close');
      expect(await run.done).toBe(1);
    },
  );

  it('Insert template adds the sheet 自评表 and names it in the dialog', async () => {
    const handle = await ribbon();
    const run = click(handle, 'insertTemplate');
    const { dialog, view } = await dialogOf(handle);
    expect(handle.workbook.getWorksheet('自评表')).toBeDefined();
    expect(view.title).toBe(zh.dialog.templateInserted);
    expect(view.lines[0]).toBe(format(zh.ui.templateInserted, { sheet: '自评表' }));
    dialog.messageParent('close');
    expect(await run.done).toBe(1);
  });

  it('a failure shows one line naming the command, not the error text, and completes', async () => {
    const handle = await ribbon();
    Object.assign(globalThis, { Excel: { run: () => Promise.reject(new Error('Excel is busy')) } });
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = click(handle, 'recalculate');
    const { dialog, view } = await dialogOf(handle);
    expect(view.tone).toBe('error');
    expect(view.lines).toEqual([format(zh.dialog.unexpected, { command: zh.ribbon.recalculate })]);
    expect(JSON.stringify(view)).not.toContain('Excel is busy');
    expect(log).toHaveBeenCalledWith('SelfEval command failed', expect.any(Error));
    dialog.messageParent('close');
    expect(await run.done).toBe(1);
    log.mockRestore();
  });

  it('Insert template on a protected workbook says to unprotect it', async () => {
    const handle = await ribbon(undefined, { structureProtected: true });
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = click(handle, 'insertTemplate');
    const { dialog, view } = await dialogOf(handle);
    expect(view.lines).toEqual([format(zh.dialog.protectedWorkbook, { command: zh.ribbon.insertTemplate })]);
    dialog.closeByUser();
    expect(await run.done).toBe(1);
    log.mockRestore();
  });

  it('answers on Office 2019 (ExcelApi 1.7, DialogApi 1.1, no shared runtime) too', async () => {
    const handle = await ribbon(
      (workbook) => (workbook.getWorksheet(FIRST_FORM)!.getCell('E12').value = 20000),
      {
        build: 'office2019',
      },
    );
    expect(handle.office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(false);
    const run = click(handle, 'recalculate');
    const { dialog, view } = await dialogOf(handle);
    expect(handle.selection).toEqual({ sheet: FIRST_FORM, address: 'H12' });
    expect(view.problems[0].where).toBe(`${FIRST_FORM}!H12`);
    dialog.messageParent('close');
    expect(await run.done).toBe(1);
  });

  it('never asks for the pane: this manifest declares no shared runtime, so Office would refuse', async () => {
    const handle = await ribbon(
      (workbook) => (workbook.getWorksheet(FIRST_FORM)!.getCell('E12').value = 20000),
    );
    expect(fromManifest.sharedRuntime).toBe(false);
    // Microsoft 365 has SharedRuntime 1.1, yet without <Runtimes> in the manifest the pane cannot be shown.
    expect(handle.office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(true);
    await expect(handle.office.addin.showAsTaskpane()).rejects.toMatchObject({ code: 'InvalidOperation' });
    const run = click(handle, 'validate');
    (await dialogOf(handle)).dialog.messageParent('close');
    expect(await run.done).toBe(1);
    expect(handle.panesShown).toBe(0);
  });

  it('completes the event when the dialog cannot open', async () => {
    const handle = await ribbon();
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = click(handle, 'validate');
    await dialogOf(handle);
    const second = click(handle, 'validate'); // one dialog at a time: Office answers 12007
    expect(await second.done).toBe(1);
    expect(log).toHaveBeenCalledWith(
      'SelfEval could not open its outcome dialog',
      expect.objectContaining({ code: 12007 }),
    );
    handle.dialogs[0].messageParent('close');
    expect(await first.done).toBe(1);
    log.mockRestore();
  });
});
