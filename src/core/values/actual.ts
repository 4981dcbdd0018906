// 实际完成值 (actual): a quantity, a date, or a statement of outcome. See domain.md §2.

import { parseDate, type DayDate } from './date';
import { isErrorValue } from './number';
import { parseQuantity, parseTarget, type Quantity, type Target } from './target';
import { halfWidth, squash } from './label-key';

/** Outcome of a row: 达成 / 部分达成 / 未达成, 逾期 (a deadline missed, 时效指标), or an answer
 * that negates completion in its own words (`未达标`, `延期完成`, `无法完成`): below the 分值,
 * by how much a person judges. */
export type Outcome = 'achieved' | 'partial' | 'notAchieved' | 'late' | 'negated';

export type Actual =
  | { kind: 'empty' }
  /** `writtenIn`: the unit the cell wrote it in, when it was converted into the target's
   * (1.2 万人次 answering ≥10000 人次 is 12000 人次). */
  | ({ kind: 'quantity'; writtenIn?: string } & Quantity)
  /** A date (a date cell, or `2024年6月28日` written out): answers a deadline. */
  | { kind: 'date'; date: DayDate }
  | { kind: 'outcome'; outcome: Exclude<Outcome, 'late'>; text: string }
  /** Text nothing here settles: a person must score it. */
  | { kind: 'words'; text: string }
  /** An error value (`#DIV/0!`, `#N/A`): the formula behind it failed. */
  | { kind: 'unreadable'; text: string };

/** What a date may be followed by in an actual: 完成, 前完成, 已完成. */
const DATE_REST = /^(前|之前|已)?(完成|办结|上线|验收|完成交付)?$/;

// 部分达成年度指标并具有一定效果; 基本(按时)完成 / 基本达标 / 基本符合要求 say as much
const PARTIAL = /部分(达成|完成|实现)|基本上?(按时|按期|如期)?(达成|完成|实现|达标|达到|符合|合格|到位|落实)/;
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
// Words that, right before the target's own word, say it was met only in part or in degree.
const HEDGES = ['基本', '大体', '大致', '初步', '较为', '比较', '较', '相对'];

// Negations of completion (domain.md §2: achieved "unless the text negates"). A negator, perhaps
// 能 / 按时 / 全部 …, then a word of completion, ending its clause: 未达标, 考核不合格, 不及时,
// 未能按时完成, 无法完成. Ending the clause keeps a measure (不合格率为0) for a person.
const NEGATOR = '(?:未能|未|没能|没有|没|不能|不|无法|尚未)';
const FILLER = '(?:能|够|全部|全面|完全|按时|按期|如期|及时)?';
const COMPLETION = '(?:完成|达标|达到|达成|实现|合格|符合|通过|有效|满意|及时|按时|按期|如期|到位|落实)';
// An effect said to fall short: 效果不明显, 成效不够显著 (副作用不明显 is no failure).
const WEAK_EFFECT = /(效果|成效|效益|成果)(不|未|不够|尚不)(明显|显著|理想|突出)/;
// What may follow: the thing not met (未达到预期, 不符合要求), and a closing bracket of a note
// after a number (95%（未达到预期）).
const COMPLETED = '(?:完成|交付|验收|办结|预期|目标|要求|标准|计划|预期目标|预期效果)?[)）]?';
const NEGATED_COMPLETION = new RegExp(`^(.*?)(?:${NEGATOR}${FILLER}${COMPLETION}|无效|失败)${COMPLETED}$`);
// Short of a number: 不足90%, 未满 3 次.
const SHORT_OF = /^(不足|未满|未达)\s*\d/;
// Lateness said outright: 延期完成, 进度滞后, 逾期 (延期率 is a measure).
const LATENESS = /^(.*?)(?:延期|滞后|逾期|延迟|推迟|超期)(?!率|数)/;
// The target's own words negated: 未提升 for 提升, 未建立 for 建立健全.
const NEGATED_TARGET = new RegExp(`^(.*?)${NEGATOR}${FILLER}(.{2,})$`);
// Any negating character: a negation after another (无不合格, 未出现延期) is for a person.
const NEGATING = /[未没不无非否]/;

/** Whether a clause of `s` says the target was not (or not on time) met; `targetText` is the
 * target's words, '' for other targets. */
