// Grid: a host-neutral snapshot of one worksheet, everything the core reads in one round trip.
// Rows and columns are 0-based and absolute (row 0 / col 0 is cell A1); the arrays start at
// (top, left), the used range's origin. A merged area arrives as its value in the top-left cell
// and blanks (null / '') in the other cells, whichever host it came from.

export type CellValue = string | number | boolean | null;

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  top: number;
  left: number;
  /** What each cell holds (a formula's cached result, not the formula). */
  values: CellValue[][];
  /** What each cell shows (number format applied), '' for blanks. */
  text: string[][];
  /** Number format of each cell ('General' when none); may be empty arrays when unknown. */
  formats: string[][];
  /** Fill colour of each cell as '#RRGGBB', null for no fill; absent when the host cannot tell. */
  fills?: (string | null)[][];
  /** The formula of each cell ('=…'), null where the cell holds a constant; absent when unknown. */
  formulas?: (string | null)[][];
  /** The defined names its formulas see, by upper-case name: what each stands for
   * ('自评表!$G$10:$G$15'), the workbook's and those local to this sheet (which win); absent when
   * unknown. */
  names?: DefinedNames;
  merges: Area[];
  /** The host could not read merged areas (Excel before ExcelApi 1.13): `merges` is empty for
   * want of knowledge, and a label's merged area may hide the cell its value starts in. */
  mergesUnknown?: boolean;
  /** The sheet is protected: it is checked, never written (a recalculation reports PROTECTED_SHEET). */
  protected?: boolean;
  /** The sheet is hidden (not very hidden): its forms are checked all the same, and said so. */
  hidden?: boolean;
  /** Cells holding something that the host left out of the arrays because they lie far from the
   * rest of the sheet (a note at XFD1048576 would make a dense Grid billions of cells): how many,
   * and the first. The check says so (FAR_CELLS); they are never written. */
  farCells?: { count: number; first: string };
}

/** Defined names by upper-case name: the workbook's, and one sheet's own. */
export interface DefinedNames {
  workbook: Record<string, string>;
  sheet: Record<string, string>;
}

/** Whether a Grid cell holds a value of its own (not null, not '', not beyond its row's end). */
export function holdsValue(value: CellValue | undefined): boolean {
  return value !== null && value !== undefined && value !== '';
}

/** How many columns the grid's widest row spans (its rows may end early). */
export function widthOf(grid: Grid): number {
  let widest = 0;
  for (const r of grid.values) if (r.length > widest) widest = r.length;
  return widest;
}

export function emptyGrid(sheet: string): Grid {
  return { sheet, top: 0, left: 0, values: [], text: [], formats: [], merges: [] };
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A1 address of a 0-based cell. */
export function address(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** A sheet name as Excel writes it before '!': bare when it cannot be misread ('自评表'), else
 * quoted with quotes doubled ('A1', '表!1', 'My sheet', 'O''Brien'). */
export function sheetPrefix(sheet: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) && // a cell reference
    !/^R\d*C\d*$/i.test(sheet) &&
    !/^(TRUE|FALSE)$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** 0-based column of column letters (A → 0, AA → 26, either case): columnName's inverse. */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** 0-based row/col of an A1 address (`$` and a sheet prefix are ignored). */
export function parseAddress(a1: string): { row: number; col: number } {
  const m = /([A-Z]+)\$?(\d+)$/i.exec(a1.replace(/\$/g, ''));
  if (!m) throw new Error(`not a cell address: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** A1 range address of an area, `A1` when it is one cell. */
export function areaAddress(area: Area): string {
  const a = address(area.top, area.left);
  const b = address(area.bottom, area.right);
  return a === b ? a : `${a}:${b}`;
}

export function parseArea(ref: string): Area {
  const [a, b] = ref.split(':');
  const p = parseAddress(a);
  const q = b ? parseAddress(b) : p;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** Whether the cell at (`row`, `col`) lies in `area`. */
export function inside(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}
