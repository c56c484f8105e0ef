/**
 * `usd1-milestones translations` and its round trip, run as a translator
 * runs them on a copy of the project fixture with a complete Spanish
 * translation (fixtures/translated), and `check` on translated text.
 */
import { execFileSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, fixtures, runCli } from './run.js';

let dir: string;
beforeEach(async () => {
  dir = await copyFixture('project');
  await cp(join(fixtures, 'translated'), dir, { recursive: true });
  // The project's docs hold a deliberate broken link of their own; these tests are about the rubric.
  await rm(join(dir, 'docs'), { recursive: true });
});

const edit = async (file: string, from: string, to: string) => {
  const path = join(dir, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  await writeFile(path, text.replace(from, to));
};

describe('usd1-milestones translations', () => {
  it('prints each language: translated, stale, missing, errors, of how many', async () => {
    const run = await runCli(['translations'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      'Translations in rubric/translations/:\n\nlanguage  translated  stale  missing  errors  of\nes                26      0        0       0  26\n\nes: fully translated.\n',
    );
    const json = await runCli(['translations', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout)).toEqual({
      languages: [{ lang: 'es', required: 26, translated: 26, stale: 0, missing: 0, errors: 0, complete: true }],
    });
  });

  it('counts a string whose English changed as stale, and check reports it at the translation line', async () => {
    await edit(
      'rubric/milestones/01-alpha.md',
      'text: The first criterion holds.',
      'text: The first criterion holds in full.',
    );
    const status = JSON.parse((await runCli(['translations', '--format', 'json'], dir)).stdout);
    expect(status.languages[0]).toMatchObject({ translated: 25, stale: 1, missing: 0, complete: false });
    const check = await runCli(['check', '--format', 'json'], dir);
    expect(check.code).toBe(0);
    const findings = JSON.parse(check.stdout) as {
      file: string;
      line: number;
      column: number;
      ruleId: string;
      message: string;
    }[];
    expect(findings.filter((f) => f.ruleId.startsWith('translation-'))).toEqual([
      expect.objectContaining({
        file: 'rubric/translations/es/milestones/alpha.yaml',
        line: 13,
        column: 13,
        ruleId: 'translation-stale',
      }),
    ]);
  });

  it('makes check fail on a translation that drops a citation, and runs the other checks on translated text', async () => {
    await edit('rubric/translations/es/milestones/alpha.yaml', 'Alfa cita [@fsb-2023] y enlaza', 'Alfa <b>enlaza</b>');
    const run = await runCli(['check'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'rubric/translations/es/milestones/alpha.yaml\n  8:9   error    The translation of `body` drops the citation `[@fsb-2023]`, unlike its English text; keep every citation and link as the English has them  translation-structure\n',
    );
    expect(run.stdout).toContain(
      '8:35  error    Raw HTML is not allowed in rubric text: found `<b>`; write Markdown instead  unsafe-content',
    );
  });
});

describe('the translator round trip: refresh, translate, merge', () => {
  it('writes what needs work with its English, the old translation, and merges the translation back', async () => {
    await edit(
      'rubric/milestones/01-alpha.md',
      'text: The first criterion holds.',
      'text: The first criterion holds in full.',
    );
    const refresh = await runCli(['translations', 'refresh', 'es'], dir);
    expect([refresh.code, refresh.stdout]).toEqual([
      0,
      'wrote translations-es.yaml: 1 string(s) of `es` to translate\n',
    ]);
    const work = await readFile(join(dir, 'translations-es.yaml'), 'utf8');
    expect(work).toContain(
      'lang: es\nstrings:\n  criterion:alpha.first:\n    english: The first criterion holds in full.\n    source: d6d979ebe219\n    previous: Se cumple el primer criterio.\n    text: ""\n',
    );
    await writeFile(
      join(dir, 'translations-es.yaml'),
      work.replace('text: ""', 'text: Se cumple del todo el primer criterio.'),
    );
    const merge = await runCli(['translations', 'merge', 'translations-es.yaml'], dir);
    expect([merge.code, merge.stdout]).toEqual([
      0,
      'merged 1 string(s) into 1 file(s) under rubric/translations/es/; run `usd1-milestones check` and `usd1-milestones translations`\n',
    ]);
    expect(await readFile(join(dir, 'rubric/translations/es/milestones/alpha.yaml'), 'utf8')).toContain(
      'criteria:\n  alpha.first:\n    text: Se cumple del todo el primer criterio.\n    source: d6d979ebe219\n',
    );
    expect(JSON.parse((await runCli(['translations', '--format', 'json'], dir)).stdout).languages[0].complete).toBe(
      true,
    );
    expect((await runCli(['check'], dir)).code).toBe(0);
  });

  it('starts a new language with every string, and says when there is nothing to do', async () => {
    const fresh = await runCli(['translations', 'refresh', 'pt-BR', '--out', 'pt.yaml'], dir);
    expect(fresh.stdout).toBe('wrote pt.yaml: 26 string(s) of `pt-BR` to translate\n');
    const none = await runCli(['translations', 'refresh', 'es'], dir);
    expect(none.stdout).toBe('translations refresh: nothing to do; every string of `es` is translated and current\n');
  });

  it("leaves no untracked file in this repository: its work file's default name is ignored by git", () => {
    const repo = join(import.meta.dirname, '../../..');
    for (const name of ['translations-es.yaml', 'translations-pt-BR.yaml'])
      expect(execFileSync('git', ['check-ignore', '--no-index', name], { cwd: repo, encoding: 'utf8' })).toBe(
        `${name}\n`,
      );
  });

  it('merges nothing when a string breaks a rule, and names each at its line and column', async () => {
    await writeFile(
      join(dir, 'work.yaml'),
      'lang: es\nstrings:\n  criterion:alpha.frist:\n    english: x\n    source: 746d8e105fc5\n    text: Algo.\n  criterion:beta.first:\n    english: The second criterion holds.\n    source: 0000000000ab\n    text: Otro.\n  milestone:alpha:body:\n    english: x\n    source: 958edd938f68\n    text: Alfa sin cita.\n',
    );
    const before = await readFile(join(dir, 'rubric/translations/es/milestones/alpha.yaml'), 'utf8');
    const run = await runCli(['translations', 'merge', 'work.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'work.yaml',
        '  3:3    error    `criterion:alpha.frist` names no string of the rubric; did you mean `criterion:alpha.first`?  translation-orphan',
        '  9:13   error    The English of `criterion:beta.first` changed since this file was written; run `usd1-milestones translations refresh es` again and translate the new English  translation-stale',
        '  14:11  error    The translation of `milestone:alpha:body` drops the citation `[@fsb-2023]` and drops the link to `glossary:arbitrage`, unlike its English text; keep every citation and link as the English has them  translation-structure',
        '',
        '✖ 3 problems (3 errors, 0 warnings)',
        'translations merge: nothing written; fix the 3 problem(s) above and run it again',
        '',
      ].join('\n'),
    );
    expect(await readFile(join(dir, 'rubric/translations/es/milestones/alpha.yaml'), 'utf8')).toBe(before);
  });

  it.each([
    [['translations', 'refresh', 'spanish'], '`spanish` is not a language tag; use BCP 47, such as `es` or `pt-BR`'],
    [['translations', 'refresh'], 'No language given; see `usd1-milestones translations refresh --help`'],
    [['translations', 'merge', 'nowhere.yaml'], 'Cannot read `nowhere.yaml`: no such file or folder'],
    [
      ['translations', '--rubric', 'nowhere'],
      '`nowhere` is not a rubric folder (expected rubric.yaml in it); run this where rubric/ is, or pass --rubric DIR',
    ],
  ])('exits 2 with one line for %j', async (args, message) => {
    const run = await runCli(args, dir);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `usd1-milestones: ${message}\n`]);
  });

  it('refuses to replace a work file a translator may have filled in', async () => {
    await runCli(['translations', 'refresh', 'pt-BR'], dir);
    const again = await runCli(['translations', 'refresh', 'pt-BR'], dir);
    expect([again.code, again.stderr]).toEqual([
      2,
      'usd1-milestones: Cannot write `translations-pt-BR.yaml`: it exists already; remove it or choose another name\n',
    ]);
  });
});
