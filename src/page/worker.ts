// The page's worker: reads dropped workbooks with the file layer and answers the page's requests
// through the same host code as the command line (src/hosts/xlsx/book.ts, new-book.ts), so a
// downloaded recalculated workbook has the bytes `selfeval recalc` writes with the same settings.

import { recogniseDeclarations } from '../core';
import { SheetView } from '../core/model/sheet-view';
import { checkGrids, gridsOf, recalculateBook, summaryReports, type OpenedBook } from '../hosts/xlsx/book';
import { fileKind } from '../hosts/xlsx/file-kind';
import { formLines } from '../frontends/form-lines';
import { fromTargetsBook, summaryBook, summaryNote, templateBook } from '../hosts/xlsx/new-book';
import { type WithFiles, fileMessages as messagesFor } from '../i18n/files';
import { format, type Lang } from '../i18n';
import { readWorkbook } from '../xlsx';
import {
  READ,
  type Built,
  type Context,
  type OpenedFile,
  type Reply,
  type Request,
  type SheetPicture,
} from './protocol';

/** The page's words: an issue that needs recalculating says to download the recalculated workbook. */
const messages = (lang: Lang): WithFiles => messagesFor(lang, 'page');

interface HeldFile extends OpenedBook {
  name: string;
  /** How many 目标申报表 it holds: the same under any settings, so counted once. */
  declarations: number;
}

/** The workbooks read so far, by the page's file number. */
const heldFiles = new Map<number, HeldFile>();
/** The files that could not be read: their names and why, in whichever language the page speaks next. */
const unreadable = new Map<number, { name: string; why: (m: WithFiles) => string }>();

const post = (reply: Reply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<{ seq: number; request: Request }>) => {
  const { seq, request } = event.data;
  answer(seq, request).then(
    (value) => {
      // A built file's bytes move to the page rather than being copied, unless they are a held
      // workbook's own (moving those would empty it here).
      const bytes = (value as Partial<Built> | null)?.bytes;
      const held = bytes && [...heldFiles.values()].some((f) => f.bytes.buffer === bytes.buffer);
      (self as unknown as Worker).postMessage(
        { seq, value } satisfies Reply,
        bytes && !held ? [bytes.buffer] : [],
      );
    },
    (e: unknown) => post({ seq, failure: failureOf(request, e) }),
  );
};

async function answer(seq: number, request: Request): Promise<unknown> {
  switch (request.kind) {
    case 'open':
      return open(seq, request.file, request.name, request.bytes, request.context);
    case 'check': {
      const u = unreadable.get(request.file);
      if (!u) return checked(fileOf(request.file), request.context);
      const m = messages(request.context.lang);
      return { problem: problemLine(u.name, u.why(m), m) };
    }
    case 'unread':
      return refuse(request.file, request.name, (m) => m.page.problems.unread, request.context);
    case 'picture':
      return pictureOf(fileOf(request.file), request.sheet);
    case 'recalculate':
      return recalculated(fileOf(request.file), request.context);
    case 'summary':
      return summarized(request.files, request.context);
    case 'template': {
      const { sheet, bytes } = await templateBook({ levelSet: request.levelSet });
      return { bytes, note: format(messages(request.lang).page.templateMade, { sheet }) } satisfies Built;
    }
    case 'fromTargets':
      return fromTargets(fileOf(request.file), request);
    case 'forget':
      heldFiles.delete(request.file);
      unreadable.delete(request.file);
      return null;
  }
}

function fileOf(file: number): HeldFile {
  const found = heldFiles.get(file);
  if (!found) throw new Error(`no file ${file}`);
  return found;
}

/** A file that cannot be read, remembered with why (said again in another language on request). */
function refuse(file: number, name: string, why: (m: WithFiles) => string, context: Context): OpenedFile {
  unreadable.set(file, { name, why });
  const m = messages(context.lang);
  return { problem: problemLine(name, why(m), m) };
}

/** Reads a dropped file; one the browser cannot read is a line saying why, never a throw. */
function open(seq: number, file: number, name: string, bytes: Uint8Array, context: Context): OpenedFile {
  const kind = fileKind(bytes, name);
  if (kind !== 'ooxml') return refuse(file, name, (m) => problemText(kind, m), context);
  let book;
  try {
    book = readWorkbook(bytes);
  } catch {
    return refuse(file, name, (m) => m.cli.problems.corrupt, context);
  }
  post({ seq, progress: READ });
  const grids = gridsOf(book, { hidden: true });
  const declarations = grids.reduce((n, g) => n + recogniseDeclarations(new SheetView(g)).length, 0);
  const opened = { name, bytes, book, declarations };
  heldFiles.set(file, opened);
  return checked(opened, context, (stage) => post({ seq, progress: stage }));
}

/** Legacy .xls/.et and .ods need LibreOffice, which a browser does not have: say to save as .xlsx
 * (and a file that is no workbook is not told they can be read). A password or an empty file is
 * said as the command line says it. */
