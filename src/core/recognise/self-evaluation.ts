// Recognition: finds every 自评表 on a sheet by its labels, never by fixed addresses. An
// indicator header row (三级指标 … 分值 得分) anchors each form; the project fields, funds and
// goals are searched above it (back to the previous form), the rows, total and grade below.

import type { Form, FundsBlock, IndicatorRow, SubtotalRow, TextField } from '../model/form';
import {
  columnOf,
  field,
  fundsHeader,
  fundsLabel,
  fundsSubRow,
  fundsTotalRow,
  goalHeader,
  gradeLabel,
  indicatorHeader,
  indicatorHeaderFallback,
  isTitle,
  subtotalLabel,
  totalRow,
  unitLine,
  yearOf,
  type FundsColumn,
  type IndicatorColumn,
} from './labels';
import { SheetView, type Cell } from '../model/sheet-view';
import { holdsValue, type Grid } from '../model/grid';
import { bandsOf } from './bands';
import { labelKey } from '../values/label-key';
import {
  findIndicatorHeaders,
  findLabel,
  headerColumns,
  headerMatches,
  columnCount,
  type Columns,
  type IndicatorHeader,
} from './find';

/** A 自评表's indicator header: 分值 and 得分 columns, and 年度指标值 or 实际完成值. */
const isSelfEvaluationHeader = (c: Columns<IndicatorColumn>): boolean =>
  c.weight !== undefined && c.score !== undefined && (c.target !== undefined || c.actual !== undefined);

/**
 * The value cell right of a label: the first cell after the label's merged area. A label and a
 * blank cell beside it, neither merged, is a layout without merges (`项目名称⇥⇥65岁…`, or a host
 * that cannot see merged areas): take the first non-blank cell to its right that is no label, else
 * `fallbackCol` (where the form's value cells start).
 */
function fieldRightOf(view: SheetView, label: Cell | null, fallbackCol?: number): TextField {
  if (!label) return { cell: null, text: '' };
  const col = view.right(label.row, label.col) + 1;
  // A formula without a result shows nothing, yet it is the value cell (a grade formula the
  // spreadsheet has not computed yet).
  const blank = view.isBlank(label.row, col) && view.formula(label.row, col) === null;
  if (!view.merge(label.row, label.col) && !view.merge(label.row, col) && blank) {
    const next = view.cellsOfRow(label.row).find((c) => c > label.col);
    if (next !== undefined && !isFieldLabel(view.labelKeyAt(label.row, next))) {
      return { cell: { row: label.row, col: next }, text: view.text(label.row, next).trim() };
    }
    if (fallbackCol !== undefined && fallbackCol > label.col)
      return { cell: { row: label.row, col: fallbackCol }, text: '' };
  }
  if (col >= view.cols) return { cell: { row: label.row, col }, text: '' };
  const cell = view.master(label.row, col);
  return { cell, text: view.text(cell.row, cell.col).trim() };
}

function isFieldLabel(key: string): boolean {
  return Object.values(field).some((m) => m(key)) || gradeLabel(key) || totalRow(key);
}

function readGoals(view: SheetView, from: number, to: number): { expected: TextField; actual: TextField } {
  const none = { cell: null, text: '' };
  const header = findLabel(view, from, to, goalHeader.expected, true);
  if (!header) return { expected: none, actual: none };
  const columns = headerColumns(view, header.row, goalHeader);
  // The labels one above the other (预期目标 on a row, 实际完成情况 on the next): each text stands
  // right of its label, or below it; an empty one below a label merged across (where it goes).
  const actualLabel =
    columns.actual === undefined ? findLabel(view, header.row + 1, to, goalHeader.actual) : null;
  if (actualLabel) {
    const beside = (label: Cell): TextField => {
      const merge = view.merge(label.row, label.col);
      const wide = !!merge && merge.right > merge.left;
      const right = fieldRightOf(view, label);
      if (right.text) return right;
      const row = (merge?.bottom ?? label.row) + 1;
      if (row > to || columnOf(goalHeader, view.labelKeyAt(row, label.col)) !== null) return right;
      const cell = view.master(row, label.col);
      const text = view.text(cell.row, cell.col).trim();
      return text || wide ? { cell, text } : right;
    };
    return { expected: beside(header), actual: beside(actualLabel) };
  }
  const below = (col: number | undefined): TextField => {
    if (col === undefined) return none;
    const r = view.master(header.row, col);
    const merge = view.merge(r.row, r.col);
    const textRow = (merge ? merge.bottom : r.row) + 1;
    if (textRow > to) return fieldRightOf(view, { row: header.row, col });
    const cell = view.master(textRow, col);
    const text = view.text(cell.row, cell.col).trim();
    // Some layouts put the text right of its label instead of below it.
    if (!text) {
      const right = fieldRightOf(view, { row: header.row, col });
      if (right.text && columnOf(goalHeader, view.labelKeyAt(header.row, right.cell!.col)) === null)
        return right;
    }
    return { cell, text };
  };
  return { expected: below(columns.expected), actual: below(columns.actual) };
}

