// Command-line arguments: positional files, `-o OUT`, flags and `--name value` options.

import type { Settings } from '../core';
import { format, messages, type Lang } from '../i18n';

export class UsageError extends Error {}

export interface Args {
  command: string;
  files: string[];
  output?: string;
  json: boolean;
  lang: Lang;
  /** Settings the user gave on the command line, laid over what each workbook stores
   * (resolveSettings); the defaults where neither says. */
  overrides: Partial<Settings>;
  options: Record<string, string>;
}

const FLAGS = new Set(['--json', '--force']);
const VALUED = new Set([
  '-o',
  '--output',
  '--rounding',
  '--reverse-rule',
  '--over-completion',
  '--lang',
  '--level-set',
  '--year',
  '--unit',
]);

/**
 * Language for the CLI: --lang, else SELFEVAL_LANG, else Chinese. The system's LANG is not
 * consulted: many desktops of Chinese users run an English locale, and the forms are Chinese.
 */
export function cliLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.indexOf('--lang');
  const wanted = (i >= 0 ? argv[i + 1] : undefined) ?? env.SELFEVAL_LANG ?? '';
  return /^en/i.test(wanted) ? 'en' : 'zh-CN';
}

function choice<T extends string>(option: string, value: string, allowed: readonly T[], lang: Lang): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(format(messages(lang, 'cli').cli.badOption, { option, value }));
}

export function parseArgs(argv: string[], lang: Lang): Args {
  const m = messages(lang, 'cli').cli;
  // Options may stand before the command as well as after it: the first plain word is the command.
  const rest = argv;
  let command = '';
  const files: string[] = [];
  const options: Record<string, string> = {};
  let json = false;
  let force = false;
  let help = false;
  // After `--`, every word is a file (or the command), as `-名单.xlsx` may be a name.
  let optionsEnd = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    // An empty word ("" from a script's unset variable) names no file: said, never ': not found'.
    if (a === '' && command) throw new UsageError(m.emptyName);
    if (optionsEnd) {
      if (!command) command = a;
      else files.push(a);
    } else if (a === '--') {
      optionsEnd = true;
    } else if (FLAGS.has(a)) {
      if (a === '--json') json = true;
      else force = true;
    } else if (VALUED.has(a)) {
      const value = rest[++i];
      if (value === undefined || value === '')
        throw new UsageError(
          format(a === '-o' || a === '--output' ? m.missingOutputName : m.missingValue, { option: a }),
        );
      options[a === '--output' ? '-o' : a] = value;
    } else if (a === '--help' || a === '-h') {
      // Asked for anywhere (`check --help` too): the usage, whatever else the line says.
      help = true;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(format(m.unknownOption, { option: a }));
    } else if (!command) command = a;
    else files.push(a);
  }
  const partial: Partial<Settings> = force ? { force } : {};
  if (options['--rounding'])
    partial.rounding = choice('--rounding', options['--rounding'], ['half-up', 'down'] as const, lang);
  if (options['--reverse-rule']) {
    partial.reverseRule = choice(
      '--reverse-rule',
      options['--reverse-rule'],
      ['linear', 'ratio'] as const,
      lang,
    );
  }
  if (options['--over-completion']) {
    const n = Number(options['--over-completion']);
    if (!(n > 1))
      throw new UsageError(
        format(m.badOption, { option: '--over-completion', value: options['--over-completion'] }),
      );
    partial.overCompletion = n;
  }
  // `--lang fr` is a mistake to say, not a silent fallback to Chinese (cliLang picked the
  // language this message is in).
  if (options['--lang'] !== undefined && !/^(zh|en)/i.test(options['--lang']))
    throw new UsageError(format(m.badOption, { option: '--lang', value: options['--lang'] }));
  if (help) command = 'help';
  return { command, files, output: options['-o'], json, lang, overrides: partial, options };
}
