/**
 * Reads the translations of a rubric, translations/<lang>/…, with positions,
 * against the English rubric already loaded: what each language translates,
 * what is stale (its English changed since), what is missing, and the
 * problems of the four translation rules.
 *
 * A language's files mirror the English ones: rubric.yaml, buckets.yaml,
 * sections.yaml, stages.yaml, signals.yaml, glossary.yaml, one
 * milestones/<id>.yaml per milestone and one frameworks/<id>.yaml per
 * catalog. In each, ids and field names lead to entries of `text` and
 * `source` (the English text's fingerprint).
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languageTagPattern } from '../language-tag.js';
import type { Problem } from '../problem.js';
import { rules } from '../rules.js';
import type { Rubric } from '../schemas.js';
import { translationEntrySchema } from '../schemas.js';
import { didYouMean } from '../suggest.js';
import { type EnglishString, englishStrings } from '../translations/strings.js';
import { structureDifferences } from '../translations/structure.js';
import { wordDiff, wordDiffText } from '../word-diff.js';
import { overflowProblem, parseShape, shapeProblems } from './shape.js';
import type { ParsedYaml } from './yaml.js';

/** The fingerprint a translation records of the English it translates. */
export function fingerprint(english: string): string {
  return createHash('sha256').update(english, 'utf8').digest('hex').slice(0, 12);
}

export interface TranslatedString {
  readonly text: string;
  /** The fingerprint of the English it was translated from. */
  readonly source: string;
  /** The English changed since this was translated. */
  readonly stale: boolean;
}

export interface LanguageTranslations {
  readonly lang: string;
  /** By key (`criterion:reserve-policy.permitted-assets`): the translations that are usable (no error). */
  readonly strings: Readonly<Record<string, TranslatedString>>;
  /** The keys of required English strings with no translation. */
  readonly missing: readonly string[];
  /** How many required strings a complete translation has. */
  readonly required: number;
}

/** Reads a YAML file with positions, adding its problem when it cannot be read; the loader's reader. */
export type YamlReader = (file: string, problems: Problem[]) => ParsedYaml | undefined;

/** The translation files under `dir`, relative to it (`translations/es/milestones/reserve-policy.yaml`). */
export function translationFiles(dir: string): string[] {
  const root = join(dir, 'translations');
  const out: string[] = [];
  const walk = (folder: string, relative: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const isFolder = statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
      if (isFolder && depth < 2) walk(path, `${relative}/${name}`, depth + 1);
      else if (!isFolder && name.endsWith('.yaml')) out.push(`${relative}/${name}`);
    }
  };
  walk(root, 'translations', 0);
  return out;
}

/**
 * The translations of `rubric` in `dir`, and their problems. `history` (the
 * frozen releases) holds the English texts translations were made from, so
 * that a stale translation's message can show what changed.
 */
