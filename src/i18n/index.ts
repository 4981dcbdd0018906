// Picks the messages for a language and fills `{name}` placeholders.

import type { Lang } from '../core/settings';
import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export type { Messages };

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : zhCN;
}

/** Office's display language ('zh-CN', 'zh-TW', 'en-US', …) → our language. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^zh/i.test(displayLanguage) ? 'zh-CN' : 'en';
}

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
