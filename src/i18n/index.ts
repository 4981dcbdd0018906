// Picks the messages for a language and fills `{name}` placeholders.

import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export type { Messages };

/** The languages SelfEval speaks: Chinese by default, English by choice. */
export type Lang = 'zh-CN' | 'en';

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : zhCN;
}

/** Office's display language ('zh-CN', 'zh-TW', 'en-US', …) → our language. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^zh/i.test(displayLanguage) ? 'zh-CN' : 'en';
}

type Part = string | { key: string };
// Templates are few and issues many: each template is split into its parts once.
const compiled = new Map<string, Part[]>();

function partsOf(template: string): Part[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/(\{\w+\})/).map((p) => (/^\{\w+\}$/.test(p) ? { key: p.slice(1, -1) } : p));
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; an unknown one stays as written. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  let out = '';
  for (const part of partsOf(template)) {
    if (typeof part === 'string') out += part;
    else out += part.key in params ? String(params[part.key]) : `{${part.key}}`;
  }
  return out;
}
