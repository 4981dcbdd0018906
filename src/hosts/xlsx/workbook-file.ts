// A workbook file on disk for the command line: opened through the file layer (src/xlsx) whatever
// program wrote it, legacy .xls/.et and .ods through LibreOffice where it is installed, and saved
// by patching the original package (only the planned cells change), atomically.

import { constants as fsConstants, promises as fs } from 'fs';
import path from 'path';
import { readWorkbook, type WorkbookFile } from '../../xlsx';
import type { OpenedBook } from './book';
import { fileKind, hasLegacyName } from './file-kind';
import { undoOnInterrupt } from './leftovers';
import { convertWithLibreOffice } from './libreoffice';

/** Why a file cannot be read or written; the CLI says it in the user's language. */
export type FileProblem =
  | 'missing'
  | 'folder'
  | 'unreadable'
  | 'encrypted'
  | 'legacy'
  | 'ods'
  | 'empty'
  | 'notWorkbook'
  | 'lockFile'
  | 'corrupt'
  | 'noPermission'
  | 'outputIsFolder'
  | 'noFolder'
  | 'parentNotFolder'
  | 'writeFailed'
  | 'nameTooLong'
  | 'tooLarge'
  | 'linkLoop'
  | 'diskFull'
  | 'keepsOriginal'
  | 'renamedExists'
  | 'replacesForms'
  | 'replacesUnseen'
  | 'readOnly'
  | 'tempMissing'
  | 'tempNoPermission'
  | 'tempFull'
  | 'tooSlow';

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: FileProblem,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** A workbook file opened: `bytes` is the package the book was read from (a LibreOffice
 * conversion for .xls/.et/.ods). */
export interface OpenedWorkbook extends OpenedBook {
  file: string;
  /** The file was converted from .xls/.et/.ods: the original is never written. */
  converted: boolean;
  /** The format it was converted from, by content ('.xls' for a legacy workbook named .xlsx). */
  convertedFrom?: string;
}

/** Why a file cannot be read, from Node's error code: a path through a file is missing, a link
 * that leads back to itself a loop, a name beyond the system's limit too long, a file beyond
 * what Node reads at once (2 GB) too large; the rest a matter of permissions. */
const READ_PROBLEMS: Record<string, FileProblem> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  ELOOP: 'linkLoop',
  ENAMETOOLONG: 'nameTooLong',
  EISDIR: 'folder',
  ERR_FS_FILE_TOO_LARGE: 'tooLarge',
};

/** A file's bytes; a missing or unreadable file gives UnreadableFileError saying which. A pipe
 * or a device is no workbook, and is never read (a pipe would wait forever). */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UnreadableFileError(file, 'folder');
    if (!stat.isFile()) throw new UnreadableFileError(file, 'notWorkbook');
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(
      file,
      READ_PROBLEMS[(e as NodeJS.ErrnoException).code ?? ''] ?? 'unreadable',
    );
  }
}

/** The package read; anything the layer cannot read (WorkbookFormatError or a damaged zip) is
 * a damaged workbook to the user. */
function read(file: string, bytes: Uint8Array): WorkbookFile {
  try {
    return readWorkbook(bytes);
  } catch {
    throw new UnreadableFileError(file, 'corrupt');
  }
}

/** Opens any workbook the product can read; throws UnreadableFileError saying why not. */
export async function openWorkbookFile(file: string): Promise<OpenedWorkbook> {
  const original = await readBytes(file);
  const kind = fileKind(original, file);
  if (kind === 'ooxml') return { file, bytes: original, book: read(file, original), converted: false };
  if (kind === 'encrypted') throw new UnreadableFileError(file, kind);
  // Named by mistake for the workbook it stands beside (~$表.xlsx, WPS's .~表.xlsx).
  if (kind === 'notWorkbook' || kind === 'empty')
    throw new UnreadableFileError(file, /^(~\$|\.~)/.test(path.basename(file)) ? 'lockFile' : kind);
  const from = conversionExtension(file, kind);
  const converted = await convertWithLibreOffice(original, from);
  if (converted === 'missing') throw new UnreadableFileError(file, kind);
  // LibreOffice is there and cannot read it: damaged, not a format to convert by hand.
  if (converted === 'failed') throw new UnreadableFileError(file, 'corrupt');
  // Not the file's fault: the temporary folder, or the time LibreOffice took.
  if (typeof converted === 'string') throw new UnreadableFileError(file, converted);
  return { file, bytes: converted, book: read(file, converted), converted: true, convertedFrom: from };
}

/** What LibreOffice is told the file is: its own extension when that names its kind (.et stays
 * .et), else the kind's (a legacy workbook renamed .xlsx is an .xls). */
