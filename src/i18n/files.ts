// The command line's and the offline page's messages: every message, and the words for files,
// folders, batches and usage (FileMessages) that only they show. Kept out of i18n/index.ts so that
// the add-ins' bundles (the ribbon commands' is loaded on every click) do not carry them.

import { enFiles } from './en';
import { messages, type FrontEnd, type Lang, type Messages } from './index';
import { zhCNFiles, type FileMessages } from './zh-CN';

/** Every message, the command line's and the page's words included. */
export type WithFiles = Messages & FileMessages;

const cache = new Map<string, WithFiles>();

/** The messages of `lang` as `frontEnd` says them (see messages()), with the words for files. */
export function fileMessages(lang: Lang, frontEnd: FrontEnd = 'cli'): WithFiles {
  const key = `${lang} ${frontEnd}`;
  let found = cache.get(key);
  if (!found)
    cache.set(key, (found = { ...messages(lang, frontEnd), ...(lang === 'en' ? enFiles : zhCNFiles) }));
  return found;
}
