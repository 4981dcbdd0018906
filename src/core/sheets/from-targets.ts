// fromTargets(): a 自评表 made from a 目标申报表: the standard template sized to the declared
// indicators, with project, 主管部门, 实施单位, year, the declared funds as 年初预算数 and
// 全年预算数 (converted between 元 and 万元 when the form's unit differs), 年度总体目标 as
// 预期目标, every 三级指标 with its 年度指标值, and proposed 分值 (weights.ts), each flagged with a
// PROPOSED_WEIGHT issue. Actuals, 全年执行数 and 实际完成情况 are left for the user.
// The cells to fill are the template's own (layOutTemplate), never recognised back.

import type { Change, ChangeSet } from '../model/change-set';
import type { Form, TextField } from '../model/form';
import { address, type Grid } from '../model/grid';
import type { Issue } from '../model/issue';
import { SheetView, type Cell } from '../model/sheet-view';
import type { LevelSetYear } from '../model/vocabulary';
import { recogniseDeclarations, type Declaration } from '../recognise/declaration';
import { declaredFunds, type DeclaredFundsRow } from '../recognise/declaration-labels';
import { Decimal, fixed2 } from '../values/decimal';
import { convertAmount, type FundUnit } from '../values/fund-unit';
import { format, messages, type Messages } from '../../i18n';
import { MAX_SHEET_NAME } from './sheet-name';
import { FUNDS_WEIGHT } from './template-labels';
import { layOutTemplate, uniqueSheetName } from './template';
import type { IndicatorRows } from './template-rows';
import { proposedSplit, proposeWeights, type WeightGroup } from './weights';

export interface FromTargetsOptions {
  /** 项目资金 unit of the new form (default 万元, as the 2023 city-level forms print it). */
  fundUnit?: FundUnit;
  /** The language of the issues it adds (default Chinese). */
  messages?: Messages;
}

/** One new 自评表: the sheet it goes on, the changes that build it, the weights it proposes. */
export interface FilledForm {
  sheet: string;
  /** The 目标申报表 it was made from. */
  declaration: Declaration;
  changes: ChangeSet;
  issues: Issue[];
  /** The form as check() will recognise it on the new sheet. */
  form: Form;
  /** The points the proposed weights give each group present (产出 50, 效益 30, 满意度 10 when
   * all are there). */
  split: { group: WeightGroup; points: Decimal }[];
  /** The unit its amounts were taken to be in, when the declaration prints amounts and names no
   * unit (they are copied as they stand): the user is told, since 5,787,100 may be 元 as well as
   * 万元. */
  assumedUnit: FundUnit | null;
  /** Indicators the declaration gives no 三级指标 name: its row (1-based) and the new form's
   * name cell, left empty for the user to fill. */
  unnamed: { row: number; cell: string }[];
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
function levelSetOf(declaration: Declaration): LevelSetYear {
  const year = Number(declaration.year);
  const costFirst = declaration.indicators.some((i) => i.level1 === '成本指标');
  return costFirst || !year || year >= 2024 ? '2024' : '2023';
}

export function fromTargets(
  declaration: Declaration,
  sheet: string,
  options: FromTargetsOptions = {},
): FilledForm {
  const m = options.messages ?? messages('zh-CN');
  const unit = options.fundUnit ?? '万元';
  const rows = indicatorRows(declaration);
  const layout = layOutTemplate(sheet, {
    levelSet: levelSetOf(declaration),
    year: declaration.year || undefined,
    fundUnit: unit,
    ...(rows.length ? { indicatorRows: rows } : {}),
  });
  const blank = layout.form;
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
  const field = (f: TextField, text: string): TextField => {
    write(f.cell, text);
    return { cell: f.cell, text: text.trim() };
  };

  const form: Form = {
    ...blank,
    projectName: field(blank.projectName, declaration.projectName),
    department: field(blank.department, declaration.department),
    implementer: field(blank.implementer, declaration.implementer),
    expectedGoal: field(blank.expectedGoal, declaration.annualGoal || declaration.overallGoal),
  };
  const funds = blank.funds!;
  // Amounts of a declaration that names no unit are taken as they stand, in the form's unit
  // (and said so, when there are any).
  const from = declaration.fundUnit ?? unit;
  const amounts = Object.values(declaration.funds).some((amount) => amount !== null);
  const assumedUnit = declaration.fundUnit || !amounts ? null : unit;
  for (const row of Object.keys(declaredFunds) as DeclaredFundsRow[]) {
    const amount = declaration.funds[row];
    const at = row === 'total' ? funds : funds.subRows.find((sub) => declaredFunds[row](sub.label));
    if (!amount || !at) continue;
    const value = convertAmount(amount, from, unit).toNumber();
    write(at.initial, value, AMOUNT);
    write(at.budgeted, value, AMOUNT);
  }

  const issues: Issue[] = [];
  const unnamed: FilledForm['unnamed'] = [];
  const weights = proposeWeights(declaration.indicators);
  declaration.indicators.forEach((declared, i) => {
    const row = layout.rows[i];
    write(row.name, declared.name);
    if (!declared.name.trim())
      unnamed.push({ row: declared.row + 1, cell: address(row.name.row, row.name.col) });
    write(row.target, declared.target, TEXT);
    write(row.weight, weights[i].toNumber(), WEIGHT);
    issues.push({
      code: 'PROPOSED_WEIGHT',
      severity: 'info',
      sheet,
      cell: address(row.weight.row, row.weight.col),
      message: format(m.issue.PROPOSED_WEIGHT, { weight: fixed2(weights[i]) }),
    });
  });
  // Rows with a name or a target are what the recogniser will find.
  // The 总分 分值 follows from the proposed weights: 10 for the budget + Σ 分值 (100).
  if (blank.total && weights.length) {
    const total = weights.reduce((sum, w) => sum.plus(w), new Decimal(FUNDS_WEIGHT));
    write(blank.total.weight, total.toNumber(), WEIGHT);
  }
  form.indicators = layout.rows.filter((_, i) => {
    const d = declaration.indicators[i];
    return d && (d.name.trim() || d.target.trim());
  });
  const split = proposedSplit(declaration.indicators);
  return {
    sheet,
    declaration,
    changes: [...layout.changes, ...values],
    issues,
    form,
    split,
    unnamed,
    assumedUnit,
  };
}

const FORM_SUFFIX = ' 自评表';

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