function problemText(kind: 'legacy' | 'ods' | 'encrypted' | 'empty' | 'notWorkbook', m: WithFiles): string {
  if (kind === 'encrypted' || kind === 'empty') return m.cli.problems[kind];
  return m.page.problems[kind];
}

function problemLine(name: string, why: string, m: WithFiles): string {
  return format(m.cli.fileProblem, { file: name, why });
}

/** Progress is said at most this often (ms): each message redraws the page. */
const PROGRESS_EVERY = 150;

/** The file's reports under `context`; `onStage` hears how far the checking is, sheet by sheet. */
function checked(file: HeldFile, context: Context, onStage?: (stage: number) => void): OpenedFile {
  const m = messages(context.lang);
  const grids = gridsOf(file.book, { hidden: true });
  let said = Date.now();
  const reports = grids.map((grid, i) => {
    if (onStage && Date.now() - said > PROGRESS_EVERY) {
      onStage(READ + ((1 - READ) * i) / grids.length);
      said = Date.now();
    }
    // A sheet at a time, as checkBook checks them, to say how far it has got.
    return checkGrids([grid], file.book.state, context.overrides, m)[0];
  });
  return { reports, declarations: file.declarations, stateUnreadable: file.book.stateUnreadable };
}

/** What one sheet shows (its text, merged areas and fills), or null for no such sheet. */
function pictureOf(file: HeldFile, sheet: string): SheetPicture | null {
  const grid = gridsOf(file.book, { hidden: true }).find((g) => g.sheet === sheet);
  if (!grid) return null;
  const { top, left, text, merges, fills } = grid;
  return { sheet, top, left, text, merges, fills };
}

function recalculated(file: HeldFile, context: Context): Built {
  const m = messages(context.lang);
  const { result, bytes, stateNotKept } = recalculateBook(file, context.overrides, m);
  const forms = result.reports.reduce((n, r) => n + r.forms.length, 0);
  // A protected sheet is checked, never written: the user told which, and that nothing was when
  // nothing was, rather than handed a success with 0 changes.
  const locked = result.reports.flatMap((r) => r.issues.filter((i) => i.code === 'PROTECTED_SHEET'));
  const notes = [
    locked.length && !result.changes.length
      ? format(m.pageFiles.nothingWritten, { file: file.name })
      : format(m.page.recalculated, { file: file.name, forms, changes: result.changes.length }),
    ...locked.map((issue) => issue.message),
  ];
  // Formulas of the user's replaced by force, as the command line says them.
  if (result.formulasReplaced)
    notes.push(format(m.page.formulasReplaced, { count: result.formulasReplaced }));
  // A sheet of the user's named _selfeval, a protected structure, a state this version cannot
  // read: the user told why nothing is remembered.
  if (stateNotKept) notes.push(m.cli.stateNotKept[stateNotKept]);
  return { bytes, note: notes.join(m.batch.problemSeparator), warning: locked.length > 0 || !!stateNotKept };
}

/** The 汇总表 of the files, as the command line's: one that could not be read is listed as not
 * counted, with why. */
async function summarized(files: number[], context: Context): Promise<Built> {
  const m = messages(context.lang);
  const sources = files.map((id) => {
    const u = unreadable.get(id);
    if (u) return { file: u.name, reports: [], problem: u.why(m) };
    const f = fileOf(id);
    return { file: f.name, ...summaryReports(f, context.overrides, m) };
  });
  const built = await summaryBook(sources, context.overrides, m);
  return { bytes: built.bytes, note: summaryNote(m.page.summaryName, built, m) };
}

async function fromTargets(
  file: HeldFile,
  request: Extract<Request, { kind: 'fromTargets' }>,
): Promise<Built | null> {
  const m = messages(request.lang);
  const { forms, bytes, uncalculated } = await fromTargetsBook(
    gridsOf(file.book, { hidden: true }),
    request.fundUnit,
    m,
  );
  if (uncalculated.length) {
    const lines = uncalculated.map(({ sheet, cells }) =>
      format(m.batch.declarationUncalculated, {
        file: file.name,
        sheet,
        cells: cells.join(m.waiting.separator),
        count: cells.length,
      }),
    );
    throw new Refusal(lines.join('\n'));
  }
  if (!bytes) return null;
  // Each form's weights are proposals to confirm, and what to look at, as the command line says them.
  const lines = [
    format(m.ui.formsMade, { count: forms.length }),
    ...forms.flatMap((f) => formLines(f, m, 'page')),
  ];
  return { bytes, note: lines.join('\n'), warning: true };
}

/** A request the page cannot carry out for a reason of the file's, said in its message. */
class Refusal extends Error {}

/** Whatever went wrong, the page shows a line in the user's language naming the file. */
function failureOf(request: Request, e: unknown): string {
  if (e instanceof Refusal) return e.message;
  const lang = 'context' in request ? request.context.lang : 'lang' in request ? request.lang : 'zh-CN';
  const m = messages(lang);
  const name = 'file' in request ? (heldFiles.get(request.file)?.name ?? '') : '';
  console.error(e);
  return name ? problemLine(name, m.page.failed, m) : m.page.failed;
}
