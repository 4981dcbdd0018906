// Which issues of a sheet belong to which of its forms: those whose cell lies in the form's rows,
// and in its columns when forms stand side by side (all of them when the sheet holds one form, so
// that sheet-wide issues count too).

import { parseAddress } from './grid';
import type { Issue } from './issue';
import type { FormReport, SheetReport } from './report';

export function issuesOfForm(sheet: SheetReport, form: FormReport): Issue[] {
  if (sheet.forms.length === 1) return sheet.issues;
  return sheet.issues.filter((issue) => {
    if (!issue.cell) return false;
    const at = parseAddress(issue.cell.split(':')[0]);
    const row = at.row + 1;
    const col = at.col + 1;
    const { columns } = form;
    if (columns && (col < columns.first || col > columns.last)) return false;
    return row >= form.rows.first && row <= form.rows.last;
  });
}
