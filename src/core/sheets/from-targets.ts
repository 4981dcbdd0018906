// fromTargets(): a 自评表 made from a 目标申报表: the standard template sized to the declared
// indicators, with project, 主管部门, 实施单位, year, the declared funds as 年初预算数 and
// 全年预算数 (converted between 元 and 万元 when the form's unit differs), 年度总体目标 as
// 预期目标, every 三级指标 with its 年度指标值, and proposed 分值 (weights.ts), each flagged with a
// PROPOSED_WEIGHT issue. Actuals, 全年执行数 and 实际完成情况 are left for the user.
// The cells to fill are found in the template by its labels, as check() will read them.

import { applyToGrid } from '../plan/apply-to-grid';
import type { Change, ChangeSet } from '../model/change-set';
import { recogniseDeclarations, type Declaration } from '../recognise/declaration';
import { declaredFunds, type DeclaredFundsRow } from '../recognise/declaration-labels';
import { fixed2 } from '../values/decimal';
import { convertAmount, type FundUnit } from '../values/fund-unit';
import { address, emptyGrid, parseArea, type Grid } from '../model/grid';
import type { Issue } from '../model/issue';
import { format, messages } from '../../i18n';
import { fundsHeader, indicatorHeader } from '../recognise/labels';
import { findLabel, headerColumns } from '../recognise/find';
import { recognise } from '../recognise/self-evaluation';
import { withDefaults, type Settings } from '../model/settings';
import { SheetView, type Cell } from '../model/sheet-view';
import { template, uniqueSheetName } from './template';
import type { IndicatorRows } from './template-rows';
import { proposeWeights } from './weights';

export interface FromTargetsOptions {
  /** 项目资金 unit of the new form (default 万元, as the 2023 city-level forms print it). */
  fundUnit?: FundUnit;
  settings?: Partial<Settings>;
}

/** One new 自评表: the sheet it goes on, the changes that build it, the weights it proposes. */
export interface FilledForm {
  sheet: string;
  changes: ChangeSet;
  issues: Issue[];
}

/** Amounts may carry four decimals after 元 → 万元; show them all rather than a rounded amount. */
const AMOUNT = '0.00##';
const WEIGHT = '0.00';
/** Targets are text: '=100(%)' must not become a formula. */
const TEXT = '@';

/** Consecutive rows with the same 一级 / 二级指标 share a merged label, as the forms print them. */
function indicatorRows(declaration: Declaration): IndicatorRows {
  const rows: { level1: string; level2: { name: string; rows: number }[] }[] = [];
  for (const { level1, level2 } of declaration.indicators) {
    let group = rows[rows.length - 1];
    if (!group || group.level1 !== level1) rows.push((group = { level1, level2: [] }));
    const last = group.level2[group.level2.length - 1];
    if (last && last.name === level2) last.rows++;
    else group.level2.push({ name: level2, rows: 1 });
  }
  return rows;
}

/** The 2024 set (成本指标 first) for 2024 forms on, or whenever 成本指标 is a 一级指标. */
function levelSetOf(declaration: Declaration): '2024' | '2023' {
  const year = Number(declaration.year);
  const costFirst = declaration.indicators.some((i) => i.level1 === '成本指标');
  return costFirst || !year || year >= 2024 ? '2024' : '2023';
}

/** The template as a Grid, so that the recogniser finds its cells. */
function gridOf(sheet: string, changes: ChangeSet): Grid {
  const merges = changes.flatMap((c) => (c.kind === 'merge' ? [parseArea(c.range)] : []));
  return { ...applyToGrid(emptyGrid(sheet), changes), merges };
}

/** Where the declaration's values go in the template. */
function cellsOf(grid: Grid) {
  const view = new SheetView(grid);
  const [form] = recognise(view);
  const funds = form.funds!;
  const initial = findLabel(view, form.first, funds.row, fundsHeader.initial);
  const fundRow = (row: DeclaredFundsRow) =>
    row === 'total' ? funds.row : findLabel(view, funds.row + 1, funds.row + 4, declaredFunds[row])?.row;
  let header = form.first;
  while (headerColumns(view, header, indicatorHeader).weight === undefined) {
    if (++header >= view.rows) throw new Error('the template has no indicator header');
  }
  const columns = headerColumns(view, header, indicatorHeader);
  const indicator = (i: number, col: number | undefined): Cell => ({ row: header + 1 + i, col: col! });
  return { form, initialCol: initial?.col, budgetedCol: funds.budgeted!.col, fundRow, columns, indicator };
}

