// A minimal OLE compound file laid out as MS-CFB says (version 3, 512-byte sectors: the header,
// one FAT sector, then the directory), holding empty streams of the given names. A password-
// encrypted .xlsx is such a file with "EncryptionInfo" and "EncryptedPackage"; no tool on the
// test machines writes a real one, and only the names matter to telling it from a legacy .xls.

const SECTOR = 512;
const ENTRY = 128;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

export function compoundFile(streams: string[]): Uint8Array {
  const entries = ['Root Entry', ...streams];
  const dirSectors = Math.ceil((entries.length * ENTRY) / SECTOR);
  const bytes = new Uint8Array(SECTOR * (2 + dirSectors));
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true); // minor version
  view.setUint16(0x1a, 3, true); // major version
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift: 512
  view.setUint16(0x20, 6, true); // mini sector shift: 64
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(0x44, END_OF_CHAIN, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  // The FAT (sector 0): itself, then the directory's chain 1 → 2 → … → end.
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, FAT_SECTOR, true);
  for (let s = 1; s <= dirSectors; s++)
    view.setUint32(fat + s * 4, s < dirSectors ? s + 1 : END_OF_CHAIN, true);
  // The directory: the root's child is the first stream, each stream's right sibling the next.
  entries.forEach((name, i) => {
    const at = 2 * SECTOR + i * ENTRY; // sector 1 starts after the header and the FAT
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = i === 0 ? 5 : 2;
    bytes[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, NO_STREAM, true);
    view.setUint32(at + 0x48, i > 0 && i < entries.length - 1 ? i + 1 : NO_STREAM, true);
    view.setUint32(at + 0x4c, i === 0 && entries.length > 1 ? 1 : NO_STREAM, true);
    view.setUint32(at + 0x74, END_OF_CHAIN, true);
  });
  return bytes;
}
