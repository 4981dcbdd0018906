// RangeFormat and its parts: fill, font, borders, alignment, wrap, column width and row height.
// A property read over several cells gives their common value, or null when they differ (as Excel).

import type { Alignment, Border, BorderStyle, Borders, Cell, Font } from 'exceljs';
import { cellFill, restyle, solidFill } from './cells';
import { FakeClientObject } from './client-object';
import type { FakeRequestContext } from './context';
import { readMatrix, writeCells, type RangeTarget } from './range';
import { isProtected } from './sheet';
import { FakeOfficeError, protectedSheet } from './errors';

function common<V>(t: RangeTarget, read: (cell: Cell | undefined) => V): V | null {
  const all = readMatrix(t, read).flat();
  return all.every((v) => v === all[0]) ? all[0] : null;
}

const HORIZONTAL: Record<string, string> = { left: 'Left', center: 'Center', right: 'Right' };
const VERTICAL: Record<string, string> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };

function toExcelJs(map: Record<string, string>, officeName: string): string | undefined {
  return Object.keys(map).find((key) => map[key] === officeName);
}

/** Excel's column width unit: characters of the default font, 7 px each plus 5 px padding; 1 pt = 4/3 px. */
export function pointsToCharacters(points: number): number {
  return (points / 0.75 - 5) / 7;
}
export function charactersToPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

const DEFAULT_COLUMN_WIDTH = 8.43;
const DEFAULT_ROW_HEIGHT = 15;

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFill';
  protected readonly scalarNames = ['color', 'pattern'];

  get color(): string {
    return this.get('color');
  }
  set color(color: string) {
    this.set('color', color, (t) => writeCells(t, (cell) => restyle(cell, { fill: solidFill(color) })));
  }

  /** ExcelApi 1.9. */
  get pattern(): string {
    this.context.host.requires('1.9', 'RangeFill.pattern');
    return this.get('pattern');
  }

  clear(): void {
    this.queueWrite((t) => writeCells(t, (cell) => restyle(cell, { fill: solidFill(null) })));
  }

  protected read(name: string, t: RangeTarget): unknown {
    return common(t, (cell) => (name === 'color' ? cellFill(cell).color : cellFill(cell).pattern));
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFont';
  protected readonly scalarNames = ['bold', 'size', 'name', 'color', 'underline'];

  private setFont<K extends keyof Font>(key: K, value: Font[K]): void {
    this.set(key, value, (t) =>
      writeCells(t, (cell) => restyle(cell, { font: { ...cell.font, [key]: value } })),
    );
  }

  get bold(): boolean {
    return this.get('bold');
  }
  set bold(value: boolean) {
    this.setFont('bold', value);
  }
  get size(): number {
    return this.get('size');
  }
  set size(value: number) {
    this.setFont('size', value);
  }
  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.setFont('name', value);
  }
  /** '#RRGGBB'. */
  get color(): string {
    return this.get('color');
  }
  set color(value: string) {
    this.setFont('color', { argb: `FF${value.replace('#', '').toUpperCase()}` });
  }
  /** 'None' or 'Single' (the kinds SelfEval sets). */
  get underline(): string {
    return this.get('underline');
  }
  set underline(value: string) {
    if (value !== 'None' && value !== 'Single')
      throw new FakeOfficeError('InvalidArgument', `underline ${value}`);
    this.setFont('underline', value === 'Single');
  }

  protected read(name: string, t: RangeTarget): unknown {
    if (name === 'bold') return common(t, (cell) => Boolean(cell?.font?.bold));
    if (name === 'size') return common(t, (cell) => cell?.font?.size ?? 11);
    if (name === 'color') return common(t, (cell) => `#${(cell?.font?.color?.argb ?? 'FF000000').slice(2)}`);
    if (name === 'underline') return common(t, (cell) => (cell?.font?.underline ? 'Single' : 'None'));
    return common(t, (cell) => cell?.font?.name ?? 'Calibri');
  }
}

type Edge = keyof Pick<Borders, 'top' | 'bottom' | 'left' | 'right'>;
export type BorderIndex =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

/** Which edge of which cells of the range a border item stands for. */
function edgesOf(index: BorderIndex, t: RangeTarget, r: number, c: number): Edge[] {
  const lastRow = t.area.bottom - t.area.top;
  const lastCol = t.area.right - t.area.left;
  switch (index) {
    case 'EdgeTop':
      return r === 0 ? ['top'] : [];
    case 'EdgeBottom':
      return r === lastRow ? ['bottom'] : [];
    case 'EdgeLeft':
      return c === 0 ? ['left'] : [];
    case 'EdgeRight':
      return c === lastCol ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(r > 0 ? (['top'] as Edge[]) : []), ...(r < lastRow ? (['bottom'] as Edge[]) : [])];
    case 'InsideVertical':
      return [...(c > 0 ? (['left'] as Edge[]) : []), ...(c < lastCol ? (['right'] as Edge[]) : [])];
  }
}

const LINE: Record<string, BorderStyle> = {
  Continuous: 'thin',
  Dash: 'dashed',
  Dot: 'dotted',
  Double: 'double',
};
const WEIGHT: Record<string, BorderStyle> = {
  Hairline: 'hair',
  Thin: 'thin',
  Medium: 'medium',
  Thick: 'thick',
};

