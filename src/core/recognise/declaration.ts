// Recognition of 财政项目支出绩效目标申报表 (target declarations), any number per sheet, by their
// labels, as recognise.ts finds 自评表: an indicator header row (一级指标 二级指标 三级指标
// 年度(/项目)指标值, with no 分值 / 得分) anchors each declaration; the title, project fields,
// funds and goals are searched above it (back to the previous one), the indicator rows below.

import {
  declaredFunds,
  declaredGoals,
  fundUnitOf,
  isDeclarationTitle,
  isLevel1,
  isLevel2,
  noteLabel,
  sideLabel,
  type DeclaredFundsRow,
} from './declaration-labels';
import type { Decimal } from '../values/decimal';
import { field, isTitle, unitLine, yearOf, type Matcher } from './labels';
import { readNumber } from '../values/number';
import { findIndicatorHeaders, findLabel, type IndicatorHeader } from './find';
import { foreignColumns } from './declaration-columns';
import type { Cell, SheetView } from '../model/sheet-view';
import { squash } from '../values/label-key';

/** One declared 三级指标 with its 年度(/项目)指标值, as printed. */
export interface DeclaredIndicator {
  /** 0-based row it was read from. */
  row: number;
  level1: string;
  level2: string;
  name: string;
  target: string;
}

export interface Declaration {
  sheet: string;
  /** Its sheet is hidden: made into a 自评表 all the same, and said so. */
  hidden?: boolean;
  title: string;
  year: string;
  /** First and last 0-based row the declaration covers. */
  first: number;
  last: number;
  projectName: string;
  department: string;
  implementer: string;
  /** The unit of 项目资金 as printed: '元' or '万元', null when the declaration names none. */
  fundUnit: '元' | '万元' | null;
  /** 年度资金申请总额 and its parts; null when not printed or not a number. */
  funds: Record<DeclaredFundsRow, Decimal | null>;
  /** 项目总目标. */
  overallGoal: string;
  /** 年度总体目标: what the 自评表 calls 预期目标. */
  annualGoal: string;
  indicators: DeclaredIndicator[];
  /** Cells it covers holding a formula the file keeps no result for (A1 addresses): unreadable
   * until Excel or WPS calculates them, never read as empty. */
  uncalculated: string[];
}

type Columns = IndicatorHeader['columns'];

/** A declaration's indicator header: level and target columns, and none a 自评表 adds. */
const isDeclarationHeader = (c: Columns): boolean =>
  c.target !== undefined &&
  (c.level1 ?? c.level2) !== undefined &&
  c.actual === undefined &&
  c.weight === undefined &&
  c.score === undefined;

const isLabel: Matcher = (key) =>
  Object.values(field).some((m) => m(key)) ||
  Object.values(declaredFunds).some((m) => m(key)) ||
  Object.values(declaredGoals).some((m) => m(key)) ||
  fundUnitOf(key) !== null;

/** The first non-blank cell right of a label on its row, unless that is another label. */
function valueRightOf(view: SheetView, label: Cell | null): Cell | null {
  if (!label) return null;
  for (let c = view.right(label.row, label.col) + 1; c < view.cols; c = view.right(label.row, c) + 1) {
    if (view.isBlank(label.row, c)) continue;
    return isLabel(view.labelKeyAt(label.row, c)) ? null : view.master(label.row, c);
  }
  return null;
}

function textAt(view: SheetView, cell: Cell | null): string {
  return cell ? squash(view.text(cell.row, cell.col)) : '';
}

/** The right-most cell of rows from..to a matcher accepts (the 年度 column of the funds block). */
function findRightmost(view: SheetView, from: number, to: number, match: Matcher): Cell | null {
  for (let r = from; r <= to; r++) {
    let found: Cell | null = null;
    for (const c of view.cellsOfRow(r)) if (match(view.labelKeyAt(r, c))) found = { row: r, col: c };
    if (found) return found;
  }
  return null;
}

function readFunds(view: SheetView, from: number, to: number): Declaration['funds'] {
  const funds = {} as Declaration['funds'];
  const total = findRightmost(view, from, to, declaredFunds.total);
  for (const row of Object.keys(declaredFunds) as DeclaredFundsRow[]) {
    // The parts follow the total row; 其他资金 is printed twice there, the 年度 one right-most.
    const label = row === 'total' ? total : findRightmost(view, total?.row ?? from, to, declaredFunds[row]);
    const cell = valueRightOf(view, label);
    const read = cell
      ? readNumber(
          view.value(cell.row, cell.col),
          view.text(cell.row, cell.col),
          view.format(cell.row, cell.col),
        )
      : null;
    funds[row] = read?.kind === 'number' ? read.value : null;
  }
  return funds;
}