export function fromTargets(
  declaration: Declaration,
  sheet: string,
  options: FromTargetsOptions = {},
): FilledForm {
  const settings = withDefaults(options.settings);
  const unit = options.fundUnit ?? '万元';
  const rows = indicatorRows(declaration);
  const layout = template(sheet, {
    levelSet: levelSetOf(declaration),
    year: declaration.year || undefined,
    fundUnit: unit,
    ...(rows.length ? { indicatorRows: rows } : {}),
  });
  const { form, initialCol, budgetedCol, fundRow, columns, indicator } = cellsOf(gridOf(sheet, layout));
  const values: Change[] = [];
  const write = (cell: Cell | null | undefined, value: string | number, format?: string) => {
    if (!cell || value === '') return;
    values.push({
      kind: 'value',
      sheet,
      cell: address(cell.row, cell.col),
      value,
      ...(format ? { format } : {}),
    });
  };

  write(form.projectName.cell, declaration.projectName);
  write(form.department.cell, declaration.department);
  write(form.implementer.cell, declaration.implementer);
  write(form.expectedGoal.cell, declaration.annualGoal || declaration.overallGoal);
  for (const row of Object.keys(declaredFunds) as DeclaredFundsRow[]) {
    const amount = declaration.funds[row];
    const at = fundRow(row);
    if (!amount || at === undefined) continue;
    const value = convertAmount(amount, declaration.fundUnit, unit).toNumber();
    if (initialCol !== undefined) write({ row: at, col: initialCol }, value, AMOUNT);
    write({ row: at, col: budgetedCol }, value, AMOUNT);
  }

  const m = messages(settings.lang);
  const issues: Issue[] = [];
  const weights = proposeWeights(declaration.indicators);
  declaration.indicators.forEach((declared, i) => {
    write(indicator(i, columns.name), declared.name);
    write(indicator(i, columns.target), declared.target, TEXT);
    const weight = indicator(i, columns.weight);
    write(weight, weights[i].toNumber(), WEIGHT);
    issues.push({
      code: 'PROPOSED_WEIGHT',
      severity: 'info',
      sheet,
      cell: address(weight.row, weight.col),
      message: format(m.issue.PROPOSED_WEIGHT, { weight: fixed2(weights[i]) }),
    });
  });
  return { sheet, changes: [...layout, ...values], issues };
}

const FORM_SUFFIX = ' 自评表';
const MAX_SHEET_NAME = 31;

/**
 * A sheet name from a project name: without the characters Excel forbids, unique, ≤ 31
 * characters. When the name is taken (the declaration's own sheet, in the open workbook) the form
 * is called '… 自评表' rather than a copy-like '… (2)'.
 */
export function sheetNameFor(projectName: string, existing: string[]): string {
  const name = projectName
    .replace(/[\\/?*[\]:]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (!name) return uniqueSheetName(existing);
  const plain = uniqueSheetName(existing, name);
  if (plain === name.slice(0, MAX_SHEET_NAME)) return plain;
  return uniqueSheetName(existing, name.slice(0, MAX_SHEET_NAME - FORM_SUFFIX.length) + FORM_SUFFIX);
}

export interface FromTargetsResult {
  declarations: Declaration[];
  forms: FilledForm[];
  /** Every form's changes, in order, for one batch. */
  changes: ChangeSet;
  issues: Issue[];
}

/** A 自评表 for every 目标申报表 on the given sheets, each on a new sheet named after its project. */
export function fromTargetsWorkbook(
  grids: Grid[],
  existingSheets: string[],
  options: FromTargetsOptions = {},
): FromTargetsResult {
  const declarations = grids.flatMap((g) => recogniseDeclarations(new SheetView(g)));
  const taken = [...existingSheets];
  const forms = declarations.map((d) => {
    const sheet = sheetNameFor(d.projectName, taken);
    taken.push(sheet);
    return fromTargets(d, sheet, options);
  });
  return {
    declarations,
    forms,
    changes: forms.flatMap((f) => f.changes),
    issues: forms.flatMap((f) => f.issues),
  };
}
