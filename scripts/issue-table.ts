// The README's "Issue codes" table, generated from the one list of rules
// (src/core/validate/rules/index.ts): `npm run docs:issues` writes it between the markers, and
// test/core/validate/issue-table.test.ts fails when README.md and the list disagree.

import * as fs from 'fs';
import * as path from 'path';
import type { Declared } from '../src/core/validate/rule';
import { RULES } from '../src/core/validate/rules';

export const START =
  '<!-- issue-codes:start (generated from src/core/validate/rules by npm run docs:issues) -->';
export const END = '<!-- issue-codes:end -->';

const escape = (text: string) => text.replace(/\|/g, '\\|');

/** The table: code | 中文 | severity | meaning, one row per rule, in the list's order. */
export function issueTable(rules: readonly Declared[] = RULES): string {
  return [
    '| code | 中文 | severity | meaning |',
    '|---|---|---|---|',
    ...rules.map((r) => `| \`${r.code}\` | ${escape(r.label)} | ${r.severity} | ${escape(r.meaning)} |`),
  ].join('\n');
}

/** Where the table stands in a README: the text between the markers, or null without them. */
function span(readme: string): { from: number; to: number } | null {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return null;
  return { from: start + START.length, to: end };
}

/** The table a README holds between its markers, or null without them. */
export function tableIn(readme: string): string | null {
  const at = span(readme);
  return at ? readme.slice(at.from, at.to).trim() : null;
}

/** The README with `table` between its markers. */
export function withTable(readme: string, table: string): string {
  const at = span(readme);
  if (!at) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, at.from)}\n${table}\n${readme.slice(at.to)}`;
}

if (require.main === module) {
  const file = path.join(__dirname, '..', 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const next = withTable(readme, issueTable());
  if (next !== readme) fs.writeFileSync(file, next);
  console.log(next === readme ? 'README.md: issue table up to date' : 'README.md: issue table written');
}
