// Form: where each field of one recognised 自评表 sits. Cells are absolute 0-based positions;
// what they hold is read through SheetView when scoring and checking.

import type { Cell } from './sheet-view';

/** A labelled text field (项目名称 …): the cell its value belongs in, and what it shows. */
export interface TextField {
  cell: Cell | null;
  text: string;
}

/** A sub-row of the funds block (其中：当年财政拨款, 上年结转资金, 其他资金): 执行率 only. */
export interface FundsSubRow {
  row: number;
  label: string;
  initial: Cell | null; // 年初预算数
  budgeted: Cell | null;
  executed: Cell | null;
  rate: Cell | null;
}

/** 年度资金总额 row of the funds block (项目资金). */
export interface FundsBlock {
  row: number;
  subRows: FundsSubRow[];
  initial: Cell | null; // 年初预算数
  budgeted: Cell | null; // 全年预算数
  executed: Cell | null; // 全年执行数
  weight: Cell | null; // 分数
  rate: Cell | null; // 执行率
  score: Cell | null; // 得分
}

/** One 三级指标 row. */
export interface IndicatorRow {
  row: number;
  level1: string; // 一级指标
  level2: string; // 二级指标
  name: Cell; // 三级指标
  /** 年度指标值; null where the header has no such column (INDICATOR_COLUMN_MISSING). */
  target: Cell | null;
  /** 实际完成值; null where the header has no such column. */
  actual: Cell | null;
  weight: Cell; // 分值
  score: Cell; // 得分
  reason: Cell | null; // 偏差原因分析及改进措施
}

/** A group subtotal row (小计, 合计, 分项合计) inside the indicator block: no indicator, never in
 * Σ 分值; its 得分 is the sum of the rows it covers, a computed cell. */
export interface SubtotalRow {
  row: number;
  /** The 一级指标 the row names in its 一级 cell ('' when it names none). */
  group: string;
  /** Indexes into Form.indicators of the rows it covers: the group it names, else those since
   * the previous subtotal (or the block's start). */
  covers: number[];
  weight: Cell; // 分值
  score: Cell; // 得分
}

export interface Form {
  sheet: string;
  title: string;
  year: string;
  first: number;
  last: number;
  /** The band of columns of a form laid side by side with others (0-based, inclusive); absent when
   * the form has its rows to itself. */
  columns?: { first: number; last: number };
  fundUnit: string;
  projectName: TextField;
  department: TextField;
  implementer: TextField;
  expectedGoal: TextField; // 预期目标
  actualGoal: TextField; // 实际完成情况
  funds: FundsBlock | null;
  indicators: IndicatorRow[];
  /** Group subtotal rows among the indicators, top to bottom. */
  subtotals: SubtotalRow[];
  /** 总分 row: its 分值 and 得分 cells. */
  total: { row: number; weight: Cell; score: Cell } | null;
  /** 评分等级 value cell. */
  grade: Cell | null;
  /** 得分 cells merged over more than one indicator: a structural error, never written. */
  mergedScores: Cell[];
  /** Parts the form lacks (domain.md §1): the funds block (项目资金 with its 全年预算数 and
   * 全年执行数), its 执行率 or 得分 column, the 总分 row, the 评分等级 or the indicators'
   * 偏差原因分析 column; each with the cell an
   * issue points at (where the part would stand). */
  missingParts: { part: MissingPart; cell: Cell }[];
}

export type MissingPart =
  'funds' | 'fundsRate' | 'fundsScore' | 'total' | 'grade' | 'reason' | 'target' | 'actual';
