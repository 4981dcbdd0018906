// Command-line arguments: positional files, `-o OUT`, flags and `--name value` options.

import { readOverCompletion, type Settings } from '../core';
import { fileMessages } from '../i18n/files';
import { format, type Lang } from '../i18n';

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

/** Options every command takes. */
const COMMON = new Set(['--reverse-rule', '--over-completion', '--lang']);

/** What each command takes besides the common options, and how many files: any number, one
 * input, or one output (template's, a plain name or -o). An option or a file beyond these is a
 * mistake to say, never silently ignored. */
const COMMANDS: Record<string, { options: readonly string[]; files: 'many' | 'input' | 'output' }> = {
  check: { options: ['--json', '--rounding'], files: 'many' },
  recalc: { options: ['-o', '--json', '--rounding', '--force'], files: 'input' },
  template: { options: ['-o', '--level-set', '--year'], files: 'output' },
  'from-targets': { options: ['-o', '--unit'], files: 'input' },
  summary: { options: ['-o', '--rounding'], files: 'many' },
  undo: { options: ['-o'], files: 'input' },
};

/**
 * Language for the CLI: --lang, else SELFEVAL_LANG, else Chinese. The system's LANG is not
 * consulted: many desktops of Chinese users run an English locale, and the forms are Chinese.
 */
export function cliLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = i >= 0 ? (argv[i] === '--lang' ? argv[i + 1] : argv[i].slice('--lang='.length)) : undefined;
  const wanted = given ?? env.SELFEVAL_LANG ?? '';
  return /^en/i.test(wanted) ? 'en' : 'zh-CN';
}

/** A value the option does not take: said with the values it does (`allowed`, in words). */
export function badOption(lang: Lang, option: string, value: string, allowed: string): UsageError {
  return new UsageError(format(fileMessages(lang, 'cli').cli.badOption, { option, value, allowed }));
}

/** The values of a choice, as a message lists them: 'half-up 或 down'. */
export function choices(lang: Lang, allowed: readonly string[]): string {
  return allowed.join(fileMessages(lang, 'cli').cli.or);
}

function choice<T extends string>(option: string, value: string, allowed: readonly T[], lang: Lang): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw badOption(lang, option, value, choices(lang, allowed));
}

export function parseArgs(argv: string[], lang: Lang): Args {
  const m = fileMessages(lang, 'cli').cli;
  // Options may stand before the command as well as after it: the first plain word is the command.
  const rest = argv;
  let command = '';
  const files: string[] = [];
  const options: Record<string, string> = {};
  const given = new Set<string>();
  let json = false;
  let force = false;
  let help = false;
  let version = false;
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
      given.add(a);
      if (a === '--json') json = true;
      else force = true;
    } else if (VALUED.has(a) || VALUED.has(a.split('=')[0])) {
      // `--rounding down` or `--rounding=down`.
      const [name, inline] = VALUED.has(a) ? [a, undefined] : [a.split('=')[0], a.slice(a.indexOf('=') + 1)];
      const value = inline ?? rest[++i];
      const option = name === '--output' ? '-o' : name;
      if (value === undefined || value === '')
        throw new UsageError(
          format(option === '-o' ? m.missingOutputName : m.missingValue, { option: name }),
        );
      // Given twice, which one was meant is a guess: said rather than guessed.
      if (given.has(option)) throw new UsageError(format(m.repeatedOption, { option: name }));
      given.add(option);
      options[option] = value;
    } else if (a === '--version' || a === '-V') {
      version = true;
    } else if (a === '--help' || a === '-h') {
      // Asked for anywhere (`check --help` too): the usage, whatever else the line says.
      help = true;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(format(m.unknownOption, { option: a }));
    } else if (!command) command = a;
    else files.push(a);
  }
  const takes = help || version ? undefined : COMMANDS[command];
  if (takes) {
    for (const option of given)
      if (!COMMON.has(option) && !takes.options.includes(option))
        throw new UsageError(format(m.notForCommand, { command, option }));
    if (takes.files === 'input' && files.length > 1) throw new UsageError(format(m.oneInput, { command }));
    if (takes.files === 'output' && files.length + (options['-o'] !== undefined ? 1 : 0) > 1)
      throw new UsageError(m.oneOutput);
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
    const n = readOverCompletion(options['--over-completion']);
    if (n === null)
      throw badOption(lang, '--over-completion', options['--over-completion'], m.overCompletionAllowed);
    partial.overCompletion = n;
  }
  // `--lang fr` is a mistake to say, not a silent fallback to Chinese (cliLang picked the
  // language this message is in).
  if (options['--lang'] !== undefined && !/^(zh|en)/i.test(options['--lang']))
    throw badOption(lang, '--lang', options['--lang'], choices(lang, ['zh-CN', 'en']));
  if (help) command = 'help';
  else if (version) command = 'version';
  return { command, files, output: options['-o'], json, lang, overrides: partial, options };
}
