// The workbooks under the paths given: every workbook-like file (.xlsx, .xlsm, .xls, WPS .et,
// .ods), folders walked recursively (sorted, so runs compare), files taken as named. Office's and
// WPS's lock files (~$name.xlsx, .~name.xlsx) are not workbooks and are skipped. Links are
// followed (a folder once: a link back up does not loop); a folder that cannot be opened is
// named, never a stop (the files beside it are still checked). A file is listed once, however it
// is reached: named twice, under two spellings, through a link, or named and inside a folder named.

import { promises as fs } from 'fs';
import path from 'path';
import type { FileProblem } from '../hosts/xlsx/workbook-file';

const isWorkbook = (name: string) =>
  /\.(xlsx|xlsm|xls|et|ods)$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.~');

export async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** What the paths hold: the workbook files, the folders that could not be opened, and the
 * folders named that hold no workbook (a wrong folder named beside the right ones: said, never
 * passed over in silence). */
export interface Found {
  files: string[];
  unopened: string[];
  empty: string[];
}

/** Where a path leads, links resolved: what one file or folder is known by, however it is named.
 * A path that leads nowhere (no such file, a broken link) is known by its absolute path. */
export async function realPath(p: string): Promise<string> {
  return fs.realpath(p).catch(() => path.resolve(p));
}

/** Why a path leads nowhere: 'missing' (no such file or folder, a link to nothing) or 'linkLoop'
 * (a link back to itself); null when there is something there. */
export async function leadsNowhere(p: string): Promise<FileProblem | null> {
  try {
    await fs.stat(p);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'ELOOP' ? 'linkLoop' : null;
  }
}

/** The real paths of the folders walked and the files listed so far. */
interface Seen {
  folders: Set<string>;
  files: Set<string>;
}

/** Lists `file` unless it was listed already under any name. */
async function addFile(file: string, found: Found, seen: Seen): Promise<void> {
  const real = await realPath(file);
  if (seen.files.has(real)) return;
  seen.files.add(real);
  found.files.push(file);
}

async function walk(dir: string, found: Found, seen: Seen): Promise<void> {
  let entries;
  try {
    const real = await fs.realpath(dir);
    if (seen.folders.has(real)) return;
    seen.folders.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    found.unopened.push(dir);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // A link is what it points to. Anything else named like a workbook (a broken link, a pipe) is
    // listed too: checking it says in one line what it is, never silently nothing.
    const target = entry.isSymbolicLink() ? await fs.stat(full).catch(() => null) : entry;
    if (target?.isDirectory()) await walk(full, found, seen);
    else if (isWorkbook(entry.name)) await addFile(full, found, seen);
  }
}

export async function xlsxFiles(paths: string[]): Promise<Found> {
  const found: Found = { files: [], unopened: [], empty: [] };
  const seen: Seen = { folders: new Set(), files: new Set() };
  for (const p of paths) {
    if (await isDirectory(p)) {
      const before = found.files.length + found.unopened.length;
      // A folder named twice (or inside one named) is walked once: only a first walk can be empty.
      const walked = seen.folders.has(await realPath(p));
      await walk(p, found, seen);
      if (!walked && found.files.length + found.unopened.length === before) found.empty.push(p);
    } else await addFile(p, found, seen);
  }
  return found;
}
