/**
 * Translations read against the English rubric: a complete one loads without
 * problems, and each of the four translation rules reports at the line and
 * column of the translation file (fixtures/rubrics/translat*).
 */
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordDiff, wordDiffText } from '../src/diff.js';
import { generateFiles } from '../src/generate.js';
import { fingerprint, loadRubric } from '../src/loader.js';
import { englishStrings, structureDifferences, textStructure, translateRubric } from '../src/translations.js';
import { rubricWith, validRubric } from './helpers.js';

async function load(overlays: readonly string[], remove: readonly string[] = []) {
  const dir = await rubricWith(['translated', ...overlays]);
  for (const file of remove) await rm(join(dir, file));
  // The English the translations were made from, as a frozen release would hold it.
  const history = [(await loadRubric(validRubric, { version: '1.0.0' })).rubric].filter((r) => r !== undefined);
  const result = await loadRubric(dir, { history });
  const shown = result.problems.map(
    (p) => `${relative(dir, p.file)}:${p.line}:${p.column} ${p.severity} ${p.ruleId} ${p.message}`,
  );
  return { ...result, shown };
}

describe('a complete translation', () => {
  it('loads with no problem, every required string translated and none stale', async () => {
    const { shown, translations } = await load([]);
    expect(shown).toEqual([]);
    expect(translations.map((t) => [t.lang, Object.keys(t.strings).length, t.missing, t.required])).toEqual([
      ['es', 26, [], 26],
    ]);
    expect(translations[0]?.strings['criterion:alpha.first']).toEqual({
      text: 'Se cumple el primer criterio.',
      source: '746d8e105fc5',
      stale: false,
    });
  });

  it('gives the rubric in Spanish, string by string, ids untouched, and says which strings fell back', async () => {
    const { rubric, translations } = await load([]);
    if (!rubric) throw new Error('fixture did not load');
    const strings = Object.fromEntries(Object.entries(translations[0]?.strings ?? {}).map(([k, v]) => [k, v.text]));
    const whole = translateRubric(rubric, strings);
    expect(whole.fallback).toEqual([]);
    expect([whole.rubric.milestones[0]?.id, whole.rubric.milestones[0]?.title, whole.rubric.glossary[1]?.term]).toEqual(
      ['alpha', 'Alfa', 'KYC'],
    );
    const { 'milestone:beta:title': _dropped, ...partial } = strings;
    const part = translateRubric(rubric, partial);
    expect([part.rubric.milestones[1]?.title, part.fallback]).toEqual(['Beta', ['milestone:beta:title']]);
    expect(rubric.milestones[0]?.title).toBe('Alpha');
  });
});

describe('a translation in the data package', () => {
  it('is written as its strings (i18n/es.json) and as the typed rubric in Spanish, with what fell back', async () => {
    const { rubric, translations } = await load([], ['translations/es/signals.yaml']);
    if (!rubric) throw new Error('fixture did not load');
    const files = generateFiles(rubric, [], translations);
    expect(Object.keys(files).filter((path) => path.includes('i18n'))).toEqual([
      'i18n/es.json',
      'src/generated/i18n/es.ts',
    ]);
    const data = JSON.parse(files['i18n/es.json'] ?? '{}');
    expect([data.lang, data.rubricVersion, Object.keys(data.strings).length]).toEqual(['es', '0.0.0', 24]);
    expect(data.strings['criterion:alpha.first']).toEqual({
      text: 'Se cumple el primer criterio.',
      source: '746d8e105fc5',
    });
    const module = files['src/generated/i18n/es.ts'] ?? '';
    expect(module).toContain('export const lang = "es";');
    expect(module).toContain('"title": "Alfa",');
    expect(module).toContain(
      'export const fallback: readonly string[] = [\n  "signal:redemption-performance:title",\n  "signal:redemption-performance:description"\n];',
    );
    expect(module).toContain('export const stale: readonly string[] = [];');
    expect(generateFiles(rubric, [], translations)).toEqual(files);
    expect(Object.keys(generateFiles(rubric)).some((path) => path.includes('i18n'))).toBe(false);
  });
});

