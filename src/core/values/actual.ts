// 实际完成值 (actual): a quantity, or a statement of outcome. See domain.md §2.

import { parseQuantity, type Quantity, type Target } from './target';
import { halfWidth, squash } from './label-key';

/** Outcome of a qualitative row: 达成 / 部分达成 / 未达成. */
export type Outcome = 'achieved' | 'partial' | 'notAchieved';

export type Actual =
  | { kind: 'empty' }
  | ({ kind: 'quantity' } & Quantity)
  | { kind: 'outcome'; outcome: Outcome; text: string }
  /** Text nothing here settles: a person must score it. */
  | { kind: 'words'; text: string };

// 部分达成年度指标并具有一定效果
const PARTIAL = /部分(达成|完成|实现)|基本(达成|完成|实现)/;
// 未达成年度指标且效果较差
const NOT_ACHIEVED = /^(未|没有|尚未)(达成|完成|实现|达到)/;
// 达成年度指标 / 达成指标 / 达成目标 / 达成预期指标
const ACHIEVED = /^(已|全部|均)?(达成|实现|达到)(年度|预期)?(指标|目标)?(值)?$/;
const COMPLETION_WORDS = new Set([
  '完成',
  '已完成',
  '全部完成',
  '按时完成',
  '按期完成',
  '如期完成',
  '顺利完成',
  '符合要求',
  '符合',
  '合格',
  '达标',
  '已达标',
  '通过',
  '已通过',
  '是',
  '有效',
  '及时',
  '满意',
]);
const NEGATION = /未|没有|不|无法|延期|滞后|否|失败/;

/** Reads an actual from its cell (numeric cells arrive as their displayed number). */
export function parseActual(text: string, target: Target, numeric?: Quantity): Actual {
  if (numeric) return { kind: 'quantity', ...numeric };
  const s = squash(halfWidth(text));
  if (!s) return { kind: 'empty' };
  const q = parseQuantity(s, false);
  if (q && (target.kind === 'quantity' || q.unit === '%')) return { kind: 'quantity', ...q };
  const outcome = readOutcome(s, target);
  if (outcome) return { kind: 'outcome', outcome, text: squash(text) };
  return { kind: 'words', text: squash(text) };
}

/** The outcome a text states, or null when a person must judge. */
export function readOutcome(text: string, target: Target): Outcome | null {
  const s = text.replace(/\s+/g, '').replace(/[。.!！]$/, '');
  const targetText = target.kind === 'words' ? target.text.replace(/\s+/g, '') : '';
  if (PARTIAL.test(s)) return 'partial';
  if (NOT_ACHIEVED.test(s)) return 'notAchieved';
  if (ACHIEVED.test(s)) return 'achieved';
  // The target's own words answer it (及时 for 及时), even when they hold a negation (无事故).
  if (targetText && s === targetText) return 'achieved';
  // A negation (未收到投诉, 延期完成) is for a person to read: never guess its outcome.
  const negation = NEGATION.exec(s);
  if (negation && !targetText.includes(negation[0])) return null;
  if (COMPLETION_WORDS.has(s)) return 'achieved';
  // A part of the target (合格 for 考核合格, 完善 for 建立完善) or the target inside (有所提升 for 提升).
  if (targetText && s.length >= 2 && (targetText.includes(s) || s.includes(targetText))) return 'achieved';
  return null;
}
