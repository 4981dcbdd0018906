// The part of WPS 表格's JavaScript object model (ET, the Application of a WPS JS 加载项) that
// SelfEval calls. It mirrors Excel's VBA object model: the same names, 1-based Item/Cells indexes,
// colours as BGR integers, enumerations as the xl* numbers. Every property read or write and every
// method call crosses from the add-in's page to the WPS process, so the adapter reads and writes
// whole ranges (Value2 / NumberFormat of a block) instead of cell by cell.
// Sources: Kingsoft's WPS 加载项 documentation and the wpsjs project templates (Application,
// CreateTaskPane, PluginStorage, ribbon callbacks); for the object model itself WPS follows Excel's
// VBA reference (Range.Value2, Interior.Color, MergeArea, Worksheets.Add, …).

/** A value as Value2 gives it: numbers (dates as serials), text, booleans; empty cells undefined. */
export type EtValue = string | number | boolean | undefined | null;

export interface EtInterior {
  /** BGR integer (red is 0x0000FF); null when the cells of the range differ. */
  Color: number | null;
  /** xlNone (-4142) for no fill. */
  Pattern: number | null;
}

export interface EtFont {
  Bold: boolean | null;
  Size: number | null;
  Name: string | null;
  /** BGR integer, as Interior.Color. */
  Color: number | null;
  /** xlUnderlineStyleSingle = 2, xlUnderlineStyleNone = -4142. */
  Underline: number | null;
}

export interface EtBorders {
  /** xlContinuous = 1. */
  LineStyle: number | null;
  /** xlThin = 2. */
  Weight: number | null;
}

export interface EtValidation {
  Delete(): void;
  /** Type xlValidateList = 3, AlertStyle xlValidAlertStop = 1, Operator xlBetween = 1. */
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string): void;
}

export interface EtRange {
  /** '$A$1' or '$A$1:$J$30'. */
  readonly Address: string;
  /** 1-based first row and column. */
  readonly Row: number;
  readonly Column: number;
  /** One cell: its value; several: an array of rows of values. */
  Value2: EtValue | EtValue[][];
  /** One cell: its formula ('=…') or constant as text; several: an array of rows. */
  Formula: string | string[][];
  /** What the cell shows; null for several cells that show different things. */
  readonly Text: string | null;
  /** null when the cells of the range differ. */
  NumberFormat: string | null;
  /** true / false, or null when the range is partly merged. */
  readonly MergeCells: boolean | null;
  /** The merged area holding a one-cell range (the cell itself when not merged). */
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  readonly Validation: EtValidation;
  WrapText: boolean | null;
  /** xlLeft -4131, xlCenter -4108, xlRight -4152 / xlTop -4160, xlCenter -4108, xlBottom -4107. */
  HorizontalAlignment: number | null;
  VerticalAlignment: number | null;
  /** Characters of the default font (Excel's unit). */
  ColumnWidth: number | null;
  /** Points. */
  RowHeight: number | null;
  Merge(across?: boolean): void;
  /** Find(What, After, LookIn, LookAt, SearchOrder, SearchDirection): the first (or, with
   * xlPrevious, last) matching cell, or null (Nothing). */
  Find(
    what: string,
    after: EtRange | undefined,
    lookIn: number,
    lookAt: number,
    order: number,
    direction: number,
  ): EtRange | null;
  /** Fails unless the range's sheet is the active one. */
  Select(): void;
}

export interface EtPageSetup {
  /** xlPaperA4 = 9. */
  PaperSize: number;
  /** xlPortrait = 1, xlLandscape = 2. */
  Orientation: number;
  /** false to scale by FitToPagesWide / FitToPagesTall. */
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  PrintArea: string;
  PrintTitleRows: string;
  /** Points. */
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  CenterHorizontally: boolean;
}

export interface EtWorksheet {
  Name: string;
  /** xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2. */
  Visible: number;
  /** Whether the sheet's cells are protected. */
  readonly ProtectContents: boolean;
  /** The area from the first to the last used cell; $A$1 on an empty sheet. */
  readonly UsedRange: EtRange;
  readonly PageSetup: EtPageSetup;
  /** An A1 address, a whole column ('G:G') or whole rows ('5:5'). */
  Range(address: string): EtRange;
  Activate(): void;
}

export interface EtWorksheets {
  readonly Count: number;
  /** 1-based index or a name; throws when there is no such sheet. */
  Item(index: number | string): EtWorksheet;
  /** Adds a sheet (after `after` when given) and makes it the active sheet; throws when the
   * workbook's structure is protected. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtWorksheets;
  readonly ActiveSheet: EtWorksheet;
  /** Sheets cannot be added, hidden or renamed. */
  readonly ProtectStructure: boolean;
}

export interface EtTaskPane {
  readonly ID: string;
  Visible: boolean;
}

export interface EtPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
}

export interface EtApplication {
  /** null when no workbook is open. */
  readonly ActiveWorkbook: EtWorkbook | null;
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: string): EtTaskPane | null;
  readonly PluginStorage: EtPluginStorage;
}

export const XL = {
  none: -4142,
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  left: -4131,
  center: -4108,
  right: -4152,
  top: -4160,
  bottom: -4107,
  continuous: 1,
  thin: 2,
  underlineSingle: 2,
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  paperA4: 9,
  values: -4163,
  part: 2,
  byRows: 1,
  byColumns: 2,
  previous: 2,
  portrait: 1,
  landscape: 2,
} as const;

/** '#RRGGBB' → the BGR integer ET's Color properties take. */
export function bgrOf(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** ET's BGR integer → '#RRGGBB'. */
export function hexOfBgr(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, '0').toUpperCase()}`;
}
