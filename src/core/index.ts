// The core's facade: everything a host or front end needs, nothing host-specific.
//   check(grid)                      → the forms on a sheet and their issues (read only)
//   recalculate(grids, state)        → the changes that fill computed cells and highlights,
//                                      the new workbook state (ledger + undo), and the reports
//                                      of the sheets as they will be after the changes
//   undo(state)                      → the changes that restore the last recalculation
//   template(name, options)          → the changes that build a blank standard form
//   fromTargetsWorkbook(grids, names) → a filled form for every 目标申报表 on the sheets
//   summary(name, sources)           → the changes that build a 汇总表 of checked forms
//   workbookSummary(grids, names)    → the same for the open workbook, on a new sheet
// Pure: no Office.js, DOM, Node APIs, I/O or clocks.

export * from './grid';
export * from './changes';
export * from './settings';
export * from './state';
export * from './issue';
export * from './report';
export { check } from './check';
export { recalculate, type Recalculation } from './recalculate';
export { undo } from './undo';
export { template, uniqueSheetName, type TemplateOptions } from './template';
export { recogniseDeclarations, type Declaration, type DeclaredIndicator } from './declaration';
export {
  fromTargets,
  fromTargetsWorkbook,
  type FilledForm,
  type FromTargetsOptions,
  type FromTargetsResult,
} from './fromTargets';
export { summary, type SummaryLine, type SummaryOptions, type SummarySource } from './summary';
export { workbookSummary } from './workbook-summary';
