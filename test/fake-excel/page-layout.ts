// PageLayout (ExcelApi 1.9): paper, orientation, fit to pages, margins (in points), centring,
// print area and print titles, kept in the ExcelJS worksheet's pageSetup (margins in inches).

import type { PageSetup, Worksheet } from 'exceljs';
import { FakeClientObject } from './client-object';
import { isProtected } from './sheet';
import { protectedSheet } from './errors';

const PAPER: Record<string, number> = { Letter: 1, A3: 8, A4: 9, A5: 11 };
const POINTS_PER_INCH = 72;
type MarginName = 'left' | 'right' | 'top' | 'bottom';

export interface PageLayoutZoomOptions {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

/** Anything with an address (a Range) or an address string; the sheet prefix is dropped. */
type AddressSource = string | { address: string };

function localOf(source: AddressSource): string {
  const address = typeof source === 'string' ? source : source.address;
  return address.slice(address.lastIndexOf('!') + 1);
}

export class FakePageLayout extends FakeClientObject<Worksheet> {
  protected readonly typeName = 'PageLayout';
  protected readonly scalarNames = [
    'orientation',
    'paperSize',
    'zoom',
    'leftMargin',
    'rightMargin',
    'topMargin',
    'bottomMargin',
    'centerHorizontally',
  ];

  private setup(name: string, value: unknown, patch: (setup: Partial<PageSetup>) => void): void {
    this.set(name, value, (sheet) => {
      if (isProtected(sheet)) throw protectedSheet(sheet.name);
      patch(sheet.pageSetup);
    });
  }

  private margin(side: MarginName, points: number): void {
    this.setup(`${side}Margin`, points, (setup) => {
      const margins = setup.margins ?? {
        left: 0.7,
        right: 0.7,
        top: 0.75,
        bottom: 0.75,
        header: 0.3,
        footer: 0.3,
      };
      setup.margins = { ...margins, [side]: points / POINTS_PER_INCH };
    });
  }

  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(value: string) {
    this.setup(
      'orientation',
      value,
      (s) => (s.orientation = value === 'Landscape' ? 'landscape' : 'portrait'),
    );
  }

  get paperSize(): string {
    return this.get('paperSize');
  }
  set paperSize(value: string) {
    this.setup('paperSize', value, (s) => (s.paperSize = PAPER[value]));
  }

  get zoom(): PageLayoutZoomOptions {
    return this.get('zoom');
  }
  set zoom(value: PageLayoutZoomOptions) {
    this.setup('zoom', value, (s) => {
      const fit = value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined;
      s.fitToPage = fit;
      if (fit) {
        s.fitToWidth = value.horizontalFitToPages ?? 0;
        s.fitToHeight = value.verticalFitToPages ?? 0;
      } else s.scale = value.scale ?? 100;
    });
  }

  get leftMargin(): number {
    return this.get('leftMargin');
  }
  set leftMargin(points: number) {
    this.margin('left', points);
  }
  get rightMargin(): number {
    return this.get('rightMargin');
  }
  set rightMargin(points: number) {
    this.margin('right', points);
  }
  get topMargin(): number {
    return this.get('topMargin');
  }
  set topMargin(points: number) {
    this.margin('top', points);
  }
  get bottomMargin(): number {
    return this.get('bottomMargin');
  }
  set bottomMargin(points: number) {
    this.margin('bottom', points);
  }

  get centerHorizontally(): boolean {
    return this.get('centerHorizontally');
  }
  set centerHorizontally(value: boolean) {
    this.setup('centerHorizontally', value, (s) => (s.horizontalCentered = value));
  }

  setPrintArea(area: AddressSource): void {
    this.queueWrite((sheet) => (sheet.pageSetup.printArea = localOf(area)));
  }

  setPrintTitleRows(rows: AddressSource): void {
    this.queueWrite((sheet) => (sheet.pageSetup.printTitlesRow = localOf(rows).replace(/\$/g, '')));
  }

  protected read(name: string, sheet: Worksheet): unknown {
    const s = sheet.pageSetup;
    const margins = s.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
    switch (name) {
      case 'orientation':
        return s.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      case 'paperSize':
        return Object.keys(PAPER).find((k) => PAPER[k] === s.paperSize) ?? 'Letter';
      case 'zoom':
        return s.fitToPage
          ? { horizontalFitToPages: s.fitToWidth, verticalFitToPages: s.fitToHeight }
          : { scale: s.scale ?? 100 };
      case 'centerHorizontally':
        return Boolean(s.horizontalCentered);
      default:
        return margins[name.replace('Margin', '') as MarginName] * POINTS_PER_INCH;
    }
  }
}
