// The outcome dialog's view travels in its URL's hash: DialogApi 1.1 (Office 2019) has no way
// to send the dialog a message (messageChild is 1.2), and a hash never reaches a server. The JSON
// goes as base64url of its UTF-8: a Chinese character costs 4 characters of URL, not 9 as
// percent-encoded, so the URL stays short (test/frontends/dialog-view.test.ts: three problems of 160 Chinese characters, about 2,600 characters of URL).

import type { DialogView } from './dialog-view';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** `page` (https://…/outcome.html) with the view as its hash. */
export function dialogUrl(page: string, view: DialogView): string {
  return `${page}#${toBase64Url(JSON.stringify(view))}`;
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The view in a location.hash; null when there is none or it is not a view. */
export function viewFromHash(hash: string): DialogView | null {
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(hash.replace(/^#/, '')));
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
