// The offline page's entry: Chinese unless the address asks for English (selfeval.html#en).

import { createRoot } from 'react-dom/client';
import { PageApp } from './PageApp';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PageApp initialLang={/^#en\b/.test(location.hash) ? 'en' : 'zh-CN'} />);
