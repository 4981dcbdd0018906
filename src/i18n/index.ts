// Picks the messages for a language and fills `{name}` placeholders.

import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export type { Messages };

/** The languages SelfEval speaks: Chinese by default, English by choice. */
export type Lang = 'zh-CN' | 'en';

/**
 * Where a message is read, for what it tells a person to do: the Excel and WPS add-ins have a
 * 重新计算 button, the command line has `selfeval recalc`, the offline page a download.
 */
export type FrontEnd = 'addIn' | 'cli' | 'page';

const byFrontEnd = new Map<string, Messages>();

/** The messages of a language, issue templates' `{recalculate}` and `{replace}` (and the kept
 * formula's, and the 汇总表's note on recalculated figures) said as `frontEnd` does it (the
 * core formats issues with what it is given and never knows which front end asked). */
export function messages(lang: Lang, frontEnd: FrontEnd = 'addIn'): Messages {
  const key = `${lang} ${frontEnd}`;
  let found = byFrontEnd.get(key);
  if (!found) {
    const base = lang === 'en' ? en : zhCN;
    const recalculate = base.recalculateAction[frontEnd];
    const replace = base.replaceFormulaAction[frontEnd];
    const issue = Object.fromEntries(
      Object.entries(base.issue).map(([code, template]) => [
        code,
        template.replace('{recalculate}', recalculate).replace('{replace}', replace),
      ]),
    ) as Messages['issue'];
    const kept = { ...base.kept, formula: base.kept.formula.replace('{replace}', replace) };
    const summary = {
      ...base.summary,
      recalculated: base.summary.recalculated.replace('{recalculate}', recalculate),
    };
    found = { ...base, issue, kept, summary };
    byFrontEnd.set(key, found);
  }
  return found;
}

/** Office's display language ('zh-CN', 'zh-TW', 'en-US', …) → our language. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^zh/i.test(displayLanguage) ? 'zh-CN' : 'en';
}

/** A placeholder: `{name}` is the value; `{name:one|other}` is `one` when the value is 1, else
 * `other` (English plurals: "{forms} {forms:form|forms}"). */
type Part = string | { key: string; written: string; one?: string; other?: string };
const PLACEHOLDER = /(\{\w+(?::[^{}|]*\|[^{}]*)?\})/;
// Templates are few and issues many: each template is split into its parts once.
const compiled = new Map<string, Part[]>();

function partsOf(template: string): Part[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER).map((p, i): Part => {
      if (i % 2 === 0) return p;
      const [key, choice] = p.slice(1, -1).split(/:([\s\S]*)/); // no /s flag: WPS on Linux runs ES2017
      const [one, other] = choice === undefined ? [] : choice.split('|');
      return { key, written: p, one, other };
    });
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders and `{name:one|other}` plural choices; an unknown one stays as
 * written. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  let out = '';
  for (const part of partsOf(template)) {
    if (typeof part === 'string') out += part;
    else if (!(part.key in params)) out += part.written;
    else if (part.one === undefined) out += String(params[part.key]);
    else out += Number(params[part.key]) === 1 ? part.one : part.other;
  }
  return out;
}