function negatesCompletion(s: string, targetText: string): boolean {
  // 否 (不是) answering 是: a yes-or-no target plainly not met.
  if (targetText === '是' && (s === '否' || s === '不是')) return true;
  return s.split(/[，,；;。、（(]/).some((clause) => {
    const plain = (m: RegExpExecArray | null) => !!m && !NEGATING.test(m[1]);
    if (plain(NEGATED_COMPLETION.exec(clause)) || plain(LATENESS.exec(clause))) return true;
    if (WEAK_EFFECT.test(clause)) return true;
    // A target that negates itself (无重大安全事故) is answered by negations (未发生).
    const own = NEGATED_TARGET.exec(clause);
    return !!targetText && !NEGATING.test(targetText) && plain(own) && targetText.includes(own![2]);
  });
}

/**
 * Reads an actual from its cell: `fromCell` is what a numeric cell holds (its displayed number,
 * or the day a date cell holds); text is read by the grammar of domain.md §2.
 */
export function parseActual(text: string, target: Target, fromCell?: Quantity | { date: DayDate }): Actual {
  if (fromCell && 'date' in fromCell) return { kind: 'date', date: fromCell.date };
  if (fromCell) return { kind: 'quantity', ...fromCell };
  const s = squash(halfWidth(text));
  if (!s) return { kind: 'empty' };
  if (isErrorValue(s)) return { kind: 'unreadable', text: s };
  const compact = s.includes(' ') ? s.replace(/\s+/g, '') : s;
  const date = parseDate(compact);
  if (date && DATE_REST.test(compact.slice(date.length))) return { kind: 'date', date: date.date };
  const numeric = target.kind === 'quantity' || target.kind === 'range';
  // An actual written with the target's operator (`≥12期` answering `≥12期`, `98%以上`) states
  // its number.
  const stated = numeric ? parseTarget(s) : null;
  if (stated?.kind === 'quantity') return { kind: 'quantity', value: stated.value, unit: stated.unit };
  const q = parseQuantity(s, false);
  // A bare number answering a deadline (45473, a date's serial typed as text) is a number too:
  // the rules ask for a date then, never read it as a description.
  if (q && (numeric || q.unit === '%' || (target.kind === 'deadline' && !q.unit)))
    return { kind: 'quantity', ...q };
  const outcome = readOutcome(s, target);
  if (outcome) return { kind: 'outcome', outcome, text: squash(text) };
  return { kind: 'words', text: squash(text) };
}

/** The outcome a text states, or null when a person must judge. */
export function readOutcome(text: string, target: Target): Exclude<Outcome, 'late'> | null {
  const s = text.replace(/\s+/g, '').replace(/[。.!！]$/, '');
  const targetText = target.kind === 'words' ? target.text.replace(/\s+/g, '') : '';
  if (PARTIAL.test(s)) return 'partial';
  if (NOT_ACHIEVED.test(s)) return 'notAchieved';
  if (ACHIEVED.test(s)) return 'achieved';
  // The target's own words answer it (及时 for 及时), even when they hold a negation (无事故).
  if (targetText && s === targetText) return 'achieved';
  // A negated word of completion is never full marks: a person scores it below the 分值. So is
  // falling short of a number (不足90%) where more is better (不足3% under ≤5% meets it).
  if (negatesCompletion(s, targetText)) return 'negated';
  const moreIsBetter =
    target.kind === 'range' ||
    (target.kind === 'quantity' && target.direction !== 'lower' && !target.value.isZero());
  if (SHORT_OF.test(s) && moreIsBetter) return 'negated';
  // Any other negation (未收到投诉, 无不合格) is for a person to read: never guess its outcome.
  const negation = NEGATION.exec(s);
  if (negation && !targetText.includes(negation[0])) return null;
  if (COMPLETION_WORDS.has(s)) return 'achieved';
  // The target's word hedged (基本满意 for 满意, 较高 for 高) says less than it: for a person.
  if (targetText && HEDGES.some((h) => s.includes(h + targetText))) return null;
  // A part of the target (合格 for 考核合格, 完善 for 建立完善) or the target inside (有所提升 for 提升).
  if (targetText && s.length >= 2 && (targetText.includes(s) || s.includes(targetText))) return 'achieved';
  return null;
}
