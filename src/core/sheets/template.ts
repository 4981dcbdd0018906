// template(): the change set that builds a blank standard 财政项目支出绩效自评表 on a new sheet,
// with the blocks and labels of the real 2023 city-level form, every input cell left empty and
// formatted, ready for the user to type and for Recalculate. Print-ready for real content: each
// indicator field is one cell (columns A–H; the funds block uses the same eight) and the
// indicator rows have no fixed height, so Excel and WPS grow a row to what is typed in it
// (they never fit a row with a fixed height, nor one to the text of a merged cell).

import type { ChangeSet } from '../model/change-set';
import {
  FUNDS_HEADER,
  FUNDS_SUB_ROWS,
  FUNDS_TOTAL,
  FUNDS_WEIGHT,
  DEPARTMENT,
  GOALS,
  GOALS_ACTUAL,
  GOALS_EXPECTED,
  GRADE,
  IMPLEMENTER,
  INDICATOR_HEADER,
  NOT_SCORED,
  PROJECT_NAME,
  TITLE,
  TOTAL,
  fundsLabel,
  yearLine,
} from './template-labels';
import {
  DEFAULT_LEVEL_SET,
  LEVEL_SETS,
  type FundUnit,
  type LevelSet,
  type LevelSetYear,
} from '../model/vocabulary';
import type { Form, IndicatorRow, TextField } from '../model/form';
import { parseAddress } from '../model/grid';
import type { Cell } from '../model/sheet-view';
import { yearOf } from '../recognise/labels';
import { labelKey } from '../values/label-key';
import { SheetPlan } from './sheet-plan';
import { countRows, uniformRows, type IndicatorRows } from './template-rows';

export { uniqueSheetName } from './sheet-name';

export interface TemplateOptions {
  /** 一级指标 set: '2024' (default) starts with 成本指标; '2023' keeps 成本指标 under 产出指标. */
  levelSet?: LevelSetYear;
  /** Year for the line under the title (`（2024年度）`); left blank when absent. */
  year?: string;
  fundUnit?: FundUnit;
  /** Empty 三级指标 rows under every 二级指标 (default 2). */
  rowsPerLevel2?: number;
  /** Explicit indicator rows instead of levelSet's × rowsPerLevel2 (from-targets sizes a form to
   * its declaration); the dropdowns still offer levelSet's labels. */
  indicatorRows?: IndicatorRows;
}

/** Scores, rates and amounts show two decimals, as in the 预算管理一体化系统's forms. */
const NUMBER = '0.00';
const TEXT = '@';

// Fixed rows of the form (1-based, as in A1 addresses); the indicator rows follow.
const ROW = {
  title: 1,
  year: 2,
  project: 3,
  units: 4,
  fundsHeader: 5,
  fundsTotal: 6,
  goalsHeader: 10,
  goalsText: 11,
  indicatorHeader: 12,
  firstIndicator: 13,
};

// Widths in characters, together one A4 page wide in portrait at about 80 % scale. B fits the
// longest 二级指标 (服务对象满意度指标) and funds row (其中：当年财政拨款) on one line; E the standard
// outcomes (部分达成年度指标并具有一定效果 on two lines) and a date (2024年11月20日) on one; H, the
// widest, a 偏差原因 of a sentence or two. (Not 9: ExcelJS takes 9 for its default width and
// leaves it out of the file.)
const COLUMN_WIDTHS: Record<string, number> = {
  A: 11,
  B: 20,
  C: 18,
  D: 13,
  E: 18,
  F: 7,
  G: 7,
  H: 23,
};
/** The form's last column. */
const LAST = 'H';

// Heights in points for the rows whose text is the template's own: room for two wrapped lines in
// labels, a paragraph in the goals (merged cells, which no spreadsheet grows). Indicator rows
// have none: they grow with what is typed.
const HEIGHT = { title: 36, line: 22, header: 32, goalsText: 110 };

/** A laid-out template: the changes that build it, the Form a recognition of it gives (blank
 * indicator rows are no indicators to the recogniser), and where each laid-out row's cells are. */
export interface LaidOutTemplate {
  changes: ChangeSet;
  form: Form;
  /** The 三级指标 rows laid out, top to bottom, with their 一级 / 二级 labels. */
  rows: IndicatorRow[];
}

/** The change set that builds a blank standard form on a new sheet named `sheet`. */
export function template(sheet: string, options: TemplateOptions = {}): ChangeSet {
  return layOutTemplate(sheet, options).changes;
}

