// The command line speaks of what it has: `selfeval recalc`, never a button.

import { selfeval } from '../helpers/cli';
import { fixture } from '../helpers/fixtures';

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
