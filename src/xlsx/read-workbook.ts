// readWorkbook: the bytes of an .xlsx/.xlsm (Transitional or Strict, any prefixes) → every
// worksheet's Grid in order, its visibility and protection, and SelfEval's stored state. Only the
// parts a reading needs are inflated; anything else in the package is never looked at.

import type { DefinedNames, Grid } from '../core/model/grid';
import { isStateSheet, readState, type WorkbookState } from '../core/model/state';
import { WorkbookFormatError } from './errors';
import { relKind } from './namespaces';
import { readRelationships, relsPartOf, type Relationship } from './package';
import { readSharedStrings } from './shared-strings';
import { readSheet, type SheetContext } from './sheet-read';
import { emptyStyles, readStyles } from './styles';
import { decodePart } from './text';
import { readThemeColors } from './theme';
import { readWorkbookPart, type Visibility } from './workbook-part';
import { unzipNamed } from './zip';

export interface SheetFile {
  name: string;
  visibility: Visibility;
  /** The sheet is protected (<sheetProtection sheet="1">): checked, never written. */
  protected: boolean;
  /** The worksheet part's zip entry name ('xl/worksheets/sheet1.xml'). */
  part: string;
  grid: Grid;
}

export interface WorkbookFile {
  /** Every worksheet in the workbook's order, hidden ones and the state sheet included (chart
   * sheets, which hold no cells, are left out). */
  sheets: SheetFile[];
  /** The workbook holds SelfEval's state sheet (isStateSheet), named STATE_SHEET; a sheet of that
   * name otherwise is the user's. */
  stateSheet: boolean;
  /** Column A of the state sheet, top to bottom ([] when there is none). */
  stateChunks: string[];
  /** The state parsed from those chunks (an empty state when missing or unreadable). */
  state: WorkbookState;
  /** The chunks hold no state this version reads (readState): never written over. */
  stateUnreadable: boolean;
  /** Serial numbers count days from 1904-01-01 instead of 1899-12-30 (old Mac workbooks). */
  date1904: boolean;
  /** The workbook's structure is protected: no sheet (the state sheet neither) may be added. */
  structureLocked: boolean;
}

/** The first relationship of `kind` ('styles', 'worksheet', …). */
function relOf(rels: Relationship[], kind: string): Relationship | undefined {
  return rels.find((r) => !r.external && relKind(r.type) === kind);
}

/** The package's main part: the target of the root officeDocument relationship. */
function workbookPartName(bytes: Uint8Array): string {
  const root = unzipNamed(bytes, ['_rels/.rels']);
  const rels = readRelationships('', root.get('_rels/.rels')?.bytes);
  const main = relOf(rels, 'officeDocument');
  if (!main) throw new WorkbookFormatError('not a workbook: the package names no main document');
  return main.target;
}

/** Column A's strings from the first row down: the state sheet's chunks. */
function columnA(grid: Grid): string[] {
  if (grid.left > 0) return [];
  const chunks: string[] = [];
  for (const row of grid.values) if (typeof row[0] === 'string') chunks.push(row[0]);
  return chunks;
}

export function readWorkbook(bytes: Uint8Array): WorkbookFile {
  const wbName = workbookPartName(bytes);
  const wbRelsName = relsPartOf(wbName);
  const head = unzipNamed(bytes, [wbName, wbRelsName]);
  const wbEntry = head.get(wbName);
  if (!wbEntry) throw new WorkbookFormatError(`not a workbook: ${wbName} is missing`);
  const workbook = readWorkbookPart(decodePart(wbEntry.bytes).text, wbName);
  const rels = readRelationships(wbName, head.get(wbRelsName)?.bytes);
  const byId = new Map(rels.map((r) => [r.id, r]));

  const stylesName = relOf(rels, 'styles')?.target;
  const stringsName = relOf(rels, 'sharedStrings')?.target;
  const themeName = relOf(rels, 'theme')?.target;
  const sheetParts = new Set(
    workbook.sheets
      .map((s) => byId.get(s.relId))
      .flatMap((r) => (r && relKind(r.type) === 'worksheet' ? [r.target] : [])),
  );
  const wanted = new Set([stylesName, stringsName, themeName, ...sheetParts]);
  const parts = unzipNamed(bytes, wanted);
  const text = (name: string | undefined) => {
    const entry = name === undefined ? undefined : parts.get(name);
    return entry && decodePart(entry.bytes).text;
  };

  const themeText = text(themeName);
  const stylesText = text(stylesName);
  const stringsText = text(stringsName);
  const ctx: SheetContext = {
    strings: stringsText ? readSharedStrings(stringsText, stringsName!) : [],
    styles: stylesText
      ? readStyles(stylesText, stylesName!, themeText ? readThemeColors(themeText, themeName!) : [])
      : emptyStyles(),
    date1904: workbook.date1904,
  };

  // The names each sheet's formulas see: the workbook's, and its own.
  const namesIn = (local: (n: { localSheet?: number }) => boolean) => {
    const names: Record<string, string> = {};
    for (const n of workbook.definedNames) if (local(n)) names[n.name.toUpperCase()] = n.text;
    return names;
  };
  const workbookNames = namesIn((n) => n.localSheet === undefined);
  const namesOf = (index: number): DefinedNames => ({
    workbook: workbookNames,
    sheet: namesIn((n) => n.localSheet === index),
  });

  const sheets: SheetFile[] = [];
  for (const [index, entry] of workbook.sheets.entries()) {
    const rel = byId.get(entry.relId);
    // A sheet entry without its relationship: Excel calls such a file damaged and drops the sheet
    // when repairing it; so do we, rather than check the others as if it were not there.
    if (!rel) throw new WorkbookFormatError(`sheet ${entry.name}: relationship ${entry.relId} is missing`);
    if (relKind(rel.type) !== 'worksheet') continue; // a chart sheet or dialog sheet: no cells
    const sheetText = text(rel.target);
    if (sheetText === undefined)
      throw new WorkbookFormatError(`sheet ${entry.name}: part ${rel.target} is missing`);
    // Inflated bytes are let go sheet by sheet: only the grids stay.
    parts.delete(rel.target);
    const read = readSheet(sheetText, rel.target, entry.name, ctx);
    sheets.push({
      name: entry.name,
      visibility: entry.visibility,
      protected: read.protected,
      part: rel.target,
      grid: workbook.definedNames.length ? { ...read.grid, names: namesOf(index) } : read.grid,
    });
  }

  const stateSheet = sheets.find((s) => isStateSheet(s.name, s.visibility, () => columnA(s.grid)));
  const stateChunks = stateSheet ? columnA(stateSheet.grid) : [];
  const stored = readState(stateChunks);
  return {
    sheets,
    stateSheet: !!stateSheet,
    stateChunks,
    state: stored.state,
    stateUnreadable: stored.unreadable,
    date1904: workbook.date1904,
    structureLocked: workbook.structureLocked,
  };
}
