// The offline page's entry: English when the address asks for it (selfeval.html#en), else the
// language last chosen on the page, else Chinese.

import { createRoot } from 'react-dom/client';
import { chosenLang } from './chosen-lang';
import { PageApp } from './PageApp';

const root = document.getElementById('root');
const lang = /^#en\b/.test(location.hash) ? 'en' : (chosenLang() ?? 'zh-CN');
if (root) createRoot(root).render(<PageApp initialLang={lang} />);
