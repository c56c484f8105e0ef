/**
 * How to cite the rubric: the repository's CITATION.cff and each release's
 * exports/<version>/CITATION.cff validate against the Citation File Format
 * 1.2.0 schema (test/fixtures/cff, with its origin), and the root file is the
 * newest release's, with its version and release date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportRubric } from '@usd1-milestones/core/export';
import { loadReleases, releaseDate } from '@usd1-milestones/core/loader';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const packageDir = join(import.meta.dirname, '..');
const releasesDir = join(packageDir, 'releases');
const releases = loadReleases(releasesDir);
const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/cff/schema-1.2.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const errorsOf = (document: unknown) =>
  validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('CITATION.cff', () => {
  const root = readFileSync(join(packageDir, '../../CITATION.cff'), 'utf8');

  it('at the repository root validates against CFF 1.2.0 and names the newest release and its date', () => {
    const newest = releases.at(-1);
    if (!newest) throw new Error('no release');
    const cff = parse(root);
    expect(errorsOf(cff)).toEqual([]);
    expect([cff.version, cff['date-released']]).toEqual([
      newest.version,
      releaseDate(releasesDir, newest.version).slice(0, 10),
    ]);
    expect(root).toBe(exportRubric(newest, 'cff', releaseDate(releasesDir, newest.version)));
  });

  it.each(releases.map((r) => r.version))('of release %s validates against CFF 1.2.0', (version) => {
    const file = readFileSync(join(packageDir, `exports/${version}/CITATION.cff`), 'utf8');
    expect(errorsOf(parse(file))).toEqual([]);
    expect(parse(file).version).toBe(version);
  });

  it('fails the schema when a required field is missing or a date is malformed (the check can fail)', () => {
    const cff = parse(root);
    delete cff.authors;
    cff['date-released'] = 'December 2026';
    expect(errorsOf(cff)).toEqual([
      " must have required property 'authors'",
      '/date-released must match pattern "^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$"',
      '/date-released must match format "date"',
    ]);
  });
});
