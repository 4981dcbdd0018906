// DataValidation (ExcelApi 1.8): in-cell dropdown lists.

import type { DataValidation } from 'exceljs';
import { FakeClientObject } from './client-object';
import type { RangeTarget } from './range';
import { writeCells } from './range';

export interface ListRule {
  list?: { inCellDropDown: boolean; source: string };
}

function listSource(validation: DataValidation | undefined): string | null {
  if (!validation || validation.type !== 'list') return null;
  return String(validation.formulae?.[0] ?? '').replace(/^"|"$/g, '');
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'DataValidation';
  protected readonly scalarNames = ['rule', 'type'];

  get rule(): ListRule {
    return this.get('rule');
  }
  set rule(rule: ListRule) {
    this.set('rule', rule, (t) =>
      writeCells(t, (cell) => {
        if (!rule.list) throw new Error('the fake supports list rules only');
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          showErrorMessage: true,
          formulae: [`"${rule.list.source}"`],
        };
      }),
    );
  }

  get type(): string {
    return this.get('type');
  }

  clear(): void {
    this.queueWrite((t) => {
      const validations = (t.sheet as unknown as { dataValidations: { remove(address: string): void } })
        .dataValidations;
      writeCells(t, (cell) => validations.remove(cell.address));
    });
  }

  protected read(name: string, t: RangeTarget): unknown {
    const source = listSource(t.sheet.findCell(t.area.top + 1, t.area.left + 1)?.dataValidation);
    if (name === 'type') return source === null ? 'None' : 'List';
    return source === null ? {} : { list: { inCellDropDown: true, source } };
  }
}
