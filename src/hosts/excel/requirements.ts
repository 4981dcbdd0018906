// Which Excel API requirement sets this Excel has. The add-in's minimum is ExcelApi 1.7 (Office
// 2019); anything newer is used only after asking.

export const ExcelApi = {
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: '1.13',
  /** Range.getCellProperties (fills) and Worksheet.pageLayout. */
  cellProperties: '1.9',
  pageLayout: '1.9',
  /** Range.dataValidation. */
  dataValidation: '1.8',
} as const;

export function supports(version: string): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}
