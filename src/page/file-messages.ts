// The page's messages with the words for files (i18n/files.ts): PageApp provides them through the
// task pane's messages context, whose type knows only the add-ins' part.

import type { WithFiles } from '../i18n/files';
import { useMessages } from '../taskpane/messages-context';

/** The messages PageApp provides (fileMessages(lang, 'page')). */
export function useFileMessages(): WithFiles {
  return useMessages() as WithFiles;
}
