// The ribbon buttons without the pane: each runs its operation on the fake Excel over a real
// fixture and always completes its event, failure included.

import type { Workbook } from 'exceljs';
import { installFakeOffice, type FakeOfficeHandle } from '../fake-excel';
import { openFixture } from '../fake-excel/node';

const FIRST_FORM = '65岁以上老人定期体检';

/** Installs the fake over the 2022 district workbook and loads the commands as Excel would. */
async function ribbon(edit?: (workbook: Workbook) => void): Promise<FakeOfficeHandle> {
  const workbook = await openFixture('2022-district-blank.xlsx');
  edit?.(workbook);
  const fake = installFakeOffice(workbook);
  await jest.isolateModulesAsync(() => import('../../src/commands/commands').then(() => undefined));
  return fake;
}

/** Clicks a ribbon button; resolves with how many times the handler completed its event. */
async function click(fake: FakeOfficeHandle, name: string): Promise<number> {
  let completed = 0;
  const handler = fake.commands.get(name);
  if (!handler) throw new Error(`${name} is not registered`);
  await handler({ completed: () => void completed++ });
  return completed;
}

const value = (fake: FakeOfficeHandle, cell: string) =>
  fake.workbook.getWorksheet(FIRST_FORM)!.getCell(cell).value;

afterEach(() => {
  (globalThis as { Office?: unknown }).Office = undefined;
  (globalThis as { Excel?: unknown }).Excel = undefined;
});

describe('the ribbon commands', () => {
  it('registers recalculate, validate and insertTemplate', async () => {
    const fake = await ribbon();
    expect([...fake.commands.keys()].sort()).toEqual(['insertTemplate', 'recalculate', 'validate']);
  });

  it('Recalculate fills the active form and completes the event', async () => {
    const fake = await ribbon();
    expect(await click(fake, 'recalculate')).toBe(1);
    expect(value(fake, 'G15')).toBe(100);
    expect(value(fake, 'C16')).toBe('优');
    expect(fake.selection).toBeNull(); // no errors: nothing to point at
  });

  it('Recalculate with an error selects its cell, there being no pane to open', async () => {
    const fake = await ribbon(
      (workbook) => (workbook.getWorksheet(FIRST_FORM)!.getCell('E12').value = 20000),
    );
    expect(await click(fake, 'recalculate')).toBe(1);
    expect(value(fake, 'G12')).toBe(22.22);
    expect(fake.selection).toEqual({ sheet: FIRST_FORM, address: 'H12' });
  });

  it('Validate writes nothing', async () => {
    const fake = await ribbon();
    expect(await click(fake, 'validate')).toBe(1);
    expect(value(fake, 'G15')).toBeNull();
  });

  it('Insert template adds the sheet 自评表', async () => {
    const fake = await ribbon();
    expect(await click(fake, 'insertTemplate')).toBe(1);
    expect(fake.workbook.getWorksheet('自评表')).toBeDefined();
  });

  it('completes the event when the operation fails', async () => {
    const fake = await ribbon();
    Object.assign(globalThis, { Excel: { run: () => Promise.reject(new Error('Excel is busy')) } });
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await click(fake, 'recalculate')).toBe(1);
    expect(log).toHaveBeenCalledWith('SelfEval command failed', expect.any(Error));
    log.mockRestore();
  });
});
