// The file layer runs in the browser page too: nothing under src/xlsx may import a Node module
// (or anything outside the pure core and its two libraries).

import { readdirSync, readFileSync } from 'fs';
import path from 'path';

const DIR = path.join(__dirname, '..', '..', 'src', 'xlsx');
const ALLOWED_PACKAGES = new Set(['fflate', 'saxes']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

it('src/xlsx imports only itself, the core and fflate/saxes, and uses no Node globals', () => {
  const found: string[] = [];
  for (const file of files(DIR)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      const ok = spec.startsWith('./') || spec.startsWith('../core/') || ALLOWED_PACKAGES.has(spec);
      if (!ok) found.push(`${path.basename(file)}: ${spec}`);
    }
    for (const g of [/\bBuffer\b/, /\bprocess\./, /\b__dirname\b/, /\brequire\(/])
      if (g.test(source)) found.push(`${path.basename(file)}: ${g.source}`);
  }
  expect(found).toEqual([]);
  expect(files(DIR).length).toBeGreaterThan(10);
});
