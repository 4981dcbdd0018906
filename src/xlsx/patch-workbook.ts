// patchWorkbook: applies a recalculation's (or an undo's) changes to the original package by
// patching it. Written: the sheets with planned cells (only those cells), xl/styles.xml (entries
// appended), the state sheet, and what adding it or keeping the calc chain true needs
// (workbook.xml, its .rels, [Content_Types].xml, xl/calcChain.xml). Every other part keeps its
// bytes: charts, drawings, pictures, comments, pivots, macros, custom XML, WPS cell images.

import type { ChangeSet } from '../core/model/change-set';
import { parseAddress } from '../core/model/grid';
import { namesStateSheet, serializeState, STATE_SHEET, type WorkbookState } from '../core/model/state';
import { patchCalcChain, type ChainChanges } from './calc-chain';
import { calculateOnOpen as askRecalculation } from './calc-on-open';
import { WorkbookFormatError } from './errors';
import { relKind, relType, WORKSHEET_CONTENT_TYPE } from './namespaces';
import {
  addOverride,
  addRelationship,
  emptyRelationships,
  nextRelId,
  removeOverride,
  removeRelationship,
} from './package-edit';
import {
  folderOf,
  partKey,
  readRelationships,
  relativeTarget,
  relsPartOf,
  type Relationship,
} from './package';
import { patchSheet, stateCellPlans, type CellPlan } from './sheet-patch';
import { scanSheet } from './sheet-scan';
import { addSheetEntry, stateSheetXml } from './state-sheet';
import { defaultStylesXml, StylesPatcher } from './styles-patch';
import { decodePart, encodePart, type PartText } from './text';
import { readWorkbookPart, type SheetEntry } from './workbook-part';
import { unzipParts, zipParts, type ZipEntries } from './zip';

const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The cell plans of each sheet (by name) from the change set; later changes of a cell win. */
function plansBySheet(changes: ChangeSet): Map<string, Map<string, CellPlan>> {
  const sheets = new Map<string, Map<string, CellPlan>>();
  for (const change of changes) {
    if (change.kind === 'select') continue; // a selection is the user's view, not the file's content
    if (change.kind !== 'value' && change.kind !== 'fill' && change.kind !== 'result')
      throw new Error(
        `patchWorkbook writes values, results and fills; '${change.kind}' changes need another writer`,
      );
    let cells = sheets.get(change.sheet);
    if (!cells) sheets.set(change.sheet, (cells = new Map()));
    const { row, col } = parseAddress(change.cell);
    const key = `${row},${col}`;
    const plan = cells.get(key) ?? { row, col };
    if (change.kind === 'fill') plan.style = { ...plan.style, fill: change.color };
    else if (change.kind === 'result') plan.result = change.value;
    else {
      plan.content = { value: change.value, ...(change.formula ? { formula: change.formula } : {}) };
      if (change.format !== undefined) plan.style = { ...plan.style, format: change.format };
    }
    cells.set(key, plan);
  }
  return sheets;
}

/** The package as parts being edited: text of the parts touched, bytes of all. A part is found
 * by its name as Open Packaging compares names (partKey), whatever case or percent-encoding the
 * zip entry or the relationship spells it with; a part added never takes a name already used. */
class Package {
  private readonly texts = new Map<string, PartText>();
  private readonly changed = new Set<string>();
  /** The zip entry name of each partKey. */
  private readonly names = new Map<string, string>();

  constructor(private readonly entries: ZipEntries) {
    for (const name of entries.keys()) {
      const key = partKey(name);
      if (!this.names.has(key)) this.names.set(key, name);
    }
  }

  /** The zip entry name of part `name` (`name` itself for a part not in the package). */
  private entryName(name: string): string {
    return this.names.get(partKey(name)) ?? name;
  }

  has(name: string): boolean {
    return this.names.has(partKey(name));
  }

  /** The part's bytes as the package holds them (undefined when it has no such part). */
  bytesOf(name: string): Uint8Array | undefined {
    return this.entries.get(this.entryName(name))?.bytes;
  }

