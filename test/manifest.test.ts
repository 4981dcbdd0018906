// The Microsoft validation service cannot be reached here, so the manifest is checked offline:
// well-formed, every resid defined, every icon present at its size, every ribbon function
// registered by the commands bundle, one origin for every URL, zh-CN text for every label.

import fs from 'fs';
import path from 'path';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { descendants, localName, parseXml, type XmlElement } from './support/tiny-xml';

// The commands module only needs the operations when a button is clicked.
jest.mock('../src/hosts/excel/operations', () => ({}), { virtual: true });

const ROOT = path.resolve(__dirname, '..');
const ORIGIN = 'https://localhost:3000';
const manifest = parseXml(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
const elements = descendants(manifest);
const named = (name: string) => elements.filter((element) => localName(element) === name);
const resources = new Map(
  named('Resources')
    .flatMap(descendants)
    .filter((element) => element.attributes.id)
    .map((element) => [element.attributes.id, element] as const),
);

/** The ribbon functions the commands bundle registers when Office is ready. */
async function registeredFunctions(): Promise<string[]> {
  const names: string[] = [];
  const office = {
    onReady: (callback: () => void) => Promise.resolve(callback()),
    actions: { associate: (name: string) => names.push(name) },
  };
  Object.assign(globalThis, { Office: office });
  await import('../src/commands/commands');
  return names;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is a task pane add-in for Excel workbooks needing ExcelApi 1.7', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(named('Host').map((host) => host.attributes.Name ?? host.attributes['xsi:type'])).toEqual([
      'Workbook',
      'Workbook',
    ]);
    const excelApi = named('Set').find((set) => set.attributes.Name === 'ExcelApi');
    expect(excelApi?.attributes.MinVersion).toBe('1.7');
  });

  it('defines every resid it uses, each under its own id once', () => {
    const ids = named('Resources')
      .flatMap(descendants)
      .flatMap((element) => element.attributes.id ?? []);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = elements
      .map((element) => element.attributes.resid)
      .filter((id) => id && !resources.has(id));
    expect(missing).toEqual([]);
  });

  it('puts on the Home tab the three commands and Show pane', () => {
    const tab = named('OfficeTab')[0];
    expect(tab.attributes.id).toBe('TabHome');
    const actions = descendants(tab)
      .filter((element) => localName(element) === 'Action')
      .map((action) => {
        const functionName = action.children.find((child) => localName(child) === 'FunctionName');
        return functionName ? functionName.text.trim() : action.attributes['xsi:type'];
      });
    expect(actions).toEqual(['recalculate', 'validate', 'insertTemplate', 'ShowTaskpane']);
  });

  it('names only functions that the commands bundle registers with Office.actions.associate', async () => {
    const functionNames = named('FunctionName').map((element) => element.text.trim());
    expect((await registeredFunctions()).sort()).toEqual([...functionNames].sort());
  });

  it('serves every URL from one origin', () => {
    const urls = elements
      .flatMap((element) => Object.entries(element.attributes))
      .filter(([name, value]) => !name.startsWith('xmlns') && /^https?:/.test(value))
      .map(([, url]) => url);
    expect(urls.length).toBeGreaterThan(20);
    expect(new Set(urls.map((url) => new URL(url).origin))).toEqual(new Set([ORIGIN]));
  });

  it('has every icon in assets/ at the size it is declared', () => {
    const icons = named('Image')
      .filter((image) => image.attributes.resid)
      .map((image) => ({ size: Number(image.attributes.size), url: resources.get(image.attributes.resid)! }));
    expect(new Set(icons.map((icon) => icon.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { size, url } of icons) {
      const file = path.join(ROOT, new URL(url.attributes.DefaultValue).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const appIcon of [...named('IconUrl'), ...named('HighResolutionIconUrl')]) {
      expect(fs.existsSync(path.join(ROOT, new URL(appIcon.attributes.DefaultValue).pathname))).toBe(true);
    }
  });

  it('gives every label and tooltip a zh-CN override, within the length Office allows', () => {
    const strings = named('String');
    expect(strings.length).toBeGreaterThan(0);
    for (const string of strings) {
      const zh = string.children.find((child) => child.attributes.Locale === 'zh-CN');
      expect({ id: string.attributes.id, zh: Boolean(zh?.attributes.Value) }).toEqual({
        id: string.attributes.id,
        zh: true,
      });
      const limit = named('ShortStrings')[0].children.includes(string) ? 125 : 250;
      expect(string.attributes.DefaultValue.length).toBeLessThanOrEqual(limit);
    }
  });

  it('labels the ribbon with the same words as the messages (en default, zh-CN override)', () => {
    const label = (id: string) => {
      const string: XmlElement = resources.get(id)!;
      return [string.attributes.DefaultValue, string.children[0].attributes.Value];
    };
    expect(label('Label.Group')).toEqual([en.ribbon.group, zhCN.ribbon.group]);
    expect(label('Label.Recalculate')).toEqual([en.ribbon.recalculate, zhCN.ribbon.recalculate]);
    expect(label('Label.Validate')).toEqual([en.ribbon.validate, zhCN.ribbon.validate]);
    expect(label('Label.InsertTemplate')).toEqual([en.ribbon.insertTemplate, zhCN.ribbon.insertTemplate]);
    expect(label('Label.ShowPane')).toEqual([en.ribbon.showPane, zhCN.ribbon.showPane]);
  });
});

describe('the offline XML check', () => {
  it.each([
    ['an unclosed tag', '<a><b></a>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['an unquoted attribute', '<a b=c/>'],
    ['two roots', '<a/><b/>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow(/XML:/);
  });
});
