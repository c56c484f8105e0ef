/**
 * `usd1-milestones translations refresh LANG [--out FILE] [--all]`: the
 * strings of LANG that need work (missing, or stale because their English
 * changed), each with its English, what that English was when it was
 * translated and the old translation, in one YAML file for a translator to
 * fill in and `translations merge` to bring back.
 */
import { resolve } from 'node:path';
import { languageTagPattern } from '@usd1-milestones/core/ids';
import { fingerprint } from '@usd1-milestones/core/loader';
import { englishStrings } from '@usd1-milestones/core/translations';
import { stringify } from 'yaml';
import { EXIT, UsageError } from '../../errors.js';
import { type CommandSpec, oneFile, parseOrHelp, stringOption } from '../../lib/args.js';
import { writeOutput } from '../../lib/output.js';
import { loadTranslatedRubric } from '../../lib/translations.js';

export const spec: CommandSpec = {
  name: 'translations refresh',
  operands: 'LANG',
  positionals: true,
  description: `Writes the strings of language LANG (a BCP 47 tag such as \`es\`) that need
work into one YAML file: each string's English, the English it was translated
from when that changed, the old translation, and an empty \`text\` to fill in.
Keep every [@key] citation and every link target as the English has them, then
run \`usd1-milestones translations merge FILE\`. A language with no folder yet
gets every string.`,
  options: {
    out: { type: 'string', value: 'FILE', default: 'translations-LANG.yaml', description: 'where to write' },
    all: { type: 'boolean', description: 'every string, translated ones and catalog titles too, for a review' },
    rubric: { type: 'string', value: 'DIR', default: './rubric', description: 'the rubric folder' },
  },
  exitCodes: '0 written (or nothing to do), 2 could not run (not a language tag, no rubric, the file exists)',
};

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  const lang = oneFile(spec, positionals, 'language');
  if (!languageTagPattern.test(lang))
    throw new UsageError(`\`${lang}\` is not a language tag; use BCP 47, such as \`es\` or \`pt-BR\``);
  const cwd = process.cwd();
  const { rubric, loaded, releasedEnglish } = await loadTranslatedRubric(cwd, stringOption(values, 'rubric'));
  const translated = loaded.translations.find((t) => t.lang === lang)?.strings ?? {};
  const all = values.all === true;
  const strings: Record<string, Record<string, string>> = {};
  for (const s of englishStrings(rubric)) {
    const old = translated[s.key];
    const needsWork = old === undefined ? s.required : old.stale;
    if (!all && !needsWork) continue;
    const entry: Record<string, string> = { english: s.text, source: fingerprint(s.text) };
    if (old?.stale) {
      const was = releasedEnglish().get(old.source);
      if (was !== undefined) entry.translatedFrom = was;
      entry.previous = old.text;
    }
    if (!s.required) entry.optional = 'a catalog title: translate it only with the official translation';
    entry.text = old && !old.stale ? old.text : '';
    strings[s.key] = entry;
  }
  const count = Object.keys(strings).length;
  if (count === 0) {
    process.stdout.write(
      `translations refresh: nothing to do; every string of \`${lang}\` is translated and current\n`,
    );
    return EXIT.ok;
  }
  const out = stringOption(values, 'out') ?? `translations-${lang}.yaml`;
  const header = [
    `# ${count} string(s) of \`${lang}\` to translate, from \`usd1-milestones translations refresh\`.`,
    '# Fill in each `text`, in the official terms of the language where a legal text has them.',
    '# Keep every [@key] citation and every link target (glossary:, milestone:, framework:, URLs) as the English has them.',
    '# Leave `source` as it is: it says which English you translated. Then run:',
    `#   npx usd1-milestones translations merge ${out}`,
    '',
  ].join('\n');
  const body = stringify({ lang, strings }, { lineWidth: 0 });
  writeOutput(resolve(cwd, out), out, `${header}${body}`, { exclusive: true });
  process.stdout.write(`wrote ${out}: ${count} string(s) of \`${lang}\` to translate\n`);
  return EXIT.ok;
}
