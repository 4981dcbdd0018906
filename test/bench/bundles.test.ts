// The production bundles stay small: the pane within 250 KB gzipped, the ribbon commands within
// 60 KB and free of React (they load on every click of a ribbon button), the outcome dialog within
// 5 KB and free of any library.

import { parse } from 'acorn';
import fs from 'fs';
import path from 'path';
import { BUNDLE_BUDGET_KB, measureBundles } from '../../bench/bundles';
import { projectRoot, runWebpack } from '../../bench/web-build';

interface StatsModule {
  name: string;
  modules?: StatsModule[];
}
interface Stats {
  chunks: { names: string[]; modules: StatsModule[] }[];
}

const statsFile = path.join(projectRoot(), 'dist', 'web-stats.json');

/** Every source module webpack put in an entry's chunk, concatenated ones included. */
function modulesOf(stats: Stats, entry: string): string[] {
  const flatten = (module: StatsModule): string[] => [
    module.name,
    ...(module.modules ?? []).flatMap(flatten),
  ];
  return stats.chunks
    .filter((chunk) => chunk.names.includes(entry))
    .flatMap((chunk) => chunk.modules.flatMap(flatten));
}

describe('the production web bundles', () => {
  let stats: Stats;
  beforeAll(() => {
    runWebpack(['--mode', 'production', '--json', statsFile]);
    stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as Stats;
  }, 300_000); // a production build of the pane takes a while beside other test workers

  it('keep the task pane and the commands within their gzipped budgets', () => {
    const sizes = measureBundles();
    expect(sizes.taskpaneGzipKB).toBeLessThanOrEqual(BUNDLE_BUDGET_KB.taskpane);
    expect(sizes.commandsGzipKB).toBeLessThanOrEqual(BUNDLE_BUDGET_KB.commands);
    expect(sizes.outcomeGzipKB).toBeLessThanOrEqual(BUNDLE_BUDGET_KB.outcome);
  });

  it('leave React, the core and the messages out of the outcome dialog', () => {
    const outcome = modulesOf(stats, 'outcome');
    expect(outcome).toContain('./src/outcome/outcome.ts');
    expect(outcome.filter((name) => /node_modules\/|src\/(core|i18n)\//.test(name))).toEqual([]);
  });

  it('leave React and Fluent UI out of the commands bundle', () => {
    const commands = modulesOf(stats, 'commands');
    expect(commands).toContain('./src/commands/commands.ts');
    expect(commands.filter((name) => /node_modules\/(react|react-dom|@fluentui)\//.test(name))).toEqual([]);
  });

  it('put React and Fluent UI in the task pane bundle', () => {
    const taskpane = modulesOf(stats, 'taskpane');
    expect(taskpane.some((name) => name.includes('node_modules/react-dom/'))).toBe(true);
    expect(taskpane.some((name) => name.includes('node_modules/@fluentui/'))).toBe(true);
  });

  it('load Office.js from the Microsoft CDN in <head>, before the page script', () => {
    const dir = path.join(projectRoot(), 'dist', 'web');
    for (const [page, entry] of [
      ['taskpane.html', 'taskpane'],
      ['commands.html', 'commands'],
      ['outcome.html', 'outcome'],
    ]) {
      const head = fs.readFileSync(path.join(dir, page), 'utf8').split('</head>')[0];
      const office = head.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      const bundle = head.search(new RegExp(`src="?${entry}\\.[0-9a-f]+\\.js`));
      expect({ page, office: office >= 0, bundle: bundle > office }).toEqual({
        page,
        office: true,
        bundle: true,
      });
    }
  });

  it('keep the old-webview guard ES5 after minifying, inline in the pane and the function file', () => {
    const dir = path.join(projectRoot(), 'dist', 'web');
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(dir, page), 'utf8');
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
      expect({ page, inline: inline.length }).toEqual({ page, inline: 1 });
      expect(() => parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
      expect(inline[0]).toContain('selfeval.html');
    }
  });
});