export function loadTranslations(
  dir: string,
  rubric: Rubric,
  readYaml: YamlReader,
  history: readonly Rubric[] | (() => readonly Rubric[]) = [],
): { translations: LanguageTranslations[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const root = join(dir, 'translations');
  let langs: string[];
  try {
    langs = readdirSync(root)
      .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
      .sort();
  } catch {
    return { translations: [], problems };
  }
  const english = englishStrings(rubric);
  const byFile = new Map<string, EnglishString[]>();
  for (const s of english) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
  const oldEnglish = englishByFingerprint(typeof history === 'function' ? history() : history);
  const translations: LanguageTranslations[] = [];
  for (const lang of langs) {
    const folder = join(root, lang);
    if (!languageTagPattern.test(lang)) {
      problems.push(
        at(
          folder,
          1,
          1,
          'rubric-schema',
          `\`${lang}\` is not a language tag: name the folder by BCP 47, such as \`es\` or \`pt-BR\``,
        ),
      );
      continue;
    }
    const strings: Record<string, TranslatedString> = {};
    const present = new Set<string>();
    const prefix = `translations/${lang}/`;
    for (const relative of translationFiles(dir).filter((f) => f.startsWith(prefix))) {
      const name = relative.slice(prefix.length);
      const file = join(dir, relative);
      const wanted = byFile.get(name);
      if (!wanted) {
        const near = didYouMean(name, [...byFile.keys()]);
        problems.push(at(file, 1, 1, 'translation-orphan', `The English has no \`${name}\` to translate${near}`));
        continue;
      }
      present.add(name);
      const yaml = readYaml(file, problems);
      if (!yaml) continue;
      readFile(file, yaml, wanted, strings, oldEnglish, problems);
    }
    const missing: string[] = [];
    for (const [name, wanted] of byFile) {
      const required = wanted.filter((s) => s.required);
      const untranslated = required.filter((s) => strings[s.key] === undefined);
      for (const s of untranslated) missing.push(s.key);
      if (!present.has(name) && untranslated.length > 0)
        problems.push(
          at(
            folder,
            1,
            1,
            'translation-missing',
            `No translation of \`${name}\` in \`${lang}\`: ${untranslated.length} string(s) show in English (\`usd1-milestones translations refresh ${lang}\` writes them out to translate)`,
          ),
        );
    }
    translations.push({ lang, strings, missing, required: english.filter((s) => s.required).length });
  }
  return { translations, problems };
}

/** One translation file against the English strings it may translate. */
function readFile(
  file: string,
  yaml: ParsedYaml,
  wanted: readonly EnglishString[],
  strings: Record<string, TranslatedString>,
  oldEnglish: ReadonlyMap<string, string>,
  problems: Problem[],
): void {
  const report = (at_: readonly PropertyKey[], ruleId: Problem['ruleId'], message: string, key?: string) => {
    const where = yaml.locate(at_, key === undefined ? undefined : { key });
    problems.push(at(file, where.line, where.column, ruleId, message));
  };
  const leaves = new Map(wanted.map((s) => [s.path.join('\u0000'), s]));
  const prefixes = new Set(
    wanted.flatMap((s) => s.path.slice(0, -1).map((_, i) => s.path.slice(0, i + 1).join('\u0000'))),
  );
  const found = new Set<string>();
  const visit = (value: unknown, path: readonly string[]) => {
    const joined = path.join('\u0000');
    const leaf = leaves.get(joined);
    if (leaf) {
      found.add(joined);
      if (isMapping(value) && value.source !== undefined && typeof value.source !== 'string') {
        // YAML reads an unquoted fingerprint of digits (or digits, `e` and digits) as a number.
        report(
          [...path, 'source'],
          'rubric-schema',
          'Write `source` in quotes, such as `source: "3f9a0c41b2de"`: unquoted, a fingerprint such as 1e6965447021 reads as a number',
        );
        return;
      }
      const result = parseShape(translationEntrySchema, value);
      if (!result.success) {
        if ('overflow' in result) problems.push(overflowProblem(file));
        else {
          // The entry as its own document: shapeProblems reads values and places from the entry down.
          const inFile: ParsedYaml = {
            value,
            locate: (p, o) => yaml.locate([...path, ...p], o),
            strings: () => yaml.strings(),
          };
          for (const item of shapeProblems(file, inFile, translationEntrySchema, result.issues)) problems.push(item);
        }
        return;
      }
      const { text, source } = result.data;
      const where = yaml.locate([...path, 'text']);
      const differences = structureDifferences(leaf.text, text);
      if (differences.length > 0) {
        problems.push(
          at(
            file,
            where.line,
            where.column,
            'translation-structure',
            `The translation of \`${path.join('.')}\` ${joinList(differences)}, unlike its English text; keep every citation and link as the English has them`,
          ),
        );
        return;
      }
      const current = fingerprint(leaf.text);
      const stale = source !== current;
      if (stale) {
        const sourceAt = yaml.locate([...path, 'source']);
        const old = oldEnglish.get(source);
        const change = old === undefined ? undefined : wordDiffText(wordDiff(old, leaf.text));
        problems.push(
          at(
            file,
            sourceAt.line,
            sourceAt.column,
            'translation-stale',
            change === undefined
              ? `The English of \`${path.join('.')}\` changed since it was translated (\`${source}\` is not the fingerprint of any released English text); translate it again from the English and set \`source: ${current}\``
              : `The English of \`${path.join('.')}\` changed since it was translated: ${change}; translate the change and set \`source: ${current}\``,
          ),
        );
      }
      strings[leaf.key] = { text, source, stale };
      return;
    }
    if (!isMapping(value)) {
      report(
        path,
        'rubric-schema',
        `Expected ${path.length === 0 ? 'the file to be' : `\`${path.join('.')}\` to be`} a mapping of ids or fields to translations`,
      );
      return;
    }
    for (const key of Object.keys(value)) {
      const child = [...path, key];
      const joinedChild = child.join('\u0000');
      if (leaves.has(joinedChild) || prefixes.has(joinedChild)) visit(value[key], child);
      else {
        const where = yaml.locate(path, { key });
        const siblings = [...leaves.keys(), ...prefixes]
          .map((p) => p.split('\u0000'))
          .filter((p) => p.length === child.length && p.slice(0, -1).join('\u0000') === path.join('\u0000'))
          .map((p) => p.at(-1) as string);
        problems.push(
          at(
            file,
            where.line,
            where.column,
            'translation-orphan',
            `\`${child.join('.')}\` is not in the English, so it has nothing to translate${didYouMean(key, siblings)}`,
          ),
        );
      }
    }
  };
  visit(yaml.value ?? {}, []);
  for (const s of wanted) {
    const joined = s.path.join('\u0000');
    if (!s.required || found.has(joined)) continue;
    const parent = s.path.slice(0, -1);
    report(
      parent,
      'translation-missing',
      `\`${s.path.join('.')}\` is not translated; it shows in English: “${excerpt(s.text)}” (fingerprint \`${fingerprint(s.text)}\`)`,
    );
  }
}

/** Every English string of the frozen releases, by its fingerprint. */
function englishByFingerprint(history: readonly Rubric[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const release of history) {
    try {
      for (const s of englishStrings(release)) out.set(fingerprint(s.text), s.text);
    } catch {
      // A release older than some field has none of it; it simply holds fewer texts.
    }
  }
  return out;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

function joinList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function at(file: string, line: number, column: number, ruleId: Problem['ruleId'], message: string): Problem {
  return { file, line, column, ruleId, severity: rules[ruleId].severity, message };
}
