// The names in an OLE compound file (复合文档, MS-CFB): a legacy .xls holds a "Workbook" (or
// "Book") stream, a password-encrypted .xlsx holds "EncryptionInfo" and "EncryptedPackage"
// (MS-OFFCRYPTO), so the names tell them apart whatever the file is called. Only the header and
// the directory sectors are read; every sector number is checked against the file's length and
// every chain against loops, so a damaged or truncated file gives null, never a throw.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_DIFAT_ENTRIES = 109;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const ENTRY_SIZE = 128;
/** Directory entry object types: 1 storage, 2 stream (0 is unused, 5 the root). */
const STORAGE = 1;
const STREAM = 2;

/** Whether `bytes` start with the compound file signature. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** One storage or stream of the directory: its name, first sector and size in bytes. */
interface Entry {
  name: string;
  type: number;
  start: number;
  size: number;
}

interface Directory {
  entries: Entry[];
  /** Streams below this size live in the mini stream, not in regular sectors. */
  miniCutoff: number;
  /** The file offset of a regular sector, null when outside the file. */
  offsetOf(sector: number): number | null;
  /** The sector after `sector` in its chain (FAT), null when it cannot be read. */
  next(sector: number): number | null;
  sectorSize: number;
  sectors: number;
}

/** The header, FAT and directory of a compound file; null when damaged or no compound file. */
function readDirectory(bytes: Uint8Array): Directory | null {
  if (bytes.length < 512 || !isCompoundFile(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor(bytes.length / size);
  const offsetOf = (sector: number): number | null =>
    sector <= MAX_REGULAR_SECTOR && (sector + 1) * size + size <= bytes.length ? (sector + 1) * size : null;

  // The FAT's own sectors: the first 109 listed in the header, the rest in the DIFAT chain.
  const fatSectorCount = u32(0x2c);
  if (fatSectorCount > sectors) return null;
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatSectorCount, HEADER_DIFAT_ENTRIES); i++) fatSectors.push(u32(0x4c + i * 4));
  const perSector = size / 4;
  let difat = u32(0x44);
  for (let hops = 0; fatSectors.length < fatSectorCount; hops++) {
    const at = offsetOf(difat);
    if (at === null || hops > sectors) return null;
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatSectorCount; i++)
      fatSectors.push(u32(at + i * 4));
    difat = u32(at + size - 4);
  }
  const next = (sector: number): number | null => {
    const at = offsetOf(fatSectors[Math.floor(sector / perSector)] ?? END_OF_CHAIN);
    return at === null ? null : u32(at + (sector % perSector) * 4);
  };

  // The directory: a chain of sectors of 128-byte entries, each name UTF-16LE with its length.
  const entries: Entry[] = [];
  const decoder = new TextDecoder('utf-16le');
  let sector = u32(0x30);
  for (let hops = 0; sector !== END_OF_CHAIN; hops++) {
    const at = offsetOf(sector);
    if (at === null || hops > sectors) return null;
    for (let entry = at; entry < at + size; entry += ENTRY_SIZE) {
      const type = bytes[entry + 0x42];
      const length = view.getUint16(entry + 0x40, true);
      if ((type === STORAGE || type === STREAM) && length >= 2 && length <= 64)
        entries.push({
          name: decoder.decode(bytes.subarray(entry, entry + length - 2)),
          type,
          start: u32(entry + 0x74),
          size: u32(entry + 0x78),
        });
    }
    const following = next(sector);
    if (following === null) return null;
    sector = following;
  }
  return { entries, miniCutoff: u32(0x38), offsetOf, next, sectorSize: size, sectors };
}

/**
 * The names of every storage and stream in a compound file (e.g. ["Workbook",
 * "\u0005SummaryInformation"]), or null when `bytes` are no compound file or its directory cannot be
 * read (damaged, truncated).
 */
export function compoundFileNames(bytes: Uint8Array): string[] | null {
  return readDirectory(bytes)?.entries.map((e) => e.name) ?? null;
}

/**
 * The first `length` bytes (fewer when the stream is shorter) of the stream `name`, or null when
 * there is none, it cannot be read, or it is small enough to live in the mini stream (under 4,096
 * bytes: no legacy workbook's stream is).
 */
export function compoundStreamHead(bytes: Uint8Array, name: string, length: number): Uint8Array | null {
  const dir = readDirectory(bytes);
  const entry = dir?.entries.find((e) => e.type === STREAM && e.name === name);
  if (!dir || !entry || entry.size < dir.miniCutoff) return null;
  const want = Math.min(length, entry.size);
  const out = new Uint8Array(want);
  let sector: number | null = entry.start;
  for (let got = 0, hops = 0; got < want; hops++) {
    const at: number | null = sector === null ? null : dir.offsetOf(sector);
    if (at === null || hops > dir.sectors) return null;
    const take = Math.min(dir.sectorSize, want - got);
    out.set(bytes.subarray(at, at + take), got);
    got += take;
    sector = dir.next(sector!);
  }
  return out;
}
