// An independent look at a worksheet part for the corpus tests: each <c> element's source text
// by its address, and the text outside <sheetData>. Plain regular expressions, not the layer's
// own scanner, so a test does not check the code with itself. Enough for the corpus (every cell
// has its `r`).

export interface SheetText {
  /** Raw `<c …>…</c>` (or `<c …/>`) by address. */
  cells: Map<string, string>;
  /** Everything before <sheetData>'s content and after it. */
  outside: string;
}

const CELL = /<(?:\w+:)?c\s[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;

export function sheetText(xml: string): SheetText {
  const open = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml)!;
  const start = open.index + open[0].length;
  const end = open[1] ? start : xml.search(/<\/(?:\w+:)?sheetData>/);
  const cells = new Map<string, string>();
  for (const m of xml.slice(start, end).matchAll(CELL)) cells.set(m[1], m[0]);
  return { cells, outside: xml.slice(0, start) + xml.slice(end) };
}
