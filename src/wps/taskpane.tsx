// The task pane in WPS: the same React pane as in Excel, with the WPS operations behind it.

import { createRoot } from 'react-dom/client';
import { wpsOperations } from '../hosts/wps/operations';
import { langFromDisplayLanguage, messages } from '../i18n';
import { App } from '../taskpane/App';
import type { WorkbookOperations } from '../taskpane/operations';
import { pageHost } from './host';

const operations: WorkbookOperations = wpsOperations(pageHost);
const lang = langFromDisplayLanguage(pageHost.displayLanguage());
document.documentElement.lang = lang;
const root = document.getElementById('root');
if (root) createRoot(root).render(<App messages={messages(lang)} operations={operations} />);