/** The money unit of the form between rows `from` and `to`: the one 项目资金 names (项目资金（元）),
 * else a line stating it (单位：元), else 万元, the unit of most forms. */
function unitOf(view: SheetView, from: number, to: number): '万元' | '元' {
  const named = (cell: Cell | null) => {
    const key = cell ? view.labelKeyAt(cell.row, cell.col) : '';
    return /万元/.test(key) ? '万元' : /元/.test(key) ? '元' : null;
  };
  return (
    named(findLabel(view, from, to, fundsLabel, true)) ??
    named(findLabel(view, from, to, unitLine, true)) ??
    '万元'
  );
}

/** How many columns a funds header can name. */
const FUNDS_COLUMNS = Object.keys(fundsHeader).length;

/** The funds block between rows `from` and `to` (项目资金: the header with 全年预算数 and 全年执行数,
 * the 年度资金总额 row, its sub-rows), its unit, and the 执行率 / 得分 columns its header lacks, each
 * with the header's right-most label cell (where the column would stand). */
function readFunds(
  view: SheetView,
  from: number,
  to: number,
): { funds: FundsBlock | null; unit: string; missing: Form['missingParts'] } {
  const unit = unitOf(view, from, to);
  let header: { row: number; bottom: number; columns: Columns<FundsColumn> } | null = null;
  const speaksOfExecution = (r: number) =>
    view.cellsOfRow(r).some((c) => {
      const key = view.labelKeyAt(r, c);
      return key.includes('执行') || key.includes('支出');
    });
  const columnsAt = (r: number, split: boolean) => {
    if (!view.cellsOfRow(r).some((c) => headerMatches(view, r, c, split, fundsHeader.executed))) return null;
    const columns = headerColumns(view, r, fundsHeader, {}, split);
    return columns.budgeted !== undefined && columns.executed !== undefined ? columns : null;
  };
  let below = false; // whether the row below r speaks of execution
  for (let r = to; r >= from && !header; r--) {
    const here = speaksOfExecution(r);
    // The labels in one row, or over it and the next (全年 above 执行数, 得分 above a blank).
    const alone = here ? columnsAt(r, false) : null;
    if (alone) {
      // The row above may hold the rest (年初 above 预算数, 执行率 beside a blank): read over
      // both when that names more columns.
      const complete = columnCount(alone) === FUNDS_COLUMNS;
      const pair = r > from && !complete ? columnsAt(r - 1, true) : null;
      header =
        pair && columnCount(pair) > columnCount(alone)
          ? { row: r - 1, bottom: r, columns: pair }
          : { row: r, bottom: r, columns: alone };
      break;
    }
    // Two rows only where one of them speaks of execution (执行, 支出): most rows here are amounts.
    const pair = r < to && (here || below) ? columnsAt(r, true) : null;
    if (pair) header = { row: r, bottom: r + 1, columns: pair };
    below = here;
  }
  if (!header) return { funds: null, unit, missing: [] };
  const totalLabel = findLabel(view, header.bottom + 1, to, fundsTotalRow);
  const row = totalLabel ? totalLabel.row : header.bottom + 1;
  const c = header.columns;
  const at = (col: number | undefined, r = row): Cell | null =>
    col === undefined ? null : view.master(r, col);
  const subRows = [];
  for (let r = row + 1; r <= to; r++) {
    const label = view
      .cellsOfRow(r)
      .map((col) => view.labelKeyAt(r, col))
      .find(fundsSubRow);
    if (!label) break;
    subRows.push({
      row: r,
      label,
      initial: at(c.initial, r),
      budgeted: at(c.budgeted, r),
      executed: at(c.executed, r),
      rate: at(c.rate, r),
    });
  }
  const lastLabel = view.master(header.row, Math.max(...Object.values(c).map(Number)));
  const missing: Form['missingParts'] = [];
  if (c.rate === undefined) missing.push({ part: 'fundsRate', cell: lastLabel });
  if (c.score === undefined) missing.push({ part: 'fundsScore', cell: lastLabel });
  return {
    unit,
    missing,
    funds: {
      row,
      subRows,
      initial: at(c.initial),
      budgeted: at(c.budgeted),
      executed: at(c.executed),
      weight: at(c.weight),
      rate: at(c.rate),
      score: at(c.score),
    },
  };
}

