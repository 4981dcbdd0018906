// The WPS add-in as it ships (npm run build:wps, built here into a temp folder): well-formed
// ribbon.xml and add-in lists, every ribbon callback a global of the bundled main.js, every image
// and page it names present; the bundled ribbon run over the fake ET (检查 and 重新计算 answer as
// Excel's dialog does, 重新计算 fills the active form, 显示任务窗格 opens one pane); install.sh
// puts the add-in where WPS for Linux reads it and keeps other add-ins' entries.

import { parse } from 'acorn';
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import vm from 'vm';
import { version } from '../../package.json';
import { openFixture } from '../fake-excel/node';
import { installFakeEt } from '../fake-et';
import { descendants, parseXml } from '../support/tiny-xml';
import district from '../fixtures/2022-district.json';
import { messages } from '../../src/i18n';

const ROOT = path.resolve(__dirname, '..', '..');
const FOLDER = `selfeval_${version}`;
let out: string;
let addon: string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-wps-'));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-wps.js'), '--out', out], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  addon = path.join(out, 'jsaddons', FOLDER);
});

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const read = (file: string) => fs.readFileSync(path.join(addon, file), 'utf8');

interface Page {
  context: vm.Context;
  alerts: string[];
}

/**
 * Loads the bundled main.js as WPS does: a page with window.Application and the window's language;
 * `globalThis: false` as in Chromium before 71, which has only `window`.
 */
function loadMain(app: unknown, language = 'zh-CN', { globalThis = true } = {}): Page {
  const alerts: string[] = [];
  const context = vm.createContext({
    Application: app,
    navigator: { language },
    location: { href: `file:///home/user/.local/share/Kingsoft/wps/jsaddons/${FOLDER}/index.html` },
    alert: (text: string) => alerts.push(text),
    console,
  });
  context.window = context;
  if (!globalThis) vm.runInContext('delete globalThis.globalThis', context);
  vm.runInContext(read('main.js'), context);
  return { context, alerts };
}

const CALLBACK_ATTRIBUTES = ['onLoad', 'onAction', 'getLabel', 'getImage', 'getEnabled', 'getVisible'];

