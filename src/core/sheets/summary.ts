// summary(): the change set for a 汇总表 sheet: one row per form (linked to it) with its project,
// amounts, rate, scores, grade and issue counts; a 合计 row (amounts, overall 执行率, counts), an
// 平均 row (scores) and the 评分等级 distribution below. The numbers are computed here with
// decimal.js and written as values, so the sheet reads the same in every host. A figure stale in
// its form is shown recalculated and shaded, with a line under the table saying so.

import type { ChangeSet } from '../model/change-set';
import { Decimal, HUNDRED, round2 } from '../values/decimal';
import type { CellValue } from '../model/grid';
import { columnName } from '../model/grid';
import { format, messages, type Messages } from '../../i18n';
import { resolveSettings, type ScoringSettings, type Settings } from '../model/settings';
import { summaryLines, summaryUnit, type SummaryLine, type SummarySource } from './summary-lines';
import type { FundUnit } from '../values/fund-unit';
import { SheetPlan } from './sheet-plan';

export type { SummaryLine, SummarySource };

export interface SummaryOptions {
  /** The unit amounts are shown in; by default the forms' own when they agree, else 万元. */
  unit?: FundUnit;
  settings?: Partial<Settings>;
  /** The language of the sheet's labels (default Chinese). */
  messages?: Messages;
}

type Kind = 'text' | 'amount' | 'score' | 'count';

type Key =
  | 'file'
  | 'sheet'
  | 'project'
  | 'implementer'
  | 'budgeted'
  | 'executed'
  | 'rate'
  | 'budgetScore'
  | 'indicatorScore'
  | 'total'
  | 'grade'
  | 'errors'
  | 'warnings';

interface Column {
  key: Key;
  label: string;
  kind: Kind;
  width: number;
  value: (line: SummaryLine) => Decimal | string | number | null;
}

const FORMAT: Record<Kind, string | undefined> = {
  text: undefined,
  amount: '#,##0.00',
  score: '0.00',
  count: '0',
};
const GRADES = ['优', '良', '中', '差'];
const HEADER_FILL = '#D9E1F2';
/** Shades a figure the form does not hold yet (Excel's 适中/Neutral yellow). */
export const RECALCULATED_FILL = '#FFEB9C';
const FIRST_LINE = 3;

/** An Excel string literal (quotes doubled); Excel refuses literals over 255 characters. */
const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * =HYPERLINK to the form's top-left `cell` ('A12'): '#Sheet!A12' in this workbook,
 * 'file#Sheet!A12' in another; with no `cell` (a hidden sheet, where Excel can show no place),
 * to the other workbook alone. Null where no link would lead there: a path holding '#' (Excel
 * cuts a link at its first '#' and would look for another file, and Office takes no escape for
 * it), a hidden sheet of this workbook, or a literal over Excel's 255 characters.
 */
export function formLink(file: string, sheet: string, cell: string | null, text: string): string | null {
  if (file.includes('#') || (cell === null && !file)) return null;
  const target = cell === null ? file : `${file}#'${sheet.replace(/'/g, "''")}'!${cell}`;
  if (target.length > 255 || text.length > 255) return null;
  return `=HYPERLINK(${literal(target)},${literal(text)})`;
}

function cellValue(value: Decimal | string | number | null): CellValue {
  return value instanceof Decimal ? value.toNumber() : value;
}

function sum(values: (Decimal | null)[]): Decimal {
  return values.reduce<Decimal>((total, v) => (v ? total.plus(v) : total), new Decimal(0));
}

function average(values: (Decimal | null)[], settings: ScoringSettings): Decimal | null {
  const known = values.filter((v): v is Decimal => v !== null);
  return known.length ? round2(sum(known).div(known.length), settings.rounding) : null;
}

/** 合计 执行率: Σ 执行数 / Σ 预算数 of the 合计 row, so that a reader dividing the two gets it;
 * none while a form has one amount without the other (its 合计 would mix different forms). */
function overallRate(lines: SummaryLine[], settings: ScoringSettings): Decimal | null {
  if (lines.some((l) => !l.budgeted !== !l.executed)) return null;
  const budgeted = sum(lines.map((l) => l.budgeted));
  if (budgeted.lte(0)) return null;
  return round2(
    sum(lines.map((l) => l.executed))
      .div(budgeted)
      .times(HUNDRED),
    settings.rounding,
  );
}