/** A row's 偏差原因分析 cell under a header spanning columns `col`..`right`: the first of them
 * holding text (a reason typed in the right half), else the first. */
function reasonCell(view: SheetView, row: number, col: number, right: number): Cell {
  for (let c = col; c <= right; c = view.right(row, c) + 1) {
    const cell = view.master(row, c);
    if (!view.isBlank(cell.row, cell.col)) return cell;
  }
  return view.master(row, col);
}

function isNumberish(view: SheetView, cell: Cell): boolean {
  const v = view.value(cell.row, cell.col);
  return typeof v === 'number' || /^\s*[\d.,]+\s*$/.test(view.text(cell.row, cell.col));
}

/** Whether row `r` repeats the indicator header: 分值 over the weights, and 三级指标 over the names
 * or 得分 over the scores (the upper row of a two-row header holds no 三级指标). A header over two
 * rows of cells, repeated, is found as a header of its own: readIndicators' `repeats`. */
function isRepeatedHeader(view: SheetView, r: number, c: Columns<IndicatorColumn>): boolean {
  const key = (col: number | undefined) => (col === undefined ? '' : view.labelKeyAt(r, col));
  const weight = key(c.weight);
  return (
    (indicatorHeader.weight(weight) || !!indicatorHeaderFallback.weight?.(weight)) &&
    (indicatorHeader.name(key(c.name)) || indicatorHeader.score(key(c.score)))
  );
}

/** Whether row `r` holds an indicator header label under the 年度指标值 or 实际完成值 column and
 * nothing under 分值 and 得分. */
function underLabel(view: SheetView, r: number, c: Columns<IndicatorColumn>): boolean {
  const key = (col: number | undefined) => (col === undefined ? '' : view.labelKeyAt(r, col));
  const label = (k: string) =>
    columnOf(indicatorHeader, k) !== null || columnOf(indicatorHeaderFallback, k) !== null;
  return !key(c.weight) && !key(c.score) && (label(key(c.target)) || label(key(c.actual)));
}

/** Whether the indicator block goes on below row `r`: an indicator row (a 三级指标 or a 年度指标值
 * that is no subtotal) or a 总分 row follows before a 评分等级 or a title. */
function blockGoesOn(view: SheetView, r: number, limit: number, c: Columns<IndicatorColumn>): boolean {
  for (let next = r + 1; next <= limit; next++) {
    const keys = view.cellsOfRow(next).map((col) => view.labelKeyAt(next, col));
    if (keys.some((k) => gradeLabel(k) || isTitle(k))) return false;
    if (keys.some(totalRow)) return true;
    const name = view.labelKeyAt(next, c.name!);
    const target = c.target === undefined ? '' : view.labelKeyAt(next, c.target);
    if ((name && !subtotalLabel(name)) || target) return true;
  }
  return false;
}

/**
 * Whether row `r` (no 年度指标值 or 实际完成值 written) is a group subtotal: its 二级 or 三级 cell,
 * or its first label, reads 小计 / 分项合计 / 合计. A 合计 is also how some forms label the 总分:
 * it is a subtotal only where the row names a 一级指标 beside it, or indicator rows or a 总分 row
 * follow it.
 */
function isSubtotal(
  view: SheetView,
  r: number,
  c: Columns<IndicatorColumn>,
  keys: string[],
  level1: string,
  limit: number,
): boolean {
  const key = (col: number | undefined) => (col === undefined ? '' : view.labelKeyAt(r, col));
  const first = keys.find((k) => k !== '' && k !== '绩效指标') ?? '';
  const inLevels = [key(c.level2), key(c.name)].find(subtotalLabel);
  const label = inLevels ?? (subtotalLabel(first) ? first : undefined);
  if (label === undefined) return false;
  if (label !== '合计') return true;
  const namesGroup =
    !!inLevels && !!level1 && !totalRow(labelKey(level1)) && !subtotalLabel(labelKey(level1));
  return namesGroup || blockGoesOn(view, r, limit, c);
}

