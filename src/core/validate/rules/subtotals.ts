// 小计: a group subtotal row inside the indicator block holds the sum of the rows it covers, its
// 得分 as the 总分 counts them, its 分值 as they are weighted.

import { valueOf, type FormEval, type SubtotalEval } from '../../score/evaluate';
import { fixed2, round2, same2, type Decimal } from '../../values/decimal';
import type { NumberRead } from '../../values/number';
import { format } from '../../../i18n';
import type { IssueList } from '../issue-list';
import { formRule, type Check } from '../rule';
import { checkNumberCell } from './cells';

/** The cell holds a number other than `expected` (both to 2 decimals): found and expected in words. */
function differs(out: IssueList, read: NumberRead, expected: Decimal | null): Record<string, string> | null {
  const found = valueOf(read);
  const mode = out.settings.rounding;
  if (!found || !expected || same2(found, expected, mode)) return null;
  return { found: fixed2(round2(found, mode)), expected: fixed2(expected) };
}

/** 小计不符: a subtotal's 得分 differs from the sum of its rows' 得分. */
export const SUBTOTAL_MISMATCH = formRule({
  code: 'SUBTOTAL_MISMATCH',
  label: '小计不符',
  severity: 'error',
  meaning:
    'a group subtotal row’s (小计) 得分 does not match the sum of the rows it covers (its 一级指标’s, else those since the previous 小计)',
  check(e, out) {
    for (const s of e.subtotals) {
      const found = differs(out, s.score, s.expected);
      if (found) out.add(SUBTOTAL_MISMATCH, s.row.score, { group: s.name, ...found });
    }
  },
});

/** 小计分值不符: a subtotal's 分值, where filled, differs from the sum of its rows' 分值. */
export const SUBTOTAL_WEIGHT_MISMATCH = formRule({
  code: 'SUBTOTAL_WEIGHT_MISMATCH',
  label: '小计分值不符',
  severity: 'error',
  meaning: 'a group subtotal row’s (小计) 分值 does not match the sum of the 分值 of the rows it covers',
  check(e, out) {
    for (const s of e.subtotals) {
      const found = differs(out, s.weight, s.expectedWeight);
      if (found) out.add(SUBTOTAL_WEIGHT_MISMATCH, s.row.weight, { group: s.name, ...found });
    }
  },
});

/** A subtotal's 分值 and 得分 must be readable, not negative numbers. */
const subtotalCells: Check<FormEval> = {
  check(e, out) {
    const named = (s: SubtotalEval, what: string) => format(out.m.subtotalCell, { group: s.name, what });
    for (const s of e.subtotals) {
      checkNumberCell(out, s.weight, s.row.weight, named(s, out.what('weight')));
      checkNumberCell(out, s.score, s.row.score, named(s, out.what('score')));
    }
  },
};

/** 小计, in the order validate runs them. */
export const SUBTOTAL_CHECKS = [subtotalCells, SUBTOTAL_WEIGHT_MISMATCH, SUBTOTAL_MISMATCH] as const;
