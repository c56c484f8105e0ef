/**
 * `usd1-milestones translations merge FILE`: brings a file written by
 * `translations refresh`, once translated, back into
 * rubric/translations/<lang>/. All or nothing: a string whose English changed
 * since the file was written, that drops a citation or link, or that names
 * nothing in the rubric stops the merge with its line and column, and no
 * file is written.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { type Finding, finding, shownPath } from '@usd1-milestones/check';
import { languageTagPattern } from '@usd1-milestones/core/ids';
import { fingerprint } from '@usd1-milestones/core/loader';
import { didYouMean } from '@usd1-milestones/core/rules';
import { readText } from '@usd1-milestones/core/text';
import { type EnglishString, englishStrings, structureDifferences } from '@usd1-milestones/core/translations';
import { LineIndex, parseYaml } from '@usd1-milestones/core/yaml';
import { Document, isMap, parseDocument } from 'yaml';
import { EXIT, UsageError } from '../../errors.js';
import { type CommandSpec, oneFile, parseOrHelp, stringOption } from '../../lib/args.js';
import { stylish } from '../../lib/format/stylish.js';
import { writeOutput } from '../../lib/output.js';
import { loadTranslatedRubric } from '../../lib/translations.js';

export const spec: CommandSpec = {
  name: 'translations merge',
  operands: 'FILE',
  positionals: true,
  description: `Merges a file from \`usd1-milestones translations refresh\`, once its \`text\`
fields are filled in, into rubric/translations/<lang>/: each string with the
fingerprint of the English it translates. Strings left empty are skipped.
Nothing is written when a string's English changed since the file was written,
when a translation drops or adds a citation or link, or when a key names
nothing in the rubric; each is reported with its line and column.`,
  options: {
    rubric: { type: 'string', value: 'DIR', default: './rubric', description: 'the rubric folder' },
  },
  exitCodes: '0 merged, 1 problems in the file (nothing written), 2 could not run',
};

interface Merge {
  readonly english: EnglishString;
  readonly text: string;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  const path = oneFile(spec, positionals, 'translation file');
  const cwd = process.cwd();
  const file = shownPath(cwd, resolve(cwd, path));
  const read = readText(resolve(cwd, path), { kind: 'translation files' });
  if (!read.ok) throw new UsageError(`Cannot read \`${path}\`: ${read.message.replace(/^Cannot read file: /, '')}`);
  const yaml = parseYaml(read.text, new LineIndex(read.text));
  if (!yaml.ok) {
    process.stdout.write(
      stylish([finding(file, yaml.position.line, yaml.position.column, 'rubric-syntax', yaml.message)], false),
    );
    return EXIT.problems;
  }
  const { dir, rubric } = await loadTranslatedRubric(cwd, stringOption(values, 'rubric'));
  const doc = yaml.yaml;
  const problems: Finding[] = [];
  // Every problem here stops the merge, so each is an error, whatever its rule's level in \`check\`.
  const at = (p: readonly PropertyKey[], ruleId: Finding['ruleId'], message: string, key?: string) => {
    const where = doc.locate(p, key === undefined ? undefined : { key });
    problems.push({ ...finding(file, where.line, where.column, ruleId, message), severity: 'error' });
  };
  const top = doc.value as Record<string, unknown> | null;
  const lang = isRecord(top) ? top.lang : undefined;
  const strings = isRecord(top) ? top.strings : undefined;
  if (typeof lang !== 'string' || !languageTagPattern.test(lang))
    at(
      ['lang'],
      'rubric-schema',
      'Expected `lang:` with a language tag, such as `es`, as `translations refresh` writes it',
    );
  if (!isRecord(strings))
    at(
      ['strings'],
      'rubric-schema',
      'Expected `strings:`, a mapping of keys to strings, as `translations refresh` writes it',
    );
  const english = new Map(englishStrings(rubric).map((s) => [s.key, s]));
  const merges: Merge[] = [];
  let empty = 0;
  for (const [key, value] of isRecord(strings) ? Object.entries(strings) : []) {
    const s = english.get(key);
    if (!s) {
      at(
        ['strings'],
        'translation-orphan',
        `\`${key}\` names no string of the rubric${didYouMean(key, [...english.keys()])}`,
        key,
      );
      continue;
    }
    if (!isRecord(value) || typeof value.text !== 'string' || typeof value.source !== 'string') {
      at(
        ['strings', key],
        'rubric-schema',
        `Expected \`${key}\` to have \`text\` and \`source\`, as \`translations refresh\` writes them`,
      );
      continue;
    }
    if (value.text.trim() === '') {
      empty++;
      continue;
    }
    const current = fingerprint(s.text);
    if (value.source !== current) {
      at(
        ['strings', key, 'source'],
        'translation-stale',
        `The English of \`${key}\` changed since this file was written; run \`usd1-milestones translations refresh ${String(lang)}\` again and translate the new English`,
      );
      continue;
    }
    const differences = structureDifferences(s.text, value.text);
    if (differences.length > 0) {
      at(
        ['strings', key, 'text'],
        'translation-structure',
        `The translation of \`${key}\` ${differences.join(' and ')}, unlike its English text; keep every citation and link as the English has them`,
      );
      continue;
    }
    merges.push({ english: s, text: value.text.trim() });
  }
  if (problems.length > 0) {
    process.stdout.write(stylish(problems, false));
    process.stdout.write(
      `translations merge: nothing written; fix the ${problems.length} problem(s) above and run it again\n`,
    );
    return EXIT.problems;
  }
  const byFile = new Map<string, Merge[]>();
  for (const m of merges) byFile.set(m.english.file, [...(byFile.get(m.english.file) ?? []), m]);
  const folder = join(dir, 'translations', String(lang));
  for (const [name, list] of byFile) {
    const target = join(folder, name);
    const document = existsSync(target) ? parseDocument(readFileSync(target, 'utf8')) : new Document({});
    if (!isMap(document.contents))
      throw new UsageError(
        `\`${shownPath(cwd, target)}\` is not a mapping; fix it (see \`usd1-milestones check\`) before merging`,
      );
    for (const m of list)
      document.setIn([...m.english.path], document.createNode({ text: m.text, source: fingerprint(m.english.text) }));
    mkdirSync(dirname(target), { recursive: true });
    writeOutput(target, shownPath(cwd, target), document.toString({ lineWidth: 0 }));
  }
  process.stdout.write(
    `merged ${merges.length} string(s) into ${byFile.size} file(s) under ${relative(cwd, folder) || '.'}/${empty > 0 ? `; ${empty} left empty` : ''}; run \`usd1-milestones check\` and \`usd1-milestones translations\`\n`,
  );
  return EXIT.ok;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
