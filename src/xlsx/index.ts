// The workbook file layer: reads any valid .xlsx/.xlsm into the core's Grids and writes a
// recalculation back by patching the original package, so that nothing the changes do not name
// is lost. Pure: bytes in, bytes out (Uint8Array), no Node APIs, for the CLI and the browser page.
//   readWorkbook(bytes)                 → WorkbookFile: sheets (name, visibility, protection, Grid), state
//   patchWorkbook(bytes, changes, state) → the patched package's bytes
//   compoundFileNames(bytes)            → the stream names of an OLE file (legacy .xls or encrypted .xlsx)
//   compoundStreamHead(bytes, name, n)  → the first n bytes of one of its streams

export { readWorkbook, type SheetFile, type WorkbookFile } from './read-workbook';
export { patchWorkbook } from './patch-workbook';
export { WorkbookFormatError } from './errors';
export type { Visibility } from './workbook-part';
export { compoundFileNames, compoundStreamHead, isCompoundFile } from './compound-file';