/** A goal's text: below its label (in its column or right of it), else right of it on its row. */
function goalText(view: SheetView, label: Cell | null, to: number, before = view.cols): string {
  if (!label) return '';
  const below = (view.merge(label.row, label.col)?.bottom ?? label.row) + 1;
  for (let r = below; r <= to; r++) {
    for (const c of view.cellsOfRow(r)) {
      if (c < label.col || c >= before || view.master(r, c).row !== r || view.isBlank(r, c)) continue;
      if (isLabel(view.labelKeyAt(r, c)) || sideLabel(view.labelKeyAt(r, c))) continue;
      return textAt(view, { row: r, col: c });
    }
  }
  return textAt(view, valueRightOf(view, label));
}

function readGoals(view: SheetView, from: number, to: number) {
  const annual = findLabel(view, from, to, declaredGoals.annual, true);
  const overall = findLabel(view, from, to, declaredGoals.overall, true);
  const overallEnd = annual && overall && annual.row === overall.row ? annual.col : view.cols;
  return { annual: goalText(view, annual, to), overall: goalText(view, overall, to, overallEnd) };
}

/** The unit the declaration's amounts are in: the one 项目资金 names (项目资金（元）), else a line
 * stating it (单位：元); null when it says none (never guessed: 5,787,100 is no sum of 万元). */
function declaredUnit(view: SheetView, from: number, to: number): '元' | '万元' | null {
  const label = findLabel(view, from, to, (k) => fundUnitOf(k) !== null);
  if (label) return fundUnitOf(view.labelKeyAt(label.row, label.col));
  const line = findLabel(view, from, to, unitLine);
  if (!line) return null;
  return /万元/.test(view.labelKeyAt(line.row, line.col)) ? '万元' : '元';
}

/** Level labels are read without the line breaks and spaces of wrapped cells. */
const levelText = (s: string) => s.replace(/\s+/g, '');

interface Printed {
  col: number;
  text: string;
}

/**
 * One row's cells split into level labels, name and target. Rows printed in the header's columns
 * are read by position; shifted rows (a label in the side column, a target one column right) by
 * what they hold: the last cell is the target, the one before it the name, labels before those.
 * A row whose 三级指标 is empty, its target in place and only level words in the level columns,
 * is read by position too: its levels stay levels, its name stays empty. So is a row whose name
 * and target stand in place with more right of them (see inPlace).
 */
function splitRow(cells: Printed[], columns: Columns) {
  const at = (col: number | undefined) => cells.find((c) => c.col === col)?.text;
  const isLevel = (t: string) => isLevel1(levelText(t)) || isLevel2(levelText(t));
  const own = [columns.level1, columns.level2, columns.name, columns.target];
  const named = at(columns.name);
  const targeted = at(columns.target) !== undefined;
  const positional = cells.every((c) => own.includes(c.col));
  const levelsOnly = [at(columns.level1), at(columns.level2)].every((t) => t === undefined || isLevel(t));
  const unnamed = named === undefined && targeted && levelsOnly;
  // Name and target in their own columns: what stands right of the target, in columns without a
  // label (a remark column whose header was left blank), is no part of the row. A shifted row
  // has its target column empty, or a level word where its name belongs.
  const inPlace =
    named !== undefined &&
    !isLevel(named) &&
    targeted &&
    cells.every((c) => own.includes(c.col) || c.col > columns.target!);
  if (inPlace || (positional && (named !== undefined || unnamed))) {
    return {
      level1: at(columns.level1),
      level2: at(columns.level2),
      name: at(columns.name) ?? '',
      target: at(columns.target) ?? '',
    };
  }
  const texts = cells.map((c) => c.text);
  const last = cells[cells.length - 1];
  const hasTarget =
    cells.length >= 3 || last.col >= (columns.target ?? 0) || (cells.length === 2 && !isLevel(texts[0]));
  const target = hasTarget ? texts.pop()! : '';
  const name = texts.pop() ?? '';
  const labels = texts.slice(-2).map(levelText);
  if (labels.length === 2) return { level1: labels[0], level2: labels[1], name, target };
  if (labels.length === 1 && !isLevel1(labels[0]) && isLevel2(labels[0]))
    return { level1: undefined, level2: labels[0], name, target };
  return { level1: labels[0], level2: undefined, name, target };
}