  text(part: string): string {
    const name = this.entryName(part);
    let t = this.texts.get(name);
    if (!t) {
      const entry = this.entries.get(name);
      if (!entry) throw new WorkbookFormatError(`part ${name} is missing`);
      this.texts.set(name, (t = decodePart(entry.bytes)));
    }
    return t.text;
  }

  set(part: string, text: string): void {
    const name = this.entryName(part);
    const old = this.texts.get(name);
    this.texts.set(name, { text, encoding: old?.encoding ?? 'utf-8', bom: old?.bom ?? false });
    this.changed.add(name);
    if (!this.entries.has(name)) {
      this.entries.set(name, { bytes: new Uint8Array(0), stored: false });
      this.names.set(partKey(name), name);
    }
  }

  delete(part: string): void {
    const name = this.entryName(part);
    this.entries.delete(name);
    this.changed.delete(name);
    this.names.delete(partKey(name));
  }

  bytes(): Uint8Array {
    for (const name of this.changed) {
      const entry = this.entries.get(name)!;
      entry.bytes = encodePart(this.texts.get(name)!);
    }
    return zipParts(this.entries);
  }
}

function sheetNamed(sheets: SheetEntry[], name: string): SheetEntry {
  // Sheet names are unique without regard to case.
  const sheet =
    sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new Error(`no sheet named ${name}`);
  return sheet;
}

/**
 * The package `bytes` with `changes` applied (kinds 'value' and 'fill'; 'select' is ignored) and,
 * when given, `state` written into the state sheet: the very hidden sheet named STATE_SHEET, or a
 * hidden one `stateSheet` says holds a state (readWorkbook's stateSheet: LibreOffice saves the sheet
 * hidden), else a very hidden one added. A sheet of the user's under that name is never written,
 * nor a second one added. `calculateOnOpen`: workbook.xml asks for every formula to be recalculated
 * when the file is opened (a recalculation's calculateOnOpen).
 */
