// A validation rule as a declared unit: its stable code, its Chinese label, its severity, what it
// means (the README's issue table) and, for the rules validate runs, its check. Every rule is in
// the one list rules/index.ts; the issue codes, their messages and the README's table follow from it.

import type { Severity } from '../model/issue';
import type { FormEval, IndicatorEval } from '../score/evaluate';
import type { IssueList } from './issue-list';

/** A rule's declaration: what the README's issue table shows. */
export interface Declared<Code extends string = string> {
  readonly code: Code;
  /** 中文: the rule's Chinese name, the word to search for. */
  readonly label: string;
  readonly severity: Severity;
  /** One line for the README's table. */
  readonly meaning: string;
}

/** One step of validation: it looks at a form or at one indicator row and adds what it finds. */
export interface Check<Subject> {
  check(subject: Subject, out: IssueList): void;
}

/** A rule with its check: it raises its own code (with its declared severity). */
export type Rule<Code extends string, Subject> = Declared<Code> & Check<Subject>;

/** A code raised outside validate (a sheet without a form, from-targets' proposals). */
export const declared = <const Code extends string>(rule: Declared<Code>): Declared<Code> => rule;

/** A rule checked once per form. */
export const formRule = <const Code extends string>(rule: Rule<Code, FormEval>): Rule<Code, FormEval> => rule;

/** A rule checked on each indicator row, row after row. */
export const rowRule = <const Code extends string>(
  rule: Rule<Code, IndicatorEval>,
): Rule<Code, IndicatorEval> => rule;
