// The command line speaks of what it has: `selfeval recalc`, never a button; one form is "1 form".

import path from 'path';
import { selfeval } from '../helpers/cli';
import { fixture, tempDir } from '../helpers/fixtures';

it('an empty computed cell tells the user to run selfeval recalc, not to click a button', () => {
  for (const [lang, action] of [
    ['zh-CN', '，请运行 selfeval recalc'],
    ['en', ': run selfeval recalc'],
  ]) {
    const run = selfeval('check', fixture('2022-district-blank'), '--json', '--lang', lang);
    const messages = JSON.parse(run.stdout)
      .issues.filter((i: { code: string }) => i.code === 'NOT_CALCULATED')
      .map((i: { message: string }) => i.message);
    expect(messages.length).toBeGreaterThan(10);
    for (const message of messages) expect(message.endsWith(action)).toBe(true);
    expect(selfeval('check', fixture('2022-district-blank'), '--lang', lang).stdout).not.toMatch(
      /点击|click/i,
    );
  }
});

it('says "1 form" of a workbook with one form', async () => {
  const file = path.join(await tempDir(), 'one.xlsx');
  expect(selfeval('template', file).code).toBe(0);
  const lines = selfeval('check', file, '--lang', 'en').stdout.trim().split('\n');
  expect(lines[lines.length - 1]).toMatch(/^1 form, \d+ errors?, \d+ warnings?$/);
  expect(lines[lines.length - 1]).not.toMatch(/\b1 (errors|warnings)\b/);
});

it('every English issue opens as a sentence, with a capital, also where it opens with what it names', async () => {
  // A blank template: 总分, 评分等级 and the funds wait, and the required texts are empty.
  const file = path.join(await tempDir(), 'blank.xlsx');
  expect(selfeval('template', file).code).toBe(0);
  const messages = [file, fixture('2022-district-blank')].flatMap((f) =>
    JSON.parse(selfeval('check', f, '--json', '--lang', 'en').stdout).issues.map(
      (i: { message: string }) => i.message,
    ),
  );
  expect(messages.length).toBeGreaterThan(20);
  expect(messages.filter((m: string) => /^[a-z]/.test(m))).toEqual([]);
});