/** The indicator rows a subtotal covers: those of the 一级指标 it names, else those since the
 * previous subtotal (`from`, an index into `rows`) up to it. */
function covered(rows: IndicatorRow[], group: string, from: number, to: number): number[] {
  const named = group ? rows.flatMap((row, i) => (labelKey(row.level1) === labelKey(group) ? [i] : [])) : [];
  if (named.length) return named;
  return rows.slice(from, to).map((_, i) => from + i);
}

/** Reads indicator rows below a header until the total or grade row, stepping over the headers
 * `repeats` found among them (a header repeated on a later printed page); returns the rows and
 * what ends them. */
function readIndicators(
  view: SheetView,
  header: IndicatorHeader,
  limit: number,
  repeats: IndicatorHeader[] = [],
) {
  const c = header.columns as Required<Pick<Columns<IndicatorColumn>, 'name' | 'weight' | 'score'>> &
    Columns<IndicatorColumn>;
  // A header without one of 年度指标值 / 实际完成值 (a label not known, or none) still makes a
  // form, so the user is told (INDICATOR_COLUMN_MISSING); its rows read nothing there, never the
  // other column (the target read as the actual scored every row full).
  const { target, actual } = c;
  const labelCols = [c.level1, c.level2, c.name, target, actual].filter((x): x is number => x !== undefined);
  const levelsCol = Math.min(...labelCols);
  // A vertical 绩效指标 label left of the levels (domain.md §1): the 总分 and 评分等级 labels
  // below the rows may stand in its column, unmerged.
  const side = levelsCol - 1;
  const sideColumn =
    side >= 0 && [header.row, header.bottom + 1].some((r) => view.labelKeyAt(r, side) === '绩效指标');
  const firstCol = sideColumn ? side : levelsCol;
  const rows: IndicatorRow[] = [];
  const subtotals: (Omit<SubtotalRow, 'covers'> & { from: number; to: number })[] = [];
  let level1 = '';
  let level2 = '';
  let total: Form['total'] = null;
  let end = header.row;
  // 偏差原因分析 merged over two columns in the header: a reason may be typed in either.
  const reasonRight = c.reason === undefined ? -1 : view.right(header.row, c.reason);
  for (let r = header.bottom + 1; r <= limit; r++) {
    const keys = [];
    for (let col = firstCol; col < c.weight; col++) keys.push(view.labelKeyAt(r, col));
    if (keys.some((k) => gradeLabel(k))) break;
    if (keys.some((k) => isTitle(k) || field.projectName(k))) break;
    const weight = { row: r, col: c.weight };
    const score = { row: r, col: c.score };
    const blankValues =
      (target === undefined || !view.text(r, target).trim()) &&
      (actual === undefined || !view.text(r, actual).trim());
    // The 一级 cell as shown, merged over the group's rows or not.
    const groupCell = c.level1 === undefined ? null : view.master(r, c.level1);
    const group = groupCell ? view.text(groupCell.row, groupCell.col).trim() : '';
    if (blankValues && isSubtotal(view, r, c, keys, group, limit)) {
      const from = subtotals.length ? subtotals[subtotals.length - 1].to : 0;
      subtotals.push({
        row: r,
        group: subtotalLabel(labelKey(group)) ? '' : group,
        weight: view.master(r, c.weight),
        score: view.master(r, c.score),
        from,
        to: rows.length,
      });
      end = r;
      continue;
    }
    if (keys.some((k) => totalRow(k))) {
      total = { row: r, weight, score };
      end = r;
      break;
    }
    // A 三级指标 merged over several rows is one indicator: its later rows continue it; a
    // repeated header (formHeaders) is no indicator.
    if (view.master(r, c.name).row < r) {
      end = r;
      continue;
    }
    const repeat = repeats.find((h) => h.row === r);
    if (repeat || isRepeatedHeader(view, r, c)) {
      r = repeat?.bottom ?? r;
      end = r;
      continue;
    }
    const name = view.text(r, c.name).trim();
    // Right below a one-row header, a row holding only a label under a column (年度指标值 under a
    // group label 指标值) belongs to the header, not the rows.
    if (r === header.bottom + 1 && !name && underLabel(view, r, c)) {
      end = r;
      continue;
    }
    const targetText = target === undefined ? '' : view.text(r, target).trim();
    const actualText = actual === undefined ? '' : view.text(r, actual).trim();
    const rowLevel1 = c.level1 !== undefined ? view.text(r, c.level1).trim() : '';
    const rowLevel2 = c.level2 !== undefined ? view.text(r, c.level2).trim() : '';
    const levelsMerged = [c.level1, c.level2].some(
      (col) => col !== undefined && (view.merge(r, col)?.top ?? r) < r,
    );
    if (!name && !targetText && !actualText) {
      // 总分 row without a label: numbers under 分值/得分 below the last indicator, outside the level
      // merges; or a formula there (=SUM(...)), whose result a file may not hold (never calculated).
      const formulaAt = (cell: Cell) => view.hasFormulas() && view.formula(cell.row, cell.col) !== null;
      if (
        rows.length &&
        !levelsMerged &&
        !rowLevel1 &&
        !rowLevel2 &&
        (isNumberish(view, weight) || isNumberish(view, score) || formulaAt(weight) || formulaAt(score))
      ) {
        total = { row: r, weight, score };
        end = r;
        break;
      }
      continue; // an empty row (a template's unused row)
    }
    if (rowLevel1) level1 = rowLevel1;
    if (rowLevel2) level2 = rowLevel2;
    rows.push({
      row: r,
      level1,
      level2,
      name: view.master(r, c.name),
      target: target === undefined ? null : view.master(r, target),
      actual: actual === undefined ? null : view.master(r, actual),
      weight: view.master(r, c.weight),
      score: view.master(r, c.score),
      reason: c.reason === undefined ? null : reasonCell(view, r, c.reason, reasonRight),
    });
    end = r;
  }
  return {
    rows,
    subtotals: subtotals.map(({ from, to, ...s }) => ({ ...s, covers: covered(rows, s.group, from, to) })),
    total,
    end,
    mergedScores: sharedCells(rows.map((row) => row.score)),
  };
}