export function patchWorkbook(
  bytes: Uint8Array,
  changes: ChangeSet,
  state?: WorkbookState,
  stateSheet = false,
  calculateOnOpen = false,
): Uint8Array {
  const pkg = new Package(unzipParts(bytes));
  const rootRels = readRelationships('', pkg.bytesOf('_rels/.rels'));
  const wbName = rootRels.find((r) => relKind(r.type) === 'officeDocument')?.target;
  if (!wbName || !pkg.has(wbName))
    throw new WorkbookFormatError('not a workbook: the package names no main document');
  const workbook = readWorkbookPart(pkg.text(wbName), wbName);
  const wbRelsName = relsPartOf(wbName);
  const rels: Relationship[] = readRelationships(wbName, pkg.bytesOf(wbRelsName));
  const relOf = (kind: string) => rels.find((r) => !r.external && relKind(r.type) === kind);
  const relIds = rels.map((r) => r.id);

  /** Adds a part the workbook relates to: its relationship and content type. */
  const addWorkbookPart = (name: string, kind: string, contentType: string, text: string): string => {
    const id = nextRelId(relIds);
    relIds.push(id);
    pkg.set(name, text);
    pkg.set(
      wbRelsName,
      addRelationship(
        pkg.has(wbRelsName) ? pkg.text(wbRelsName) : emptyRelationships(),
        wbRelsName,
        id,
        relType(kind, workbook.mainNs),
        relativeTarget(wbName, name),
      ),
    );
    pkg.set('[Content_Types].xml', addOverride(pkg.text('[Content_Types].xml'), name, contentType));
    return id;
  };

  const stylesRel = relOf('styles');
  const stylesName = stylesRel?.target ?? `${folderOf(wbName)}styles.xml`;
  const ownStyles = !!stylesRel && pkg.has(stylesName);
  const styles = new StylesPatcher(
    ownStyles ? pkg.text(stylesName) : defaultStylesXml(workbook.mainNs),
    stylesName,
  );
  if (!ownStyles || styles.lacksCellFormats) {
    // The cells' `s` may name formats the part lacks: a new list must cover them with the default.
    let highest = 0;
    for (const rel of rels)
      if (relKind(rel.type) === 'worksheet' && pkg.has(rel.target))
        for (const m of pkg.text(rel.target).matchAll(/\ss\s*=\s*["'](\d+)["']/g))
          highest = Math.max(highest, Number(m[1]));
    styles.coverCellFormats(highest);
  }

  const plans = plansBySheet(changes);
  const chains = new Map<number, ChainChanges>();
  const sheetPart = (sheet: SheetEntry) => {
    const rel = rels.find((r) => r.id === sheet.relId);
    if (!rel || relKind(rel.type) !== 'worksheet') throw new Error(`sheet ${sheet.name} is not a worksheet`);
    return rel.target;
  };
  const writeSheet = (
    sheet: SheetEntry,
    cellPlans: (scan: ReturnType<typeof scanSheet>) => CellPlan[],
    rows?: ReadonlySet<number>,
  ) => {
    const part = sheetPart(sheet);
    const text = pkg.text(part);
    const scan = scanSheet(text, part, rows);
    const patch = patchSheet(text, scan, cellPlans(scan), styles);
    pkg.set(part, patch.text);
    if (patch.formulasRemoved.length || patch.formulasAdded.length)
      chains.set(sheet.sheetId, { removed: new Set(patch.formulasRemoved), added: patch.formulasAdded });
  };

  for (const [name, cells] of plans) {
    const planned = [...cells.values()];
    writeSheet(sheetNamed(workbook.sheets, name), () => planned, new Set(planned.map((p) => p.row)));
  }

  const named = workbook.sheets.find((s) => namesStateSheet(s.name));
  const ours = named?.visibility === 'veryHidden' || (named?.visibility === 'hidden' && stateSheet);
  // A workbook whose structure is protected gets no sheet added, the state sheet neither.
  if (state && (ours || (!named && !workbook.structureLocked))) {
    const chunks = serializeState(state);
    if (named) writeSheet(named, (scan) => stateCellPlans(scan, chunks));
    else {
      let n = workbook.sheets.length + 1;
      const folder = `${folderOf(wbName)}worksheets/`;
      while (pkg.has(`${folder}sheet${n}.xml`)) n++;
      const id = addWorkbookPart(
        `${folder}sheet${n}.xml`,
        'worksheet',
        WORKSHEET_CONTENT_TYPE,
        stateSheetXml(workbook.mainNs, chunks),
      );
      const sheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
      pkg.set(wbName, addSheetEntry(pkg.text(wbName), workbook, STATE_SHEET, sheetId, id));
    }
  }

  if (calculateOnOpen) {
    const asked = askRecalculation(pkg.text(wbName), wbName);
    if (asked !== null) pkg.set(wbName, asked);
  }

  const stylesText = styles.result();
  if (stylesText !== null) {
    if (stylesRel && pkg.has(stylesName)) pkg.set(stylesName, stylesText);
    else if (stylesRel) {
      // The workbook names a styles part its package lacks: the part is made where it points (a
      // second styles relationship would make the file invalid), its content type said once.
      pkg.set(stylesName, stylesText);
      const types = removeOverride(pkg.text('[Content_Types].xml'), stylesName);
      pkg.set('[Content_Types].xml', addOverride(types, stylesName, STYLES_CONTENT_TYPE));
    } else addWorkbookPart(stylesName, 'styles', STYLES_CONTENT_TYPE, stylesText);
  }

  const chainRel = relOf('calcChain');
  if (chains.size && chainRel && pkg.has(chainRel.target)) {
    const chain = patchCalcChain(pkg.text(chainRel.target), chainRel.target, chains);
    if (chain === '') {
      pkg.delete(chainRel.target);
      pkg.set(wbRelsName, removeRelationship(pkg.text(wbRelsName), wbRelsName, chainRel.id));
      pkg.set('[Content_Types].xml', removeOverride(pkg.text('[Content_Types].xml'), chainRel.target));
    } else if (chain !== null) pkg.set(chainRel.target, chain);
  }
  return pkg.bytes();
}
