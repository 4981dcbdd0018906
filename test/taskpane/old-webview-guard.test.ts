// The pane's old-webview guard is ES5, as Internet Explorer 11 reads it: the script webpack
// inlines in taskpane.html (guard + words) parses as ES5 and says what to use in both languages.
// What it does in a browser: test/e2e/old-office.test.ts.

import { parse } from 'acorn';
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const text = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'src', 'i18n', 'old-webview.json'), 'utf8'),
) as Record<'zh-CN' | 'en', Record<string, string>>;

interface HtmlPluginLike {
  userOptions?: { filename?: string; templateParameters?: { oldWebviewGuard?: string } };
}

/** The script webpack.config.js inlines in taskpane.html. */
function inlinedGuard(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.config.js')) as (
    env: object,
    argv: object,
  ) => { plugins: HtmlPluginLike[] };
  const pane = config({}, { mode: 'production' }).plugins.find(
    (p) => p.userOptions?.filename === 'taskpane.html',
  );
  const script = pane?.userOptions?.templateParameters?.oldWebviewGuard;
  if (!script) throw new Error('taskpane.html gets no oldWebviewGuard');
  return script;
}

describe('the old-webview guard', () => {
  it('is ES5 as inlined in taskpane.html, words included', () => {
    const script = inlinedGuard();
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
    expect(script).not.toContain('(OLD_WEBVIEW_TEXT)');
    expect(script).toContain(JSON.stringify(text['zh-CN'].instead));
    expect(script).not.toMatch(/<\/script/i);
  });

  it('would be caught were it not ES5', () => {
    // The check itself can fail: the bundle's syntax is rejected at ecmaVersion 5.
    expect(() => parse('var f = () => 1;', { ecmaVersion: 5 })).toThrow();
  });

  it('names the offline page and the command line in Chinese and English', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(Object.keys(text[lang]).sort()).toEqual(Object.keys(text['zh-CN']).sort());
      expect(text[lang].instead).toContain('selfeval.html');
      expect(text[lang].cli).toContain('selfeval check');
    }
    expect(text['zh-CN'].instead).toMatch(/离线页面/);
  });
});