describe('the translation rules', () => {
  it('translation-stale: at the `source` line, with a word-level diff of the English', async () => {
    const { shown } = await load(['translation-stale']);
    expect(shown).toEqual([
      `translations/es/milestones/alpha.yaml:13:13 warning translation-stale The English of \`criteria.alpha.first\` changed since it was translated: The first criterion [-holds.-]{+holds in full, every day.+}; translate the change and set \`source: ${fingerprint('The first criterion holds in full, every day.')}\``,
    ]);
  });

  it('translation-stale without the old English in any release says so', async () => {
    const dir = await rubricWith(['translated', 'translation-stale']);
    const { problems } = await loadRubric(dir);
    expect(problems.map((p) => p.message)).toEqual([
      `The English of \`criteria.alpha.first\` changed since it was translated (\`746d8e105fc5\` is not the fingerprint of any released English text); translate it again from the English and set \`source: ${fingerprint('The first criterion holds in full, every day.')}\``,
    ]);
  });

  it('translation-structure: a dropped citation or an added link is an error at the text', async () => {
    const { shown, translations } = await load(['translation-structure']);
    expect(shown).toEqual([
      'translations/es/milestones/alpha.yaml:8:9 error translation-structure The translation of `body` drops the citation `[@fsb-2023]` and adds the link to `milestone:beta`, unlike its English text; keep every citation and link as the English has them',
    ]);
    expect(translations[0]?.strings['milestone:alpha:body']).toBeUndefined();
  });

  it('translation-orphan: an id, a field or a file the English does not have, with a suggestion', async () => {
    const { shown } = await load(['translation-orphan']);
    expect(shown).toEqual([
      'translations/es/buckets.yaml:8:3 error translation-orphan `promise-clarity.titel` is not in the English, so it has nothing to translate; did you mean `title`?',
      'translations/es/buckets.yaml:11:1 error translation-orphan `resilence` is not in the English, so it has nothing to translate; did you mean `resilience`?',
      'translations/es/buckets.yaml:1:1 warning translation-missing `resilience.title` is not translated; it shows in English: “Resilience” (fingerprint `32059a878895`)',
      'translations/es/buckets.yaml:1:1 warning translation-missing `resilience.question` is not translated; it shows in English: “Planning for stress.” (fingerprint `18db18bc0fbb`)',
      'translations/es/milestones/gamma.yaml:1:1 error translation-orphan The English has no `milestones/gamma.yaml` to translate; did you mean `milestones/alpha.yaml`?',
    ]);
  });

  it('translation-missing: a field of a file, and a whole file, with what shows in English', async () => {
    const { shown, translations } = await load(['translation-missing'], ['translations/es/signals.yaml']);
    expect(shown).toEqual([
      'translations/es/stages.yaml:2:3 warning translation-missing `pilot.description` is not translated; it shows in English: “A limited release to real users.” (fingerprint `3f76c39a2761`)',
      'translations/es:1:1 warning translation-missing No translation of `signals.yaml` in `es`: 2 string(s) show in English (`usd1-milestones translations refresh es` writes them out to translate)',
    ]);
    expect(translations[0]?.missing).toEqual([
      'stage:pilot:description',
      'signal:redemption-performance:title',
      'signal:redemption-performance:description',
    ]);
  });

  it('reports a malformed entry and a folder that is not a language tag with their positions', async () => {
    const { shown } = await load(['translation-shape']);
    expect(shown).toEqual([
      'translations/es/sections.yaml:3:5 error rubric-schema Missing required key `source`: expected a string',
      'translations/es/sections.yaml:6:13 error rubric-schema `source` is `1123393fdf7`: Expected the 12-digit fingerprint of the English text, such as `3f9a0c41b2de` (`usd1-milestones translations refresh` writes it)',
      'translations/es/stages.yaml:4:13 error rubric-schema Write `source` in quotes, such as `source: "3f9a0c41b2de"`: unquoted, a fingerprint such as 1e6965447021 reads as a number',
      'translations/spanish:1:1 error rubric-schema `spanish` is not a language tag: name the folder by BCP 47, such as `es` or `pt-BR`',
    ]);
  });
});

describe('what a translation addresses and keeps', () => {
  it('lists every reader-facing string once, catalog titles as optional', async () => {
    const { rubric } = await loadRubric(validRubric);
    if (!rubric) throw new Error('fixture did not load');
    const strings = englishStrings(rubric);
    expect(strings).toHaveLength(26);
    expect(new Set(strings.map((s) => s.key)).size).toBe(26);
    expect(strings.find((s) => s.key === 'milestone:alpha:body')).toEqual({
      file: 'milestones/alpha.yaml',
      path: ['body'],
      key: 'milestone:alpha:body',
      text: 'Alpha cites [@fsb-2023] and links [arbitrage](glossary:arbitrage).',
      required: true,
    });
  });

  it('reads citations and link targets from Markdown, in any order', () => {
    expect(textStructure('See [@a; @b-2], [x](glossary:aml) and [@a, p. 3] [y](https://example.org "t").')).toEqual({
      citations: ['a', 'a', 'b-2'],
      links: ['glossary:aml', 'https://example.org'],
    });
    expect(structureDifferences('[@a] [x](milestone:m)', '[x](milestone:m) [@a]')).toEqual([]);
    expect(structureDifferences('[@a] [@a]', '[@a]')).toEqual(['drops the citation `[@a]`']);
  });

  it('shows a change word by word, with context', () => {
    const before = 'The reserve policy lists the reserve assets that are permitted, and how they are valued each day.';
    const after = 'The reserve policy lists the reserve assets that are allowed, and how they are valued each week.';
    expect(wordDiffText(wordDiff(before, after))).toBe(
      '… reserve assets that are [-permitted,-]{+allowed,+} and how they are valued each [-day.-]{+week.+}',
    );
    expect(wordDiffText(wordDiff('same text', 'same text'))).toBe('same text');
    expect(wordDiff('a b', 'a c')).toEqual([
      { type: 'same', text: 'a ' },
      { type: 'removed', text: 'b' },
      { type: 'added', text: 'c' },
    ]);
  });
});
