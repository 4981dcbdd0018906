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

export * from './model/grid';
export * from './model/change-set';
export * from './model/settings';
export * from './model/state';
export * from './model/issue';
export * from './model/report';
export * from './model/shown';
export * from './model/vocabulary';
export { check } from './validate/check';
export {
  draftRecalculation,
  recalculate,
  type FillCell,
  type Recalculation,
  type RecalculationDraft,
} from './plan/recalculate';
export type { FillAt } from './plan/highlight';
export { asRecalculated } from './plan/as-recalculated';
export { undo } from './plan/undo';
export {
  layOutTemplate,
  template,
  uniqueSheetName,
  type LaidOutTemplate,
  type TemplateOptions,
} from './sheets/template';
export { recogniseDeclarations, type Declaration, type DeclaredIndicator } from './recognise/declaration';
export {
  fromTargets,
  fromTargetsWorkbook,
  type FilledForm,
  type FromTargetsOptions,
  type FromTargetsResult,
} from './sheets/from-targets';
export { summary, type SummaryLine, type SummaryOptions, type SummarySource } from './sheets/summary';
export { workbookSummary } from './sheets/workbook-summary';
