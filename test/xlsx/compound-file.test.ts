// An OLE compound file's stream names tell a legacy workbook from a password-encrypted .xlsx,
// whatever the file is called; a damaged one gives null, never a throw or a hang.

import { readFileSync } from 'fs';
import path from 'path';
import { compoundFileNames } from '../../src/xlsx';
import { compoundFile } from '../helpers/compound-file';
import { FIXTURES } from '../helpers/fixtures';

const LEGACY = new Uint8Array(readFileSync(path.join(FIXTURES, 'files', 'legacy-form.xls')));

it('lists the streams of a legacy .xls LibreOffice wrote, its "Workbook" among them', () => {
  expect(compoundFileNames(LEGACY)).toEqual(expect.arrayContaining(['Workbook', '\u0005SummaryInformation']));
});

it('lists the two streams of an encrypted package (MS-OFFCRYPTO)', () => {
  const names = compoundFileNames(compoundFile(['EncryptionInfo', 'EncryptedPackage']));
  expect(names).toEqual(['EncryptionInfo', 'EncryptedPackage']);
});

it('reads a directory longer than one sector', () => {
  const many = Array.from({ length: 9 }, (_, i) => `stream${i}`);
  expect(compoundFileNames(compoundFile(many))).toEqual(many);
});

it('gives null for a cut-short file, a zeroed header and a directory chain that loops', () => {
  expect(compoundFileNames(LEGACY.slice(0, 4096))).toBeNull();
  const zeroed = new Uint8Array(1024);
  zeroed.set(LEGACY.subarray(0, 8));
  expect(compoundFileNames(zeroed)).toBeNull();
  const looping = compoundFile(['Workbook']);
  // The FAT (sector 0) says the directory's sector 1 is followed by sector 1.
  new DataView(looping.buffer).setUint32(512 + 4, 1, true);
  expect(compoundFileNames(looping)).toBeNull();
  expect(compoundFileNames(new TextEncoder().encode('PK\u0003\u0004 not a compound file'))).toBeNull();
});
