// The pane's messages (zh-CN or en, chosen once from Office's display language).

import { createContext, useContext } from 'react';
import { messages, type Messages } from '../i18n';

export const MessagesContext = createContext<Messages>(messages('zh-CN'));

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
