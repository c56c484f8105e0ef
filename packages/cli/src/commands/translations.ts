/**
 * `usd1-milestones translations [--format json] [--rubric DIR]`: per
 * language, how many of the rubric's strings are translated, stale and
 * missing. `translations refresh LANG` and `translations merge FILE` are the
 * translator's round trip (commands/translations/).
 */
import { join, relative, sep } from 'node:path';
import { englishStrings } from '@usd1-milestones/core/translations';
import { EXIT } from '../errors.js';
import { type CommandSpec, helpText, parseOrHelp, stringOption } from '../lib/args.js';
import { loadTranslatedRubric } from '../lib/translations.js';

export const spec: CommandSpec = {
  name: 'translations',
  operands: '[refresh LANG | merge FILE]',
  positionals: false,
  description: `Prints, for each language in rubric/translations/, how many of the strings a
complete translation has are translated, stale (the English changed since) and
missing, and how many of its strings have errors (see \`usd1-milestones check\`).

  translations refresh LANG   writes the strings of LANG that need work to a file
  translations merge FILE     merges that file, once translated, back in`,
  options: {
    format: {
      type: 'string',
      value: 'NAME',
      choices: ['table', 'json'],
      default: 'table',
      description: 'output format',
    },
    rubric: { type: 'string', value: 'DIR', default: './rubric', description: 'the rubric folder' },
  },
  exitCodes: '0 printed, 2 could not run (no rubric folder, a rubric that does not load)',
};

export const help = helpText(spec);

const verbs: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  refresh: () => import('./translations/refresh.js'),
  merge: () => import('./translations/merge.js'),
};

export interface LanguageStatus {
  readonly lang: string;
  /** Strings a complete translation has. */
  readonly required: number;
  readonly translated: number;
  readonly stale: number;
  readonly missing: number;
  /** Problems of the translation rules that are errors (the strings they affect count as missing). */
  readonly errors: number;
  readonly complete: boolean;
}

export async function run(argv: string[]): Promise<number> {
  const verb = argv[0] === undefined ? undefined : verbs[argv[0]];
  if (verb && Object.hasOwn(verbs, argv[0] as string)) return (await verb()).run(argv.slice(1));
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  const format = stringOption(values, 'format') ?? 'table';
  const { dir, rubric, loaded } = await loadTranslatedRubric(process.cwd(), stringOption(values, 'rubric'));
  const requiredKeys = englishStrings(rubric)
    .filter((s) => s.required)
    .map((s) => s.key);
  const languages: LanguageStatus[] = loaded.translations.map((t) => {
    const folder = join(dir, 'translations', t.lang);
    const errors = loaded.problems.filter(
      (p) => p.severity === 'error' && (p.file === folder || p.file.startsWith(`${folder}${sep}`)),
    ).length;
    const translated = requiredKeys.filter((key) => t.strings[key]?.stale === false).length;
    const stale = requiredKeys.filter((key) => t.strings[key]?.stale === true).length;
    const missing = t.missing.length;
    return {
      lang: t.lang,
      required: requiredKeys.length,
      translated,
      stale,
      missing,
      errors,
      complete: translated === requiredKeys.length && errors === 0,
    };
  });
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ languages }, null, 2)}\n`);
    return EXIT.ok;
  }
  const shown = relative(process.cwd(), dir) || '.';
  if (languages.length === 0) {
    process.stdout.write(`No translations in ${shown}/translations/.\n`);
    return EXIT.ok;
  }
  const head = ['language', 'translated', 'stale', 'missing', 'errors', 'of'];
  const rows = languages.map((l) =>
    [l.lang, l.translated, l.stale, l.missing, l.errors, l.required].map((cell) => String(cell)),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const notes = languages.map((l) =>
    l.complete
      ? `${l.lang}: fully translated.`
      : `${l.lang}: ${l.stale + l.missing} string(s) need work; \`usd1-milestones translations refresh ${l.lang}\` writes them out.${l.errors > 0 ? ` ${l.errors} error(s): run \`usd1-milestones check\`.` : ''}`,
  );
  process.stdout.write(
    `Translations in ${shown}/translations/:\n\n${[head, ...rows].map(line).join('\n')}\n\n${notes.join('\n')}\n`,
  );
  return EXIT.ok;
}