/** The cells a row prints itself (not those merged down from rows above), minus side labels and
 * the cells of columns labelled as something else (`foreign`: 备注, 评分标准). */
function printedCells(view: SheetView, row: number, foreign: Set<number>): Printed[] {
  const cells: Printed[] = [];
  for (const c of view.cellsOfRow(row)) {
    if (foreign.has(c) || view.master(row, c).row !== row || view.isBlank(row, c)) continue;
    if (sideLabel(view.labelKeyAt(row, c))) continue;
    cells.push({ col: c, text: squash(view.text(row, c)) });
  }
  return cells;
}

function readIndicators(view: SheetView, header: IndicatorHeader, limit: number, foreign: Set<number>) {
  const indicators: DeclaredIndicator[] = [];
  let level1 = '';
  let level2 = '';
  let end = header.row;
  for (let r = header.bottom + 1; r <= limit; r++) {
    const cells = printedCells(view, r, foreign);
    const keys = cells.map((c) => view.labelKeyAt(r, c.col));
    if (keys.some((k) => isDeclarationTitle(k) || isTitle(k) || field.projectName(k) || noteLabel(k))) break;
    if (!cells.length) continue; // a blank line (a page break in the printed form)
    const row = splitRow(cells, header.columns);
    // A new 一级指标 starts a new group: its 二级指标 is what the row says, maybe nothing.
    if (row.level1 !== undefined && levelText(row.level1) !== level1) level2 = '';
    if (row.level1) level1 = levelText(row.level1);
    if (row.level2) level2 = levelText(row.level2);
    indicators.push({ row: r, level1, level2, name: row.name, target: row.target });
    end = r;
  }
  return { indicators, end };
}

/**
 * The cells of rows `from`..`to` holding a formula whose file keeps no result (a file another
 * program wrote, never calculated): what they show is unknown, not empty (domain.md §2). Below
 * the indicator header, the columns labelled as something else (`foreign`) are not read.
 */
function uncalculatedCells(
  view: SheetView,
  header: IndicatorHeader,
  from: number,
  to: number,
  foreign: Set<number>,
): string[] {
  if (!view.hasFormulas()) return [];
  const cells: string[] = [];
  for (let r = from; r <= to; r++) {
    for (let c = view.grid.left; c < view.cols; c++) {
      if (r > header.bottom && foreign.has(c)) continue;
      if (view.formula(r, c) !== null && view.value(r, c) === null)
        cells.push(view.address({ row: r, col: c }));
    }
  }
  return cells;
}

/** Every 绩效目标申报表 on the sheet, top to bottom. */
export function recogniseDeclarations(view: SheetView): Declaration[] {
  const headers = findIndicatorHeaders(view, isDeclarationHeader);
  const found: Declaration[] = [];
  let previousEnd = view.grid.top - 1;
  headers.forEach((header, i) => {
    const to = header.row - 1;
    const limit = i + 1 < headers.length ? headers[i + 1].row - 1 : view.rows - 1;
    const title = findLabel(view, previousEnd + 1, to, isDeclarationTitle, true);
    const projectLabel = findLabel(view, previousEnd + 1, to, field.projectName, true);
    const first = title?.row ?? projectLabel?.row ?? previousEnd + 1;
    const titleText = title ? view.labelKeyAt(title.row, title.col) : '';
    const yearLine = findLabel(
      view,
      first,
      Math.min(first + 3, to),
      (k) => yearOf(k) !== null && k.length <= 12,
    );
    const foreign = foreignColumns(view, header);
    const { indicators, end } = readIndicators(view, header, limit, foreign);
    const goals = readGoals(view, first, to);
    found.push({
      sheet: view.grid.sheet,
      ...(view.grid.hidden ? { hidden: true } : {}),
      title: titleText,
      year:
        yearOf(titleText) ?? (yearLine ? yearOf(view.labelKeyAt(yearLine.row, yearLine.col)) : null) ?? '',
      first,
      last: end,
      projectName: textAt(view, valueRightOf(view, projectLabel)),
      department: textAt(view, valueRightOf(view, findLabel(view, first, to, field.department))),
      implementer: textAt(view, valueRightOf(view, findLabel(view, first, to, field.implementer))),
      // A unit line may stand above the title (单位：元 over a 汇总表's declarations).
      fundUnit: declaredUnit(view, previousEnd + 1, to),
      funds: readFunds(view, first, to),
      overallGoal: goals.overall,
      annualGoal: goals.annual,
      indicators,
      uncalculated: uncalculatedCells(view, header, first, end, foreign),
    });
    previousEnd = end;
  });
  return found;
}