/** Cells that stand for more than one row (one 得分 merged over two indicators). */
function sharedCells(cells: Cell[]): Cell[] {
  const seen = new Map<string, number>();
  for (const c of cells) seen.set(`${c.row}:${c.col}`, (seen.get(`${c.row}:${c.col}`) ?? 0) + 1);
  return cells.filter(
    (c, i) =>
      seen.get(`${c.row}:${c.col}`)! > 1 && cells.findIndex((d) => d.row === c.row && d.col === c.col) === i,
  );
}

/** The left-most column of `grid` holding a value (its left edge when it holds none). */
function firstHeldColumn(grid: Grid): number {
  let first = Infinity;
  for (const row of grid.values)
    for (let c = 0; c < Math.min(row.length, first); c++)
      if (holdsValue(row[c])) {
        first = c;
        break;
      }
  return grid.left + (first === Infinity ? 0 : first);
}

/** Every 自评表 on the sheet, top to bottom. */
export function recognise(view: SheetView): Form[] {
  const headers = findIndicatorHeaders(view, isSelfEvaluationHeader);
  const bands = bandsOf(view, headers);
  if (bands.length === 1) return recogniseBand(view, headers);
  // Side by side: each band read on its own, left to right; cells keep their sheet addresses.
  return bands.flatMap((band, i) => {
    const bandView = new SheetView(band);
    // From the band's first column holding anything (a form's top-left, where links point) to the
    // column before the next band, or the sheet's last.
    const columns = { first: firstHeldColumn(band), last: (bands[i + 1]?.left ?? view.cols) - 1 };
    return recogniseBand(bandView, findIndicatorHeaders(bandView, isSelfEvaluationHeader)).map((form) => ({
      ...form,
      columns,
    }));
  });
}

/** A label that ends a form or starts the next: 总分, 评分等级, a title, 项目名称, a funds block. */
const formBoundary = (key: string) =>
  totalRow(key) ||
  gradeLabel(key) ||
  isTitle(key) ||
  field.projectName(key) ||
  fundsLabel(key) ||
  fundsTotalRow(key);

/**
 * The headers that start a form. A form converted from a PDF or pasted from printed pages repeats
 * its indicator header on every page: a header is such a repeat when the indicator rows above it
 * run into it without a 总分 row (labelled or not) and nothing between ends a form or starts one.
 * The rows under a repeat continue the form above.
 */