export class FakeRangeBorder extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeBorder';
  protected readonly scalarNames = ['style', 'weight'];

  constructor(
    context: FakeRequestContext,
    locate: () => RangeTarget | null,
    private readonly index: BorderIndex,
  ) {
    super(context, locate, 'derived');
  }

  private edges(border: Partial<Border> | null): (t: RangeTarget) => void {
    return (t) => {
      const { top, bottom, left, right } = t.area;
      if (
        (this.index === 'InsideHorizontal' && top === bottom) ||
        (this.index === 'InsideVertical' && left === right)
      ) {
        throw new FakeOfficeError('InvalidArgument', `The range has no ${this.index} border.`, 'RangeBorder');
      }
      writeCells(t, (cell, r, c) => {
        const edges = edgesOf(this.index, t, r, c);
        if (!edges.length) return;
        const next: Partial<Borders> = { ...cell.border };
        for (const edge of edges) {
          if (border) next[edge] = border;
          else delete next[edge];
        }
        restyle(cell, { border: next });
      });
    };
  }

  get style(): string {
    return this.get('style');
  }
  set style(value: string) {
    this.set('style', value, this.edges(value === 'None' ? null : { style: LINE[value] ?? 'thin' }));
  }

  get weight(): string {
    return this.get('weight');
  }
  set weight(value: string) {
    this.set('weight', value, this.edges({ style: WEIGHT[value] ?? 'thin' }));
  }

  protected read(name: string, t: RangeTarget): unknown {
    const edge: Edge = this.index.includes('Top') || this.index === 'InsideHorizontal' ? 'top' : 'left';
    const style = t.sheet.findCell(t.area.top + 1, t.area.left + 1)?.border?.[edge]?.style;
    if (name === 'style') return style ? 'Continuous' : 'None';
    return Object.keys(WEIGHT).find((k) => WEIGHT[k] === style) ?? 'Thin';
  }
}

export class FakeRangeBorderCollection extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeBorderCollection';
  protected readonly scalarNames = [];

  getItem(index: BorderIndex): FakeRangeBorder {
    return new FakeRangeBorder(this.context, () => this.current(), index);
  }

  protected read(): unknown {
    return undefined;
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFormat';
  protected readonly scalarNames = [
    'wrapText',
    'horizontalAlignment',
    'verticalAlignment',
    'columnWidth',
    'rowHeight',
  ];
  readonly fill = new FakeRangeFill(this.context, () => this.current(), 'derived');
  readonly font = new FakeRangeFont(this.context, () => this.current(), 'derived');
  readonly borders = new FakeRangeBorderCollection(this.context, () => this.current(), 'derived');

  private align(key: keyof Alignment, value: unknown): (t: RangeTarget) => void {
    return (t) => writeCells(t, (cell) => restyle(cell, { alignment: { ...cell.alignment, [key]: value } }));
  }

  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(value: boolean) {
    this.set('wrapText', value, this.align('wrapText', value));
  }

  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.set('horizontalAlignment', value, this.align('horizontal', toExcelJs(HORIZONTAL, value)));
  }

  get verticalAlignment(): string {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this.set('verticalAlignment', value, this.align('vertical', toExcelJs(VERTICAL, value)));
  }

  /** In points. */
  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(points: number) {
    this.set('columnWidth', points, (t) => {
      if (isProtected(t.sheet)) throw protectedSheet(t.sheet.name);
      for (let c = t.area.left; c <= t.area.right; c++)
        t.sheet.getColumn(c + 1).width = pointsToCharacters(points);
    });
  }

  /** In points. */
  get rowHeight(): number {
    return this.get('rowHeight');
  }
  set rowHeight(points: number) {
    this.set('rowHeight', points, (t) => {
      if (isProtected(t.sheet)) throw protectedSheet(t.sheet.name);
      for (let r = t.area.top; r <= t.area.bottom; r++) t.sheet.getRow(r + 1).height = points;
    });
  }

  protected read(name: string, t: RangeTarget): unknown {
    switch (name) {
      case 'wrapText':
        return common(t, (cell) => Boolean(cell?.alignment?.wrapText));
      case 'horizontalAlignment':
        return common(t, (cell) => HORIZONTAL[cell?.alignment?.horizontal ?? ''] ?? 'General');
      case 'verticalAlignment':
        return common(t, (cell) => VERTICAL[cell?.alignment?.vertical ?? ''] ?? 'Bottom');
      case 'columnWidth': {
        const widths = new Set<number>();
        for (let c = t.area.left; c <= t.area.right; c++)
          widths.add(t.sheet.getColumn(c + 1).width ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? charactersToPoints([...widths][0]) : null;
      }
      default: {
        const heights = new Set<number>();
        for (let r = t.area.top; r <= t.area.bottom; r++)
          heights.add(t.sheet.findRow(r + 1)?.height ?? DEFAULT_ROW_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      }
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'fill') return this.fill as FakeClientObject<unknown>;
    if (name === 'font') return this.font as FakeClientObject<unknown>;
    return undefined;
  }
}
