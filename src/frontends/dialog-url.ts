// The outcome dialog's view travels in its URL's hash: DialogApi 1.1 (Office 2019) has no way
// to send the dialog a message (messageChild is 1.2), and the hash never reaches a server.

import type { DialogView } from './dialog-view';

/** `page` (https://…/outcome.html) with the view as its hash. */
export function dialogUrl(page: string, view: DialogView): string {
  return `${page}#${encodeURIComponent(JSON.stringify(view))}`;
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The view in a location.hash; null when there is none or it is not a view. */
export function viewFromHash(hash: string): DialogView | null {
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return null;
  }
  const view = value as Partial<DialogView> | null;
  const ok =
    !!view &&
    typeof view.title === 'string' &&
    typeof view.close === 'string' &&
    strings(view.lines) &&
    strings(view.after) &&
    Array.isArray(view.problems) &&
    view.problems.every((p) => typeof p?.where === 'string' && typeof p?.message === 'string');
  return ok ? (view as DialogView) : null;
}