/** [file, why] of each other workbook that adds no row: it could not be read (`problem`) or holds
 * no form. The workbook the summary is added to (no file name) is never listed. */
function leftOut(sources: SummarySource[], noForm: string): [string, string][] {
  return sources
    .filter((s) => s.file && (s.problem || !s.reports.some((r) => r.forms.length)))
    .map((s) => [s.file!, s.problem ?? noForm]);
}

export function summary(sheet: string, sources: SummarySource[], options: SummaryOptions = {}): ChangeSet {
  const settings = resolveSettings(undefined, options.settings);
  const m = (options.messages ?? messages('zh-CN')).summary;
  const unit = options.unit ?? summaryUnit(sources);
  const lines = summaryLines(sources, unit);
  // A hidden sheet is said so: its link cannot show it.
  const sheetName = (l: SummaryLine) => (l.hidden ? format(m.hiddenSheet, { sheet: l.sheet }) : l.sheet);
  const columns: Column[] = [
    ...(lines.some((l) => l.file)
      ? [{ key: 'file', label: m.file, kind: 'text', width: 26, value: (l) => l.file } as Column]
      : []),
    { key: 'sheet', label: m.sheet, kind: 'text', width: 20, value: sheetName },
    { key: 'project', label: m.project, kind: 'text', width: 32, value: (l) => l.project },
    { key: 'implementer', label: m.implementer, kind: 'text', width: 24, value: (l) => l.implementer },
    {
      key: 'budgeted',
      label: format(m.budgeted, { unit }),
      kind: 'amount',
      width: 14,
      value: (l) => l.budgeted,
    },
    {
      key: 'executed',
      label: format(m.executed, { unit }),
      kind: 'amount',
      width: 14,
      value: (l) => l.executed,
    },
    { key: 'rate', label: m.rate, kind: 'score', width: 10, value: (l) => l.rate },
    { key: 'budgetScore', label: m.budgetScore, kind: 'score', width: 9, value: (l) => l.budgetScore },
    {
      key: 'indicatorScore',
      label: m.indicatorScore,
      kind: 'score',
      width: 9,
      value: (l) => l.indicatorScore,
    },
    { key: 'total', label: m.total, kind: 'score', width: 9, value: (l) => l.total },
    { key: 'grade', label: m.grade, kind: 'text', width: 9, value: (l) => l.grade },
    { key: 'errors', label: m.errors, kind: 'count', width: 7, value: (l) => l.errors },
    { key: 'warnings', label: m.warnings, kind: 'count', width: 7, value: (l) => l.warnings },
  ];
  const col = (key: Key) => columnName(columns.findIndex((c) => c.key === key));
  const last = columnName(columns.length - 1);
  const plan = new SheetPlan(sheet);
  const links = new Map<string, string>();

  columns.forEach((c, i) => plan.columnWidth(columnName(i), c.width));
  plan.write(`A1:${last}1`, m.title);
  plan.style('A1', { bold: true, fontSize: 14, horizontal: 'center', vertical: 'middle' });
  plan.rowHeight(1, 28);
  columns.forEach((c, i) => plan.write(`${columnName(i)}2`, c.label));
  plan.style(`A2:${last}2`, {
    bold: true,
    wrap: true,
    horizontal: 'center',
    vertical: 'middle',
    fill: HEADER_FILL,
  });
  plan.rowHeight(2, 32);

  lines.forEach((line, n) => {
    const row = FIRST_LINE + n;
    columns.forEach((c, i) => plan.write(`${columnName(i)}${row}`, cellValue(c.value(line)), FORMAT[c.kind]));
    const link = formLink(line.file, line.sheet, line.hidden ? null : line.cell, sheetName(line));
    if (link) {
      links.set(`${col('sheet')}${row}`, link);
      plan.style(`${col('sheet')}${row}`, { link: true });
    }
    for (const key of line.recalculated) plan.style(`${col(key)}${row}`, { fill: RECALCULATED_FILL });
  });
  const lastLine = FIRST_LINE + lines.length - 1;

  // 合计: amounts and counts added up, the rate of the amounts together; 平均: the scores.
  const sumRow = lastLine + 1;
  const averageRow = sumRow + 1;
  const textColumns = columns.filter((c) => c.kind === 'text' && c.key !== 'grade').length;
  plan.write(`A${sumRow}:${columnName(textColumns - 1)}${sumRow}`, m.sum);
  plan.write(`A${averageRow}:${columnName(textColumns - 1)}${averageRow}`, m.average);
  const totals: Array<[string, Decimal | number | null, Kind]> = [
    [`${col('budgeted')}${sumRow}`, sum(lines.map((l) => l.budgeted)), 'amount'],
    [`${col('executed')}${sumRow}`, sum(lines.map((l) => l.executed)), 'amount'],
    [`${col('rate')}${sumRow}`, overallRate(lines, settings), 'score'],
    [`${col('errors')}${sumRow}`, lines.reduce((n, l) => n + l.errors, 0), 'count'],
    [`${col('warnings')}${sumRow}`, lines.reduce((n, l) => n + l.warnings, 0), 'count'],
    [
      `${col('budgetScore')}${averageRow}`,
      average(
        lines.map((l) => l.budgetScore),
        settings,
      ),
      'score',
    ],
    [
      `${col('indicatorScore')}${averageRow}`,
      average(
        lines.map((l) => l.indicatorScore),
        settings,
      ),
      'score',
    ],
    [
      `${col('total')}${averageRow}`,
      average(
        lines.map((l) => l.total),
        settings,
      ),
      'score',
    ],
  ];
  for (const [cell, value, kind] of totals) plan.write(cell, cellValue(value), FORMAT[kind]);
  plan.style(`A3:${last}${averageRow}`, { border: true, vertical: 'middle' });
  plan.style(`A${sumRow}:${last}${averageRow}`, { bold: true });

  // Shaded figures are not the forms' own yet: said under the table, where the eye goes next.
  let tableEnd = averageRow;
  if (lines.some((l) => l.recalculated.length)) {
    tableEnd = averageRow + 1;
    plan.write(`A${tableEnd}:${last}${tableEnd}`, m.recalculated);
    plan.style(`A${tableEnd}:${last}${tableEnd}`, { wrap: true, vertical: 'middle' });
    plan.style(`A${tableEnd}`, { fill: RECALCULATED_FILL });
    plan.rowHeight(tableEnd, 30);
  }

  // 评分等级 distribution: 优 / 良 / 中 / 差, and the forms without a grade when there are any.
  const gradeHeader = tableEnd + 2;
  const ungraded = lines.filter((l) => !GRADES.includes(l.grade)).length;
  const distribution: Array<[string, number]> = GRADES.map((g) => [
    g,
    lines.filter((l) => l.grade === g).length,
  ]);
  if (ungraded) distribution.push([m.ungraded, ungraded]);
  plan.write(`A${gradeHeader}`, m.gradeDistribution);
  plan.write(`B${gradeHeader}`, m.count);
  distribution.forEach(([grade, count], i) => {
    plan.write(`A${gradeHeader + 1 + i}`, grade);
    plan.write(`B${gradeHeader + 1 + i}`, count, FORMAT.count);
  });
  const gradeLast = gradeHeader + distribution.length;
  plan.style(`A${gradeHeader}:B${gradeLast}`, { border: true, horizontal: 'center' });
  plan.style(`A${gradeHeader}:B${gradeHeader}`, { bold: true, fill: HEADER_FILL });

  // Workbooks that add no form, each with why: a project missing from the totals is seen.
  const left = leftOut(sources, m.noFormFound);
  let printLast = gradeLast;
  if (left.length) {
    const leftHeader = gradeLast + 2;
    printLast = leftHeader + left.length;
    plan.write(`A${leftHeader}`, m.leftOut);
    plan.write(`B${leftHeader}:D${leftHeader}`, m.reason);
    left.forEach(([file, why], i) => {
      plan.write(`A${leftHeader + 1 + i}`, file);
      plan.write(`B${leftHeader + 1 + i}:D${leftHeader + 1 + i}`, why);
    });
    plan.style(`A${leftHeader}:D${printLast}`, { border: true, vertical: 'middle', wrap: true });
    plan.style(`A${leftHeader}:D${leftHeader}`, { bold: true, fill: HEADER_FILL });
  }

  plan.pageSetup({
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    printArea: `A1:${last}${printLast}`,
    printTitleRows: '1:2',
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
  });
  plan.select('A1');
  return plan
    .changes()
    .map((c) => (c.kind === 'value' && links.has(c.cell) ? { ...c, formula: links.get(c.cell) } : c));
}
