// The README's issue table is the one list of rules (src/core/validate/rules) written out:
// `npm run docs:issues` regenerates it.

import * as fs from 'fs';
import * as path from 'path';
import { issueTable, tableIn, withTable } from '../../../scripts/issue-table';
import { RULES } from '../../../src/core/validate/rules';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

it("README.md's issue table is the one the list of rules gives (npm run docs:issues)", () => {
  expect(tableIn(readme)).toBe(issueTable());
});

it('declares each code once, with a Chinese label and a meaning', () => {
  const codes = RULES.map((r) => r.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const rule of RULES) {
    expect(rule.label).toMatch(/\p{Script=Han}/u);
    expect(rule.meaning.trim()).not.toBe('');
  }
});

it('regenerating a table leaves the rest of the README as it was', () => {
  const stale = withTable(readme, '| code |\n|---|');
  expect(tableIn(stale)).toBe('| code |\n|---|');
  expect(withTable(stale, issueTable())).toBe(readme);
});
