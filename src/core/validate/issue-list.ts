// IssueList: the issues of one sheet as the rules raise them, each with its cell and its message
// in the user's language.

import { address } from '../model/grid';
import type { Issue, IssueCode, Severity } from '../model/issue';
import type { CheckingSettings } from '../model/settings';
import type { Cell } from '../model/sheet-view';
import { format, type Messages } from '../../i18n';
import type { Declared } from './rule';

type Params = Record<string, string | number>;

/** The message templates by code. A declared code without a message in src/i18n fails tsc here. */
const templates = (m: Messages): Record<IssueCode, string> => m.issue;

/** A message as a sentence: English ones that open with a placeholder ('{what} cannot be
 * computed') start with a capital ('Total score (总分) cannot…'); Chinese has none to change. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export class IssueList {
  readonly items: Issue[] = [];
  constructor(
    readonly sheet: string,
    readonly settings: CheckingSettings,
    readonly m: Messages,
  ) {}

  /** An issue of `rule` on `cell` ('' for the sheet), with the rule's severity unless told. */
  add(
    rule: Declared<IssueCode>,
    cell: Cell | null,
    params: Params = {},
    severity: Severity = rule.severity,
  ): void {
    this.items.push({
      code: rule.code,
      severity,
      sheet: this.sheet,
      cell: cell ? address(cell.row, cell.col) : '',
      message: sentence(format(templates(this.m)[rule.code], params)),
    });
  }

  /** The note that the other rounding mode gives what the sheet holds. */
  hint(mode: CheckingSettings['rounding']): string {
    // Named as the pane's settings name it, so the user finds the setting.
    const name = mode === 'down' ? this.m.ui.roundingDown : this.m.ui.roundingHalfUp;
    return format(this.m.hint.rounding, { mode: name });
  }

  what(key: keyof Messages['what']): string {
    return this.m.what[key];
  }
}
