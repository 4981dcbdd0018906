// The zip container (fflate). Reading decompresses only the parts asked for, so a read never
// inflates pictures or sheets it does not look at; writing keeps every part's bytes as given and
// the original order of entries.

import { unzipSync, zipSync, type Zippable } from 'fflate';
import { WorkbookFormatError } from './errors';
import { partKey } from './package';

/** A part's decompressed bytes and whether the original stored it uncompressed (method 0). */
export interface ZipEntry {
  bytes: Uint8Array;
  stored: boolean;
}

/** Every entry in archive order. */
export type ZipEntries = Map<string, ZipEntry>;

/** Throws a readable error when `bytes` cannot be a workbook package at all. */
export function assertZip(bytes: Uint8Array): void {
  // A password-protected workbook (and a legacy .xls/.et) is an OLE compound file: D0 CF 11 E0.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new WorkbookFormatError(
      'password-protected or legacy .xls workbook: save it as .xlsx without a password',
    );
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new WorkbookFormatError('not an .xlsx/.xlsm workbook (not a zip package)');
}

/** The entries whose names `wanted` accepts (all when omitted), decompressed. */
export function unzipParts(bytes: Uint8Array, wanted?: (name: string) => boolean): ZipEntries {
  assertZip(bytes);
  const stored = new Set<string>();
  const seen = new Set<string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        // Two entries for one part (as Open Packaging compares names): which one is the part
        // cannot be told, and the other would be lost on writing. Excel calls such a file damaged.
        const key = partKey(f.name);
        if (seen.has(key) && !f.name.endsWith('/')) throw new Error(`two entries named ${f.name}`);
        seen.add(key);
        if (wanted && !wanted(f.name)) return false;
        if (f.compression === 0) stored.add(f.name);
        return true;
      },
    });
  } catch (e) {
    throw new WorkbookFormatError(`the zip package cannot be read (${(e as Error).message})`);
  }
  const entries: ZipEntries = new Map();
  for (const name in files) entries.set(name, { bytes: files[name], stored: stored.has(name) });
  return entries;
}

/** The entries `names` asks for, found as Open Packaging compares part names (partKey: case and
 * percent-encoding aside), under the names asked for. */
export function unzipNamed(bytes: Uint8Array, names: Iterable<string | undefined>): ZipEntries {
  const asked = new Map<string, string>();
  for (const name of names) if (name !== undefined) asked.set(partKey(name), name);
  const out: ZipEntries = new Map();
  for (const [name, entry] of unzipParts(bytes, (n) => asked.has(partKey(n)))) {
    const as = asked.get(partKey(name))!;
    if (!out.has(as)) out.set(as, entry);
  }
  return out;
}

// A fixed time for every entry, as Excel writes: the same input gives the same bytes.
const MTIME = new Date(1980, 0, 1);

/** A package of `entries`, in their order; stored entries stay stored, the rest are deflated. */
export function zipParts(entries: ZipEntries): Uint8Array {
  const files: Zippable = {};
  for (const [name, e] of entries) files[name] = [e.bytes, { level: e.stored ? 0 : 6, mtime: MTIME }];
  return zipSync(files);
}