it('ships a well-formed ribbon.xml whose every callback main.js defines, the group 绩效自评, the buttons labelled by OnGetLabel', async () => {
  const ribbon = parseXml(read('ribbon.xml'));
  const elements = [ribbon, ...descendants(ribbon)];
  const names = new Set(
    elements.flatMap((e) => CALLBACK_ATTRIBUTES.map((a) => e.attributes[a]).filter(Boolean)),
  );
  expect([...names].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad', 'OnGetLabel']);
  const et = installFakeEt(await openFixture('2022-district-blank.xlsx'));
  const { context } = loadMain(et.app);
  for (const name of names) expect([name, typeof context[name]]).toEqual([name, 'function']);
  // CustomUI: label and getLabel are exclusive; WPS's templates give a control one or the other.
  const both = elements.filter((e) => 'label' in e.attributes && 'getLabel' in e.attributes);
  expect(both.map((e) => e.attributes.id)).toEqual([]);
  const group = elements.find((e) => e.name === 'group')!;
  expect(group.attributes.label).toBe('绩效自评');
  const buttons = elements.filter((e) => e.name === 'button');
  expect(buttons.map((b) => b.attributes.getLabel)).toEqual(buttons.map(() => 'OnGetLabel'));
  const labels = (lang: string) =>
    buttons.map((b) => loadMain(et.app, lang).context.OnGetLabel({ Id: b.attributes.id }) as string);
  expect(labels('zh-CN')).toEqual(['重新计算', '检查', '插入模板', '显示任务窗格']);
  const en = messages('en').ribbon;
  expect(labels('en-US')).toEqual([en.recalculate, en.validate, en.insertTemplate, en.showPane]);
  expect(labels('en-US')[3]).toBe('Show pane');
  for (const b of buttons) {
    const image = context.GetImage({ Id: b.attributes.id }) as string;
    expect(fs.existsSync(path.join(addon, image))).toBe(true);
  }
  expect(fs.existsSync(path.join(addon, 'index.html'))).toBe(false); // WPS makes its own
  et.uninstall();
});

it('answers 检查 and 重新计算 from the bundled main.js as Excel\u2019s dialog does, and fills the active form', async () => {
  const workbook = await openFixture('2022-district-blank.xlsx');
  const et = installFakeEt(workbook);
  const { context, alerts } = loadMain(et.app);

  // The blank form waits for its scores: the counts, the first problems numbered, the cell selected.
  await context.OnAction({ Id: 'btnValidate' });
  const lines = alerts[0].split('\n');
  const [, errors] = lines[0].match(/^已检查 1 张自评表：(\d+) 个错误，\d+ 个警告$/)!;
  expect(Number(errors)).toBeGreaterThan(0);
  const { sheet: selectedSheet, address } = et.selection!;
  const cell = address.replace(/\$/g, '');
  expect(lines[2]).toMatch(new RegExp(`^1\\. ${selectedSheet}!${cell}  \\S`));
  expect(lines.at(-1)).toBe(`已选中第一个错误所在的单元格 ${selectedSheet}!${cell}。`);

  await context.OnAction({ Id: 'btnRecalculate' });
  const sheet = workbook.getWorksheet(et.activeSheet)!;
  const values: unknown[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
  expect(values).toContain(district[0].grade);
  expect(alerts[1].split('\n')[0]).toMatch(/^已重新计算 1 张自评表：0 个错误，\d+ 个警告$/);

  await context.OnAction({ Id: 'btnInsertTemplate' });
  expect(et.activeSheet).toBe('自评表');
  expect(alerts[2].split('\n')[0]).toBe('已插入工作表“自评表”');
  expect(alerts).toHaveLength(3);
  et.uninstall();
});

it('answers 检查 with no workbook open in one line of the user\u2019s language, not a script error', async () => {
  const et = installFakeEt(await openFixture('2022-district-blank.xlsx'), { noWorkbook: true });
  const { context, alerts } = loadMain(et.app);
  await context.OnAction({ Id: 'btnValidate' });
  expect(alerts).toEqual(['没有打开的工作簿：请先打开或新建一个工作簿']);
  et.uninstall();
});

it('opens one task pane on taskpane.html, a page of the package that loads its script', async () => {
  const et = installFakeEt(await openFixture('2022-district-blank.xlsx'));
  const { context } = loadMain(et.app);
  await context.OnAction({ Id: 'btnShowPane' });
  await context.OnAction({ Id: 'btnShowPane' });
  expect(et.panes.size).toBe(1);
  const pane = [...et.panes.values()][0];
  expect(pane.Visible).toBe(true);
  expect(pane.url).toBe(`file:///home/user/.local/share/Kingsoft/wps/jsaddons/${FOLDER}/taskpane.html`);
  const html = read('taskpane.html');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts.length).toBe(1);
  expect(fs.existsSync(path.join(addon, scripts[0]))).toBe(true);
  expect(html).not.toMatch(/https?:\/\//); // offline: nothing from the network
  et.uninstall();
});

describe('for the older Chromium of WPS on Linux', () => {
  /** Why acorn rejects `code` at ES2017, with the text around the place, or '' if it parses. */
  function es2017Error(code: string): string {
    try {
      parse(code, { ecmaVersion: 2017 });
      return '';
    } catch (error) {
      const pos = (error as { pos: number }).pos;
      return `${(error as Error).message}: ${code.slice(pos - 40, pos + 20)}`;
    }
  }

  it('ships main.js and the pane\u2019s script as ES2017 syntax, the packages they bundle included', () => {
    const scripts = fs.readdirSync(addon).filter((f) => f.endsWith('.js'));
    expect(scripts).toEqual(['main.js', expect.stringMatching(/^taskpane\.\w+\.js$/)]);
    for (const file of scripts) expect([file, es2017Error(read(file))]).toEqual([file, '']);
  });

  it('would be caught were a script newer than ES2017', () => {
    for (const newer of ['a?.b', 'a ?? b', '({ ...a })', 'try {} catch {}'])
      expect(es2017Error(newer)).not.toBe('');
  });

  it('runs the ribbon in a page without globalThis (Chromium before 71)', async () => {
    const et = installFakeEt(await openFixture('2022-district-blank.xlsx'));
    const { context, alerts } = loadMain(et.app, 'en-US', { globalThis: false });
    expect(vm.runInContext('typeof globalThis', context)).toBe('undefined');
    expect(context.OnGetLabel({ Id: 'btnValidate' })).toBe(messages('en').ribbon.validate);
    await context.OnAction({ Id: 'btnValidate' });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/^Checked 1 form\(s\): [1-9]\d* error/);
    et.uninstall();
  });
});

it('lists the add-in in publish.xml and jsplugins.xml as an ET add-in in the folder beside them', () => {
  for (const list of ['publish.xml', 'jsplugins.xml']) {
    const root = parseXml(fs.readFileSync(path.join(out, 'jsaddons', list), 'utf8'));
    expect(root.name).toBe('jsplugins');
    const [plugin] = root.children;
    expect(plugin.attributes).toMatchObject({ name: 'selfeval', type: 'et', version, url: `${FOLDER}/` });
  }
});

/** A home for install.sh: XDG_DATA_HOME in a temp folder (named `name`), its jsaddons folder made. */
function withHome(name: string, run: (jsaddons: string) => void): void {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-home-'));
  const home = path.join(base, name);
  const jsaddons = path.join(home, 'Kingsoft', 'wps', 'jsaddons');
  fs.mkdirSync(jsaddons, { recursive: true });
  try {
    run(jsaddons);
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

function installSh(jsaddons: string): void {
  const run = spawnSync('sh', [path.join(out, 'install.sh')], {
    encoding: 'utf8',
    env: { ...process.env, XDG_DATA_HOME: path.resolve(jsaddons, '..', '..', '..') },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}

/** The list's entries (well-formed, or parseXml throws), as name → attributes. */
function entries(file: string): Record<string, Record<string, string>> {
  return listEntries(fs.readFileSync(file, 'utf8'));
}

function listEntries(text: string): Record<string, Record<string, string>> {
  const root = parseXml(text);
  expect(root.name).toBe('jsplugins');
  return Object.fromEntries(root.children.map((c) => [c.attributes.name, c.attributes]));
}

const OTHER = '<jsplugin name="other" type="et" url="other_1.0/" version="1.0"/>';

it('installs for a Linux user with install.sh, keeping the entries of other add-ins', () => {
  withHome('home', (jsaddons) => {
    const other =
      '<jsplugin name="other" type="wps" url="file:///opt/other/" version="1.0" enable="enable"/>';
    fs.writeFileSync(
      path.join(jsaddons, 'publish.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${other}\n</jsplugins>\n`,
    );
    installSh(jsaddons);
    installSh(jsaddons);
    expect(fs.existsSync(path.join(jsaddons, FOLDER, 'main.js'))).toBe(true);
    const publish = parseXml(fs.readFileSync(path.join(jsaddons, 'publish.xml'), 'utf8'));
    expect(publish.children.map((c) => c.attributes.name)).toEqual(['other', 'selfeval']);
    expect(publish.children[1].attributes.url).toBe(`file://${jsaddons}/${FOLDER}/`);
    const fresh = parseXml(fs.readFileSync(path.join(jsaddons, 'jsplugins.xml'), 'utf8'));
    expect(fresh.children.map((c) => c.attributes.name)).toEqual(['selfeval']);
  });
});

it('keeps another add-in listed on the same line as the declaration through two installs, the previous list kept as .bak', () => {
  withHome('home', (jsaddons) => {
    const publish = path.join(jsaddons, 'publish.xml');
    const oneLine = `<?xml version="1.0" encoding="UTF-8"?><jsplugins>${OTHER}</jsplugins>`;
    fs.writeFileSync(publish, oneLine);
    installSh(jsaddons);
    expect(fs.readFileSync(`${publish}.bak`, 'utf8')).toBe(oneLine);
    installSh(jsaddons);
    const text = fs.readFileSync(publish, 'utf8');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text).toContain(OTHER); // byte for byte
    expect(Object.keys(entries(publish))).toEqual(['other', 'selfeval']);
    expect(entries(`${publish}.bak`).selfeval.version).toBe(version); // the first install's list
  });
});

it('adds its entry to an empty <jsplugins/> list', () => {
  withHome('home', (jsaddons) => {
    const list = path.join(jsaddons, 'jsplugins.xml');
    fs.writeFileSync(list, '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins/>\n');
    installSh(jsaddons);
    expect(Object.keys(entries(list))).toEqual(['selfeval']);
  });
});

it('writes a home path holding & " \' < > and spaces as a well-formed url', () => {
  withHome(`Tom & "Jerry's" <home>`, (jsaddons) => {
    installSh(jsaddons);
    for (const list of ['publish.xml', 'jsplugins.xml']) {
      expect(entries(path.join(jsaddons, list)).selfeval.url).toBe(`file://${jsaddons}/${FOLDER}/`);
    }
    expect(jsaddons).toContain(`Tom & "Jerry's" <home>/`);
  });
});

it('reads a CRLF list with elements over two lines, a comment and an older SelfEval entry', () => {
  withHome('home', (jsaddons) => {
    const list = path.join(jsaddons, 'publish.xml');
    const twoLines = '<jsplugin name="a" type="wps"\r\n     url="a/" version="1"/>';
    const online = '<jspluginonline name=\'b\' url="http://intranet/b/?x=1&amp;y=2"/>';
    fs.writeFileSync(
      list,
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<jsplugins>',
        '  <!-- <jsplugin name="commented-out" url="c/"/> -->',
        `  ${twoLines}`,
        '  <jsplugin type="et" url="file:///old/selfeval_0.0.9/"',
        '     name="selfeval" version="0.0.9"/>',
        `  ${online}`,
        '</jsplugins>',
        '',
      ].join('\r\n'),
    );
    installSh(jsaddons);
    const text = fs.readFileSync(list, 'utf8');
    expect(text).toContain(twoLines);
    expect(text).toContain(online);
    const found = entries(list);
    expect(Object.keys(found)).toEqual(['a', 'b', 'selfeval']);
    expect(found.selfeval.version).toBe(version);
  });
});

describe('install.cmd (Windows; read here, run there)', () => {
  const script = () => fs.readFileSync(path.join(out, 'install.cmd'), 'utf8');

  /** A findstr /r pattern as a RegExp: '.', '*', '^' keep their meaning; \" is a quote. */
  function findstrRegex(pattern: string): RegExp {
    const source = pattern
      .replace(/\\"/g, '"')
      .replace(/[\\$+?()[\]{}|/<>]/g, (c) => `\\${c}`)
      .replace(/^\\\^/, '^');
    return new RegExp(source);
  }

  interface Findstr {
    invert: boolean;
    patterns: RegExp[];
  }

  /** The script's findstr calls: whether /v, and their /c: patterns. */
  function findstrCalls(): Findstr[] {
    return script()
      .split('\r\n')
      .filter((line) => /^\s*findstr /.test(line))
      .map((line) => ({
        invert: / \/v /.test(line),
        patterns: [...line.matchAll(/\/c:"((?:\\"|[^"])*)"/g)].map((m) => findstrRegex(m[1])),
      }));
  }

  /** What install.cmd decides of a list: true when it rewrites it as holding only SelfEval's entry. */
  function onlyOurs(list: string): boolean {
    const lines = list.replace(/\r?\n$/, '').split('\n');
    return findstrCalls().every(({ invert, patterns }) => {
      const printed = lines.filter((line) => patterns.some((p) => p.test(line)) !== invert);
      return printed.length === 0; // findstr finds nothing: "&& set ours=" does not run
    });
  }

  /** The list install.cmd writes: its echo lines into !list!.new, carets undone, CRLF as echo ends lines. */
  function writtenList(url: string): string {
    return script()
      .split('\r\n')
      .filter((line) => /^\s*>>? "!list!\.new" echo /.test(line))
      .map((line) => line.replace(/^\s*>>? "!list!\.new" echo /, '').replace(/\^([<>])/g, '$1'))
      .map((line) => `${line.replace('!url!', url)}\r\n`)
      .join('');
  }

  it('is CRLF and ASCII, as cmd reads it in any code page, without chcp 65001', () => {
    const text = script();
    expect(text).not.toMatch(/[^\r]\n/);
    expect([...text].filter((c) => c.charCodeAt(0) > 127)).toEqual([]);
    expect(text).not.toMatch(/^\s*chcp/im);
    expect(text).not.toMatch(/@FOLDER@|@VERSION@/);
    expect(findstrCalls()).toHaveLength(2);
  });

  it('writes a well-formed list holding only its entry, the url XML-escaped', () => {
    const written = writtenList('file:///C:/Users/Tom &amp; Jerry/AppData/Roaming/kingsoft/wps/jsaddons/x/');
    expect(listEntries(written).selfeval).toMatchObject({ version, type: 'et' });
    expect(listEntries(written).selfeval.url).toBe(
      'file:///C:/Users/Tom & Jerry/AppData/Roaming/kingsoft/wps/jsaddons/x/',
    );
    expect(script()).toContain('set "url=!url:&=&amp;!"');
  });

  it('replaces a list of its own (as built, as it writes it, of an older version, empty)', () => {
    const built = fs.readFileSync(path.join(out, 'jsaddons', 'publish.xml'), 'utf8');
    const written = writtenList('file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/x/');
    const older = written.replace(`version="${version}"`, 'version="0.0.9"');
    expect(older).not.toBe(written);
    expect(findstrCalls()).toHaveLength(2); // the test below is what tells lists apart
    for (const list of [
      built,
      written,
      older,
      '<?xml version="1.0" encoding="UTF-8"?>\r\n<jsplugins/>\r\n',
    ]) {
      expect([list, onlyOurs(list)]).toEqual([list, true]);
    }
  });

  it('leaves a list naming other add-ins, however laid out, and prints the line to add', () => {
    const ours = '<jsplugin name="selfeval" type="et" url="x/" version="0.0.9"/>';
    const lists = [
      `<?xml version="1.0" encoding="UTF-8"?><jsplugins>${OTHER}</jsplugins>`,
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<jsplugins>\r\n  ${OTHER}\r\n  ${ours}\r\n</jsplugins>\r\n`,
      `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${ours}${OTHER}\n</jsplugins>\n`,
      `<jsplugins>\n  ${ours}\n  <jsplugin\n    name="other" url="o/"/>\n</jsplugins>\n`,
    ];
    for (const list of lists) expect([list, onlyOurs(list)]).toEqual([list, false]);
    expect(script()).toMatch(/echo !list! lists other add-ins: add this line/);
  });
});
