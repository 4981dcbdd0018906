// The workbook operations the pane calls, as one value so App can be given them (the real
// Office.js ones in index.tsx).

import type * as excel from '../hosts/excel/operations';

export type WorkbookOperations = typeof excel;
export type Scope = 'sheet' | 'workbook';
