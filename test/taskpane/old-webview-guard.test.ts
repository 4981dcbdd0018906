// The old-webview guard is ES5, as Internet Explorer 11 reads it: the script webpack inlines in
// taskpane.html and commands.html (guard + words) parses as ES5 and says what to use in both
// languages. In the function file of an old webview it turns each ribbon button into a dialog of
// the pane's notice (run here in a bare VM with a fake Office, as IE11 has no Node); what it does
// in the pane: test/e2e/old-office.test.ts, in Chromium.

import { parse } from 'acorn';
import fs from 'fs';
import path from 'path';
import vm from 'vm';

const ROOT = path.join(__dirname, '..', '..');
const text = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'src', 'i18n', 'old-webview.json'), 'utf8'),
) as Record<'zh-CN' | 'en', Record<string, string>>;

interface HtmlPluginLike {
  userOptions?: { filename?: string; templateParameters?: { oldWebviewGuard?: string } };
}

/** The script webpack.config.js inlines in taskpane.html (and commands.html). */
function inlinedGuard(page = 'taskpane.html'): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.config.js')) as (
    env: object,
    argv: object,
  ) => { plugins: HtmlPluginLike[] };
  const html = config({}, { mode: 'production' }).plugins.find((p) => p.userOptions?.filename === page);
  const script = html?.userOptions?.templateParameters?.oldWebviewGuard;
  if (!script) throw new Error(`${page} gets no oldWebviewGuard`);
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

  it('is what commands.html inlines too', () => {
    expect(inlinedGuard('commands.html')).toBe(inlinedGuard());
  });
});

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const CHROMIUM =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

type Handler = () => void;

/** The function file (commands.html: no #root) in a bare VM as `userAgent`, with a fake Office. */
function functionFile(userAgent: string) {
  const opened: string[] = [];
  const closers: Handler[] = [];
  const window: Record<string, unknown> = {
    location: { href: 'https://addin.example/selfeval/commands.html?_host_Info=Excel' },
    fetch: () => undefined,
  };
  const Office = {
    EventType: { DialogEventReceived: 'dialogEventReceived' },
    context: {
      ui: {
        displayDialogAsync(url: string, _options: object, callback: (result: object) => void) {
          opened.push(url);
          const dialog = { addEventHandler: (_type: string, handler: Handler) => closers.push(handler) };
          callback({ status: 'succeeded', value: dialog });
        },
      },
    },
  };
  const document = { getElementById: () => null };
  vm.runInNewContext(inlinedGuard('commands.html'), { window, document, navigator: { userAgent }, Office });
  return { window, opened, closers };
}

describe('the guard in the ribbon’s function file', () => {
  it('in IE11 makes each button open the pane’s notice, completing when it is closed', () => {
    const page = functionFile(IE11);
    expect(page.window.selfevalGuard).toBe('oldWebview');
    for (const name of ['recalculate', 'validate', 'insertTemplate']) {
      let completed = 0;
      (page.window[name] as (event: { completed(): void }) => void)({ completed: () => void completed++ });
      expect(page.opened[page.opened.length - 1]).toBe('https://addin.example/selfeval/taskpane.html');
      expect(completed).toBe(0);
      page.closers[page.closers.length - 1]();
      expect(completed).toBe(1);
    }
  });

  it('in a current webview leaves the buttons to the bundle', () => {
    const page = functionFile(CHROMIUM);
    expect(page.window.selfevalGuard).toBeUndefined();
    expect(page.window.recalculate).toBeUndefined();
  });
});
