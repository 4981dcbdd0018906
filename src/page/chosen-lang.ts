// The language chosen on the page, kept in the browser's storage for this page (localStorage, on
// this computer only) so that a reload or the next opening speaks it.

import type { Lang } from '../i18n';

const KEY = 'selfeval.lang';

/** The language last chosen on the page, or null if none was (or the browser keeps nothing). */
export function chosenLang(): Lang | null {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'en' || stored === 'zh-CN' ? stored : null;
  } catch {
    // Storage turned off for pages opened from disk: the page still works, unremembered.
    return null;
  }
}

/** Remembers `lang` as the page's language; where the browser keeps nothing, nothing is kept. */
export function keepLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // As above: the choice holds until the page is closed.
  }
}