/** The template with its own Form, so that a caller (from-targets) never recognises it back. */
export function layOutTemplate(sheet: string, options: TemplateOptions = {}): LaidOutTemplate {
  const levels = LEVEL_SETS[options.levelSet ?? DEFAULT_LEVEL_SET];
  const rowsPerLevel2 = options.rowsPerLevel2 ?? 2;
  if (!Number.isInteger(rowsPerLevel2) || rowsPerLevel2 < 1 || rowsPerLevel2 > 50) {
    throw new RangeError(`rowsPerLevel2 must be a whole number from 1 to 50, not ${rowsPerLevel2}`);
  }
  const rows = options.indicatorRows ?? uniformRows(levels, rowsPerLevel2);
  const lastIndicator = ROW.firstIndicator + countRows(rows) - 1;
  const totalRow = lastIndicator + 1;
  const gradeRow = totalRow + 1;

  const plan = new SheetPlan(sheet);
  for (const [column, width] of Object.entries(COLUMN_WIDTHS)) plan.columnWidth(column, width);
  // The whole form first: later styles only add to it.
  plan.style(`A1:${LAST}${gradeRow}`, { border: true, wrap: true, vertical: 'middle', horizontal: 'center' });

  writeHeading(plan, options.year);
  writeFunds(plan, options.fundUnit ?? '万元');
  writeGoals(plan);
  writeIndicators(plan, rows, levels);
  writeTotals(plan, totalRow, gradeRow);

  plan.pageSetup({
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: true,
    printArea: `A1:${LAST}${gradeRow}`,
    printTitleRows: `${ROW.title}:${ROW.year}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
    horizontallyCentered: true,
  });
  plan.select(`C${ROW.project}`); // the user starts with 项目名称
  const laidOut = layOutRows(rows);
  return { changes: plan.changes(), form: formOf(sheet, options, totalRow, gradeRow), rows: laidOut };
}

/** A 0-based cell from a column letter and a 1-based row, as the layout writes them. */
const at = (column: string, row: number): Cell => ({ row: row - 1, col: parseAddress(`${column}1`).col });

function layOutRows(rows: IndicatorRows): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  let row = ROW.firstIndicator;
  // A blank level label continues the one above, as the recogniser reads merged labels.
  let level1 = '';
  let level2 = '';
  for (const level of rows) {
    level1 = level.level1.trim() || level1;
    for (const { name, rows: count } of level.level2) {
      level2 = name.trim() || level2;
      for (let i = 0; i < count; i++, row++) {
        out.push({
          row: row - 1,
          level1,
          level2,
          name: at('C', row),
          target: at('D', row),
          actual: at('E', row),
          weight: at('F', row),
          score: at('G', row),
          reason: at('H', row),
        });
      }
    }
  }
  return out;
}

/** The blank form as recognise() reads it: every input empty, no indicator rows yet. */
function formOf(sheet: string, options: TemplateOptions, totalRow: number, gradeRow: number): Form {
  const blank = (cell: Cell): TextField => ({ cell, text: '' });
  const fundsRow = (row: number) => ({
    initial: at('C', row),
    budgeted: at('D', row),
    executed: at('E', row),
    rate: at('G', row),
  });
  return {
    sheet,
    title: TITLE,
    year: yearOf(yearLine(options.year?.trim() || undefined)) ?? '',
    first: ROW.title - 1,
    last: gradeRow - 1,
    fundUnit: options.fundUnit ?? '万元',
    projectName: blank(at('C', ROW.project)),
    department: blank(at('C', ROW.units)),
    implementer: blank(at('F', ROW.units)),
    expectedGoal: blank(at('B', ROW.goalsText)),
    actualGoal: blank(at('E', ROW.goalsText)),
    funds: {
      row: ROW.fundsTotal - 1,
      subRows: FUNDS_SUB_ROWS.map((label, i) => ({
        row: ROW.fundsTotal + i,
        label: labelKey(label),
        ...fundsRow(ROW.fundsTotal + 1 + i),
      })),
      ...fundsRow(ROW.fundsTotal),
      weight: at('F', ROW.fundsTotal),
      score: at('H', ROW.fundsTotal),
    },
    indicators: [],
    subtotals: [],
    total: { row: totalRow - 1, weight: at('F', totalRow), score: at('G', totalRow) },
    grade: at('C', gradeRow),
    mergedScores: [],
    missingParts: [],
  };
}

/** Title, year line, 项目名称, 主管部门 / 实施单位. */
function writeHeading(plan: SheetPlan, year: string | undefined): void {
  plan.write(`A${ROW.title}:${LAST}${ROW.title}`, TITLE);
  plan.style(`A${ROW.title}`, { bold: true, fontSize: 16 });
  plan.rowHeight(ROW.title, HEIGHT.title);
  plan.write(`A${ROW.year}:${LAST}${ROW.year}`, yearLine(year?.trim() || undefined));
  plan.rowHeight(ROW.year, HEIGHT.line);

  plan.write(`A${ROW.project}:B${ROW.project}`, PROJECT_NAME);
  plan.merge(`C${ROW.project}:${LAST}${ROW.project}`);
  plan.write(`A${ROW.units}:B${ROW.units}`, DEPARTMENT);
  plan.merge(`C${ROW.units}:D${ROW.units}`);
  plan.write(`E${ROW.units}`, IMPLEMENTER);
  plan.merge(`F${ROW.units}:${LAST}${ROW.units}`);
  for (const input of [`C${ROW.project}`, `C${ROW.units}`, `F${ROW.units}`]) {
    plan.style(input, { horizontal: 'left' });
  }
  plan.rowHeight(ROW.project, HEIGHT.line);
  plan.rowHeight(ROW.units, HEIGHT.line);
}

/** 项目资金: its label down A, the row labels in B, header C–H, then 年度资金总额 and its three
 * sub-rows. */
function writeFunds(plan: SheetPlan, unit: FundUnit): void {
  const header = ROW.fundsHeader;
  const last = ROW.fundsTotal + FUNDS_SUB_ROWS.length;
  plan.write(`A${header}:A${last}`, fundsLabel(unit));
  FUNDS_HEADER.forEach((label, i) => plan.write(`${'CDEFGH'[i]}${header}`, label));
  // 执行率(%) takes two lines in its narrow column.
  plan.rowHeight(header, HEIGHT.header);

  [FUNDS_TOTAL, ...FUNDS_SUB_ROWS].forEach((label, i) => {
    const row = ROW.fundsTotal + i;
    const isTotal = i === 0;
    plan.write(`B${row}`, label);
    // 年初预算数, 全年预算数, 全年执行数: the user's amounts; 执行率: computed on every row.
    for (const column of 'CDEG') plan.write(`${column}${row}`, null, NUMBER);
    // 分数 and 得分 belong to the total row only; the sub-rows show '-'.
    plan.write(`F${row}`, isTotal ? FUNDS_WEIGHT : NOT_SCORED, NUMBER);
    plan.write(`H${row}`, isTotal ? null : NOT_SCORED, NUMBER);
    plan.rowHeight(row, HEIGHT.line);
  });
}

/** 年度总体目标: 预期目标 (B–D) and 实际完成情况 (E–H) over one tall text row. */
function writeGoals(plan: SheetPlan): void {
  const { goalsHeader: header, goalsText: text } = ROW;
  plan.write(`A${header}:A${text}`, GOALS);
  plan.write(`B${header}:D${header}`, GOALS_EXPECTED);
  plan.write(`E${header}:${LAST}${header}`, GOALS_ACTUAL);
  plan.merge(`B${text}:D${text}`);
  plan.merge(`E${text}:${LAST}${text}`);
  plan.style(`B${text}:${LAST}${text}`, { horizontal: 'left', vertical: 'top' });
  plan.rowHeight(header, HEIGHT.line);
  plan.rowHeight(text, HEIGHT.goalsText);
}

/** Indicator header and rows: 一级 / 二级 labels merged down their rows, dropdowns for both. */
function writeIndicators(plan: SheetPlan, rows: IndicatorRows, levels: LevelSet): void {
  const header = ROW.indicatorHeader;
  INDICATOR_HEADER.forEach((label, i) => plan.write(`${'ABCDEFGH'[i]}${header}`, label));
  plan.rowHeight(header, HEIGHT.header);

  let row = ROW.firstIndicator;
  for (const level of rows) {
    plan.write(`A${row}:A${row + countRows([level]) - 1}`, level.level1);
    for (const { name, rows: count } of level.level2) {
      plan.write(`B${row}:B${row + count - 1}`, name);
      for (let i = 0; i < count; i++, row++) {
        // Text, so that a target typed as `=100(%)` stays what the person wrote, not a formula.
        plan.write(`D${row}`, null, TEXT); // 年度指标值
        plan.write(`E${row}`, null, TEXT); // 实际完成值
        plan.write(`F${row}`, null, NUMBER); // 分值
        plan.write(`G${row}`, null, NUMBER); // 得分
        // 偏差原因分析 in H: one cell, which the row grows to fit.
      }
    }
  }
  const last = row - 1;
  // 三级指标 and 偏差原因分析 are sentences: left-aligned reads better.
  plan.style(`C${ROW.firstIndicator}:C${last}`, { horizontal: 'left' });
  plan.style(`H${ROW.firstIndicator}:H${last}`, { horizontal: 'left' });
  plan.validation(
    `A${ROW.firstIndicator}:A${last}`,
    levels.map((level) => level.level1),
  );
  plan.validation(
    `B${ROW.firstIndicator}:B${last}`,
    levels.flatMap((level) => level.level2),
  );
}

/** 总分 (分值 and 得分 left for Recalculate) and 评分等级. */
function writeTotals(plan: SheetPlan, totalRow: number, gradeRow: number): void {
  plan.write(`A${totalRow}:E${totalRow}`, TOTAL);
  plan.write(`F${totalRow}`, null, NUMBER);
  plan.write(`G${totalRow}`, null, NUMBER);
  plan.write(`A${gradeRow}:B${gradeRow}`, GRADE);
  plan.merge(`C${gradeRow}:${LAST}${gradeRow}`);
  plan.rowHeight(totalRow, HEIGHT.line);
  plan.rowHeight(gradeRow, HEIGHT.line);
}
