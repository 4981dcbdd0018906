// Task pane entry: once Office is ready, render the pane in the user's language (zh-CN when
// Office's display language is Chinese, English otherwise) over the real workbook operations.

import { createRoot } from 'react-dom/client';
import * as operations from '../hosts/excel/operations';
import { langFromDisplayLanguage, messages } from '../i18n';
import { App } from './App';

Office.onReady(() => {
  const lang = langFromDisplayLanguage(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App messages={messages(lang)} operations={operations} />);
});
