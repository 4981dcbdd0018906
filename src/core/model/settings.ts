// Settings: what a user may change about how forms are scored, checked and written. They travel
// with the workbook (WorkbookState) so that sender and receiver get the same results. Each stage
// takes only its own part (ScoringSettings, CheckingSettings, PlanningSettings); a resolved
// Settings has them all. The language is no setting of the core: callers pass the messages.

import type { RoundingMode } from '../values/decimal';

export type { RoundingMode };
/** 反向指标 (lower is better): 'linear' = (1 − (actual − target) / target) × w, 'ratio' = target / actual × w. */
export type ReverseRule = 'linear' | 'ratio';

/** How scores and rates are computed (domain.md §3). */
export interface ScoringSettings {
  /** The workbook's one rounding mode for every score and rate. */
  rounding: RoundingMode;
  reverseRule: ReverseRule;
}

/** What validation flags (domain.md §5); it also names the rounding mode in its hints. */
export interface CheckingSettings extends ScoringSettings {
  /** actual ≥ overCompletion × target without an explanation is a warning (超额完成). */
  overCompletion: number;
}

/** What a recalculation may write (domain.md §4). */
export interface PlanningSettings {
  /** Write our score over a typed score (or a formula) that differs from the rule. */
  force: boolean;
}

export interface Settings extends CheckingSettings, PlanningSettings {}

export const defaultSettings: Settings = {
  rounding: 'half-up',
  reverseRule: 'linear',
  overCompletion: 1.2,
  force: false,
};

/** Whether `factor` can be the over-completion threshold: a finite number above 1 (at 1, every
 * target met would be over-completed). The command line, the pane and a stored state agree. */
export function isOverCompletionFactor(factor: unknown): factor is number {
  return typeof factor === 'number' && Number.isFinite(factor) && factor > 1;
}

const ROUNDING: readonly RoundingMode[] = ['half-up', 'down'];
const REVERSE: readonly ReverseRule[] = ['linear', 'ratio'];

/** Only the values a setting can take: a stored state from another version or hand-edited junk
 * falls back to the default instead of reaching the rules. */
function valid(partial: Partial<Settings> | undefined): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (!partial) return out;
  if (ROUNDING.includes(partial.rounding as RoundingMode)) out.rounding = partial.rounding;
  if (REVERSE.includes(partial.reverseRule as ReverseRule)) out.reverseRule = partial.reverseRule;
  if (isOverCompletionFactor(partial.overCompletion)) out.overCompletion = partial.overCompletion;
  if (typeof partial.force === 'boolean') out.force = partial.force;
  return out;
}

/**
 * The over-completion threshold as a person types it: a plain decimal above 1, a decimal comma
 * (1,5) read as the point; null for anything else (0.5, 1, -1, empty, and 1e3, 0x10 or Infinity,
 * which Number() would take). The one rule of `--over-completion` and the settings forms.
 */
export function readOverCompletion(text: string): number | null {
  const plain = text.trim().replace(/^(\d+)[,，](\d+)$/, '$1.$2');
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  const factor = Number(plain);
  return factor > 1 ? factor : null;
}

/**
 * The settings in force: the defaults, then what the workbook stores (`stored`, the state's
 * settings), then what the caller says for this run (`overrides`: command-line options, the pane).
 * The one place they are merged, for every host and front end.
 */
export function resolveSettings(
  stored: Partial<Settings> | undefined,
  overrides?: Partial<Settings>,
): Settings {
  return { ...defaultSettings, ...valid(stored), ...valid(overrides) };
}

/**
 * What the workbook stores after a recalculation under `overrides`: its settings with the run's
 * scoring and checking ones (rounding, 反向指标 rule, over-completion) taken in, since the values
 * written follow them and a later check of the workbook must score it alike. `force` is the run's
 * own (what may be overwritten this time), never stored. Undefined when there is nothing to store.
 */
export function storedAfter(
  stored: Partial<Settings> | undefined,
  overrides?: Partial<Settings>,
): Partial<Settings> | undefined {
  const workbook = valid(overrides);
  delete workbook.force;
  if (!Object.keys(workbook).length) return stored;
  return { ...stored, ...workbook };
}