function conversionExtension(file: string, kind: 'legacy' | 'ods'): string {
  if (kind === 'ods') return '.ods';
  return hasLegacyName(file) ? path.extname(file).toLowerCase() : '.xls';
}

/** Where writing `file` lands: the file a symbolic link points to (a link to a shared folder's
 * report stays a link, its target gets the result), else `file` itself. */
async function landingOf(file: string): Promise<string> {
  const target = path.resolve(file);
  const link = await fs.lstat(target).catch(() => null);
  if (!link?.isSymbolicLink()) return target;
  return fs.realpath(target).catch(async (e: NodeJS.ErrnoException) => {
    // Links that point at each other lead nowhere: writing would replace one of them.
    if (e.code === 'ELOOP') throw new UnreadableFileError(file, 'linkLoop');
    return path.resolve(path.dirname(target), await fs.readlink(target));
  });
}

/** Why a file cannot be made where `target` stands: a file where a folder should be (at any
 * level of the path), no folder above it, or a folder the user may not write in (/proc, a mount
 * read only). */
async function whyNoFile(target: string): Promise<FileProblem> {
  const parent = path.dirname(target);
  for (let dir = parent; ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir).catch(() => null);
    if (stat) return !stat.isDirectory() ? 'parentNotFolder' : dir === parent ? 'noPermission' : 'noFolder';
    if (path.dirname(dir) === dir) return 'noFolder';
  }
}

/**
 * Writes atomically: a temporary file beside the target renamed over it; nothing half-written.
 * A symbolic link's target is written (the link stays); an existing file keeps its permissions
 * (a private 600 file stays private) and one that is read-only is refused; a device or pipe
 * (/dev/null) is written into, never replaced. The output's folder is made when the folder above it exists (`-o out/x.xlsx` in a
 * project, or samples/out in a fresh clone), never a whole missing path: a mistyped path is
 * 'noFolder', not a tree of folders made where the user will not look.
 */
export async function saveBytes(file: string, bytes: Uint8Array): Promise<void> {
  let tmp: string | null = null;
  // Removed if the user stops the command while it is written (Ctrl-C, SIGTERM).
  let forget = () => {};
  try {
    // `-o out/` names a folder, whether or not it exists: never a file called `out`.
    if (/[\\/]$/.test(file)) throw new UnreadableFileError(file, 'outputIsFolder');
    const target = await landingOf(file);
    const stat = await fs.stat(target).catch(() => null);
    if (stat?.isDirectory()) throw new UnreadableFileError(file, 'outputIsFolder');
    // A file its owner made read-only is not replaced, as Excel and `cp` do not write over it;
    // one no one may write (chmod 444) is read-only for root too, as Excel's read-only flag is
    // for an administrator.
    if (stat?.isFile()) {
      if ((stat.mode & 0o222) === 0) throw new UnreadableFileError(file, 'readOnly');
      await fs.access(target, fsConstants.W_OK).catch(() => {
        throw new UnreadableFileError(file, 'readOnly');
      });
    }
    if (stat && !stat.isFile()) return await fs.writeFile(target, bytes);
    await fs.mkdir(path.dirname(target)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    // A name of its own length, whatever the target's: a name near the system's limit (255
    // bytes) would be too long with a suffix added.
    tmp = path.join(path.dirname(target), `.selfeval-${process.pid}-${Date.now().toString(36)}.tmp`);
    forget = undoOnInterrupt({ path: tmp });
    await fs.writeFile(tmp, bytes);
    if (stat) {
      // The file's mode as it had it (a new file's is the umask's), and its owner when allowed (a
      // file written by root for a user stays the user's).
      await fs.chmod(tmp, stat.mode & 0o7777);
      await fs.chown(tmp, stat.uid, stat.gid).catch(() => undefined);
    }
    await fs.rename(tmp, target);
  } catch (e) {
    if (tmp) await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof UnreadableFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(
      file,
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'noPermission'
        : code === 'EISDIR'
          ? 'outputIsFolder'
          : code === 'ENOENT' || code === 'ENOTDIR'
            ? await whyNoFile(path.resolve(file))
            : code === 'ENAMETOOLONG'
              ? 'nameTooLong'
              : code === 'ENOSPC' || code === 'EDQUOT'
                ? 'diskFull'
                : 'writeFailed',
    );
  } finally {
    forget();
  }
}

/** Whether `a` and `b` name one existing file (through links, other spellings of the path). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

/** Whether something exists at `file` (a file, a folder, a link even when it points nowhere). */
export async function exists(file: string): Promise<boolean> {
  return !!(await fs.lstat(file).catch(() => null));
}
