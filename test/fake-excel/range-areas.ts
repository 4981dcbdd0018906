// RangeAreas (ExcelApi 1.9), as returned by Range.getMergedAreasOrNullObject (1.13).

import type { Worksheet } from 'exceljs';
import type { Area } from '../../src/core/model/grid';
import { cellsOf, qualifiedAddress, localAddress } from './address';
import { FakeClientObject, FakeCollection } from './client-object';
import type { FakeRequestContext } from './context';
import { FakeRange, type RangeTarget } from './range';

export interface AreasTarget {
  sheet: Worksheet;
  areas: Area[];
}

export class FakeRangeCollection extends FakeCollection<RangeTarget, FakeRange> {
  protected readonly typeName = 'RangeCollection';

  constructor(context: FakeRequestContext, parent: FakeRangeAreas) {
    super(
      context,
      () => {
        const t = parent.current();
        return t && t.areas.map((area) => ({ sheet: t.sheet, area }));
      },
      'derived',
    );
  }

  protected item(target: RangeTarget): FakeRange {
    return new FakeRange(this.context, () => target, 'fixed');
  }
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly typeName = 'RangeAreas';
  protected readonly scalarNames = ['address', 'addressLocal', 'areaCount', 'cellCount'];
  private areasObject?: FakeRangeCollection;

  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }

  get areas(): FakeRangeCollection {
    this.areasObject ??= new FakeRangeCollection(this.context, this);
    return this.areasObject;
  }

  protected read(name: string, t: AreasTarget): unknown {
    if (name === 'address') return t.areas.map((a) => qualifiedAddress(t.sheet.name, a)).join(',');
    if (name === 'addressLocal') return t.areas.map(localAddress).join(',');
    if (name === 'areaCount') return t.areas.length;
    return t.areas.reduce((n, a) => n + cellsOf(a), 0);
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'areas' ? (this.areas as FakeClientObject<unknown>) : undefined;
  }
}
