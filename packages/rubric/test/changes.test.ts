/**
 * What changed, as data: each release's exports/<version>/changes.json
 * validates against the published changes.schema.json (JSON Schema 2020-12),
 * compares with the release before it, and is what `usd1-milestones diff
 * --format json` prints for the same two releases, translations included.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseVersions } from '@usd1-milestones/core/loader';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
const versions = releaseVersions(join(packageDir, 'releases'));
const schema = JSON.parse(readFileSync(join(packageDir, 'changes.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const errorsOf = (document: unknown) =>
  validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
const changesOf = (version: string) =>
  JSON.parse(readFileSync(join(packageDir, `exports/${version}/changes.json`), 'utf8'));

describe('changes.json', () => {
  it.each(versions)('of release %s validates and compares with the release before it', (version) => {
    const changes = changesOf(version);
    expect(errorsOf(changes)).toEqual([]);
    expect([changes.from, changes.to]).toEqual([versions[versions.indexOf(version) - 1] ?? null, version]);
  });

  it('is what `diff --format json` prints for the same releases', () => {
    const cli = join(packageDir, '../cli/dist/cli.js');
    const file = (v: string) => join(packageDir, 'releases', `${v}.json`);
    const printed = JSON.parse(
      execFileSync(
        process.execPath,
        [cli, 'diff', '--from', file('1.2.0'), '--to', file('1.3.0'), '--format', 'json'],
        {
          encoding: 'utf8',
        },
      ),
    );
    expect(errorsOf(printed)).toEqual([]);
    const exported = changesOf('1.3.0');
    expect(exported.changes.length).toBeGreaterThan(50);
    expect(printed.changes).toEqual(exported.changes);
    expect(printed.bump).toBe(exported.bump);
  });

  it('names the translations a release added: 1.4.0 changed no English and added the Spanish', () => {
    const exported = changesOf('1.4.0');
    expect([exported.bump, exported.changes]).toEqual(['none', []]);
    expect(exported.translations.map((t: { lang: string; bump: string }) => [t.lang, t.bump])).toEqual([
      ['es', 'patch'],
    ]);
    const cli = join(packageDir, '../cli/dist/cli.js');
    const printed = JSON.parse(
      execFileSync(process.execPath, [cli, 'diff', '--from', '1.3.0', '--to', '1.4.0', '--format', 'json'], {
        encoding: 'utf8',
      }),
    );
    expect(printed.translations).toEqual(exported.translations);
  });

  it('fails the schema for a change of an unknown kind (the check can fail)', () => {
    const changes = changesOf('1.3.0');
    changes.changes[0].kind = 'chapter';
    expect(errorsOf(changes)).toEqual(['/changes/0/kind must be equal to one of the allowed values']);
  });
});
