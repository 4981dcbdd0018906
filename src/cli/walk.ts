// The workbooks under the paths given: every workbook-like file (.xlsx, .xlsm, .xls, WPS .et,
// .ods), folders walked recursively (sorted, so runs compare), files taken as named. Office's and
// WPS's lock files (~$name.xlsx, .~name.xlsx) are not workbooks and are skipped.

import { promises as fs } from 'fs';
import path from 'path';

const isWorkbook = (name: string) =>
  /\.(xlsx|xlsm|xls|et|ods)$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.~');

export async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile() && isWorkbook(entry.name)) found.push(full);
  }
}

export async function xlsxFiles(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) {
    if (await isDirectory(p)) await walk(p, found);
    else found.push(p);
  }
  return found;
}
