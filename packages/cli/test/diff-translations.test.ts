/**
 * `usd1-milestones diff` reports the translations' changes apart from the
 * rubric's meaning: release 1.4.0 added the Spanish translation and changed
 * nothing in the English data.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, fixtures, runCli } from './run.js';

const repo = join(import.meta.dirname, '../../..');
const releases = 'packages/rubric/releases';

describe('usd1-milestones diff and translations', () => {
  it('lists a release that only added a translation as a patch, apart from the rubric data', async () => {
    const run = await runCli(['diff', '--from', `${releases}/1.3.0.json`, '--to', `${releases}/1.4.0.json`], repo);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(
      /^# Rubric changes: .*1\.3\.0\.json → .*1\.4\.0\.json\n\nRequired release: \*\*patch\*\*\n\nNo change to the rubric's data\.\n\n## Translations \(patch\)\n\n- `es`: \d+ string\(s\) newly translated\n$/,
    );
    const json = JSON.parse(
      (
        await runCli(
          ['diff', '--from', `${releases}/1.3.0.json`, '--to', `${releases}/1.4.0.json`, '--format', 'json'],
          repo,
        )
      ).stdout,
    );
    expect([
      json.bump,
      json.changes,
      json.translations.map((t: { lang: string; bump: string }) => [t.lang, t.bump]),
    ]).toEqual(['none', [], [['es', 'patch']]]);
    expect(json.translations[0].added.length).toBeGreaterThan(480);
  });

  it('takes releases by their version numbers, as releases are named, from any folder', async () => {
    const elsewhere = await copyFixture('project');
    const byVersion = await runCli(['diff', '--from', '1.3.0', '--to', '1.4.0', '--format', 'json'], elsewhere);
    const byFile = await runCli(
      ['diff', '--from', `${releases}/1.3.0.json`, '--to', `${releases}/1.4.0.json`, '--format', 'json'],
      repo,
    );
    expect([byVersion.code, byVersion.stderr]).toEqual([0, '']);
    const { from, to, ...rest } = JSON.parse(byVersion.stdout);
    const { from: _from, to: _to, ...restByFile } = JSON.parse(byFile.stdout);
    expect([from, to]).toEqual(['1.3.0', '1.4.0']);
    expect(rest).toEqual(restByFile);
    const earlier = await runCli(['diff', '--from', '1.2.0', '--to', '1.3.0'], elsewhere);
    expect([earlier.code, earlier.stderr, earlier.stdout.split('\n')[0]]).toEqual([
      0,
      '',
      '# Rubric changes: 1.2.0 → 1.3.0',
    ]);
  });

  it('compares two folders with their translations: a revised string is a revision', async () => {
    const before = await copyFixture('project');
    const after = await copyFixture('project');
    const { cp, readFile, writeFile } = await import('node:fs/promises');
    for (const dir of [before, after]) await cp(join(fixtures, 'translated'), dir, { recursive: true });
    const file = join(after, 'rubric/translations/es/milestones/beta.yaml');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('Se cumple el segundo criterio.', 'Se cumple el criterio segundo.'),
    );
    const run = await runCli(
      ['diff', '--from', join(before, 'rubric'), '--to', join(after, 'rubric'), '--format', 'json'],
      repo,
    );
    const json = JSON.parse(run.stdout);
    expect(json.translations).toEqual([
      { lang: 'es', bump: 'patch', added: [], changed: ['criterion:beta.first'], removed: [] },
    ]);
  });
});
