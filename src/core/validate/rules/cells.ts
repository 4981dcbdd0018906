// 数值: what a number cell holds must be readable and not negative. These codes are raised on
// many cells (the funds block, each row's 分值 and 得分, its 年度指标值, 总分), each in its
// group's turn, so they have no check of their own: the groups call checkNumberCell.

import type { Cell } from '../../model/sheet-view';
import { fixed2 } from '../../values/decimal';
import { isErrorValue, type NumberRead } from '../../values/number';
import { format, type Messages } from '../../../i18n';
import type { IssueList } from '../issue-list';
import { declared, type Check } from '../rule';

/** 无法识别 */
export const UNREADABLE_VALUE = declared({
  code: 'UNREADABLE_VALUE',
  label: '无法识别',
  severity: 'error',
  meaning: 'a value that cannot be read',
});

/** 负数 */
export const NEGATIVE_VALUE = declared({
  code: 'NEGATIVE_VALUE',
  label: '负数',
  severity: 'error',
  meaning:
    'a negative 分值, 得分, amount or 执行率 (a negative 实际完成值 is no mistake: a result such as a fall, which scores 0, domain.md §3)',
});

/** What UNREADABLE_VALUE adds for an error value (#DIV/0!, #REF!): a formula failed there, and
 * its formula or data is what to mend (no other reading would help), or, `typed`, the cell holds
 * the error as a value (pasted), to clear; '' for other text. */
export function errorAside(out: IssueList, text: string, typed = false): string {
  if (!isErrorValue(text.trim())) return '';
  return format(out.m.aside, { text: typed ? out.m.typedError : out.m.formulaError });
}

/** UNREADABLE_VALUE or NEGATIVE_VALUE on a number cell; nothing for a cell the form lacks. */
export function checkNumberCell(
  out: IssueList,
  read: NumberRead | null,
  cell: Cell | null,
  what: string,
): void {
  if (!read || !cell) return;
  if (read.kind === 'unreadable')
    out.add(UNREADABLE_VALUE, cell, {
      what,
      value: read.text,
      aside: errorAside(out, read.text, read.typed),
    });
  else if (read.kind === 'number' && read.value.isNegative())
    out.add(NEGATIVE_VALUE, cell, { what, value: fixed2(read.value) });
}

type NumberCell = readonly [read: NumberRead | null, cell: Cell | null, what: keyof Messages['what']];

/** A step checking the number cells `cells` names, in order. */
export const numberCells = <Subject>(cells: (subject: Subject) => readonly NumberCell[]): Check<Subject> => ({
  check(subject, out) {
    for (const [read, cell, what] of cells(subject)) checkNumberCell(out, read, cell, out.what(what));
  },
});