function formHeaders(view: SheetView, headers: IndicatorHeader[]): IndicatorHeader[] {
  return headers.filter((h, i) => {
    if (i === 0) return true;
    const above = headers[i - 1];
    if (findLabel(view, above.row + 1, h.row - 1, formBoundary) !== null) return true;
    return readIndicators(view, above, h.row - 1).total !== null;
  });
}

/** Every 自评表 in one band of columns, top to bottom, from its indicator headers. */
function recogniseBand(view: SheetView, allHeaders: IndicatorHeader[]): Form[] {
  const headers = formHeaders(view, allHeaders);
  const forms: Form[] = [];
  let previousEnd = view.grid.top - 1;
  headers.forEach((header, i) => {
    const above = { from: previousEnd + 1, to: header.row - 1 };
    const nextHeader = i + 1 < headers.length ? headers[i + 1].row - 1 : view.rows - 1;
    const titleCell = findLabel(view, above.from, above.to, isTitle, true);
    const projectLabel = findLabel(view, above.from, above.to, field.projectName, true);
    // The next form starts at its title or 项目名称, whichever comes first above its header.
    const { rows, subtotals, total, end, mergedScores } = readIndicators(
      view,
      header,
      nextHeader,
      allHeaders,
    );
    let last = end;
    let grade: Cell | null = null;
    const gradeLabelCell = findLabel(view, end, Math.min(nextHeader, end + 3), gradeLabel);
    const valueCol = header.columns.name;
    if (gradeLabelCell) {
      grade = fieldRightOf(view, gradeLabelCell, valueCol).cell;
      last = gradeLabelCell.row;
    }
    const first = titleCell?.row ?? projectLabel?.row ?? above.from;
    const { funds, unit, missing } = readFunds(view, first, above.to);
    // No funds block: the issue points at the form's first label (its title, else 项目名称).
    const formCell = titleCell ?? projectLabel ?? { row: header.row, col: header.columns.name! };
    const missingParts = funds ? missing : [{ part: 'funds' as const, cell: formCell }];
    // No 总分 row or 评分等级: the issue points at the form's last row, at the left, below which the
    // row belongs (the row below may be the next form's, whose counts must not take it).
    const leftCol = header.columns.level1 ?? header.columns.name!;
    const below = { row: last, col: leftCol };
    if (!total) missingParts.push({ part: 'total', cell: below });
    if (!grade) missingParts.push({ part: 'grade', cell: below });
    // No 年度指标值 or no 实际完成值 column: the issue points at the other one's label, beside
    // which it stands.
    const { target: targetCol, actual: actualCol } = header.columns;
    if (targetCol === undefined)
      missingParts.push({ part: 'target', cell: view.master(header.row, actualCol!) });
    if (actualCol === undefined)
      missingParts.push({ part: 'actual', cell: view.master(header.row, targetCol!) });
    // No 偏差原因分析 column: the issue points at the header's right-most label, where it would stand.
    if (header.columns.reason === undefined) {
      const lastCol = Math.max(...Object.values(header.columns).map(Number));
      missingParts.push({ part: 'reason', cell: view.master(header.row, lastCol) });
    }
    const goals = readGoals(view, first, above.to);
    // A required field whose label is nowhere: its issue points at the form's first label.
    const orAtForm = (f: TextField): TextField => (f.cell ? f : { cell: formCell, text: '' });
    const titleText = titleCell ? view.text(titleCell.row, titleCell.col).trim() : '';
    const yearCell = findLabel(
      view,
      first,
      Math.min(first + 3, above.to),
      (k) => yearOf(k) !== null && k.length <= 12,
    );
    const year =
      yearOf(titleText) ?? (yearCell ? yearOf(view.labelKeyAt(yearCell.row, yearCell.col)) : null) ?? '';
    const departmentLabel = findLabel(view, first, above.to, field.department, true);
    const implementerLabel = findLabel(view, first, above.to, field.implementer, true);
    forms.push({
      sheet: view.grid.sheet,
      title: titleText,
      year,
      first,
      last,
      fundUnit: unit,
      projectName: orAtForm(fieldRightOf(view, projectLabel, valueCol)),
      department: orAtForm(fieldRightOf(view, departmentLabel, valueCol)),
      implementer: orAtForm(fieldRightOf(view, implementerLabel)),
      expectedGoal: orAtForm(goals.expected),
      actualGoal: orAtForm(goals.actual),
      funds,
      indicators: rows,
      subtotals,
      total,
      grade,
      mergedScores,
      missingParts,
    });
    previousEnd = last;
  });
  return forms;
}
