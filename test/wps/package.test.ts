// The WPS add-in as it ships (npm run build:wps, built here into a temp folder): well-formed
// ribbon.xml and add-in lists, every ribbon callback a global of the bundled main.js, every image
// and page it names present; the bundled ribbon run over the fake ET (检查 and 重新计算 answer as
// Excel's dialog does, 重新计算 fills the active form, 显示任务窗格 opens one pane); install.sh
// puts the add-in where WPS for Linux reads it and keeps other add-ins' entries.

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

/** Loads the bundled main.js as WPS does: a page with window.Application and the window's language. */
function loadMain(app: unknown, language = 'zh-CN'): Page {
  const alerts: string[] = [];
  const context = vm.createContext({
    Application: app,
    navigator: { language },
    location: { href: `file:///home/user/.local/share/Kingsoft/wps/jsaddons/${FOLDER}/index.html` },
    alert: (text: string) => alerts.push(text),
    console,
  });
  vm.runInContext(read('main.js'), context);
  return { context, alerts };
}

const CALLBACK_ATTRIBUTES = ['onLoad', 'onAction', 'getLabel', 'getImage', 'getEnabled', 'getVisible'];

it('ships a well-formed ribbon.xml whose every callback main.js defines, with the group 绩效自评', async () => {
  const ribbon = parseXml(read('ribbon.xml'));
  const elements = [ribbon, ...descendants(ribbon)];
  const names = new Set(
    elements.flatMap((e) => CALLBACK_ATTRIBUTES.map((a) => e.attributes[a]).filter(Boolean)),
  );
  expect([...names].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad', 'OnGetLabel']);
  const et = installFakeEt(await openFixture('2022-district-blank.xlsx'));
  const { context } = loadMain(et.app);
  for (const name of names) expect([name, typeof context[name]]).toEqual([name, 'function']);
  const group = elements.find((e) => e.name === 'group')!;
  expect(group.attributes.label).toBe('绩效自评');
  const buttons = elements.filter((e) => e.name === 'button');
  expect(buttons.map((b) => b.attributes.label)).toEqual(['重新计算', '检查', '插入模板', '显示任务窗格']);
  for (const b of buttons) {
    const image = context.GetImage({ Id: b.attributes.id }) as string;
    expect(fs.existsSync(path.join(addon, image))).toBe(true);
    expect(context.OnGetLabel({ Id: b.attributes.id })).toBe(b.attributes.label);
  }
  expect(loadMain(et.app, 'en-US').context.OnGetLabel({ Id: 'btnShowPane' })).toBe('Show pane');
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

it('lists the add-in in publish.xml and jsplugins.xml as an ET add-in in the folder beside them', () => {
  for (const list of ['publish.xml', 'jsplugins.xml']) {
    const root = parseXml(fs.readFileSync(path.join(out, 'jsaddons', list), 'utf8'));
    expect(root.name).toBe('jsplugins');
    const [plugin] = root.children;
    expect(plugin.attributes).toMatchObject({ name: 'selfeval', type: 'et', version, url: `${FOLDER}/` });
  }
});

it('installs for a Linux user with install.sh, keeping the entries of other add-ins', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-home-'));
  const jsaddons = path.join(home, 'Kingsoft', 'wps', 'jsaddons');
  fs.mkdirSync(jsaddons, { recursive: true });
  const other = '<jsplugin name="other" type="wps" url="file:///opt/other/" version="1.0" enable="enable"/>';
  fs.writeFileSync(
    path.join(jsaddons, 'publish.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${other}\n</jsplugins>\n`,
  );
  try {
    for (let i = 0; i < 2; i++) {
      const run = spawnSync('sh', [path.join(out, 'install.sh')], {
        encoding: 'utf8',
        env: { ...process.env, XDG_DATA_HOME: home },
      });
      expect(run.status).toBe(0);
    }
    expect(fs.existsSync(path.join(jsaddons, FOLDER, 'main.js'))).toBe(true);
    const publish = parseXml(fs.readFileSync(path.join(jsaddons, 'publish.xml'), 'utf8'));
    expect(publish.children.map((c) => c.attributes.name)).toEqual(['other', 'selfeval']);
    expect(publish.children[1].attributes.url).toBe(`file://${jsaddons}/${FOLDER}/`);
    const fresh = parseXml(fs.readFileSync(path.join(jsaddons, 'jsplugins.xml'), 'utf8'));
    expect(fresh.children.map((c) => c.attributes.name)).toEqual(['selfeval']);
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
});
