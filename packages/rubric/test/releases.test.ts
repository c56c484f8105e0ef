import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rubricSchema } from '@usd1-milestones/core';
import { describe, expect, it } from 'vitest';

const releasesDir = join(import.meta.dirname, '../releases');

describe('frozen releases', () => {
  it('are full rubric data that still passes the schema, each named by its version', async () => {
    const all = (await readdir(releasesDir)).filter((name) => name.endsWith('.json')).sort();
    // Every file is a release named by its version, except the record of when each was released.
    const names = all.filter((name) => name !== 'released-on.json');
    expect(all.length - names.length).toBe(1);
    expect(names).toContain('1.0.0.json');
    for (const name of names) {
      const data = JSON.parse(await readFile(join(releasesDir, name), 'utf8'));
      expect({ name, valid: rubricSchema.safeParse(data).success, version: data.version }).toEqual({
        name,
        valid: true,
        version: name.replace(/\.json$/, ''),
      });
    }
  });

  it('keep release 1.0.0 as the seed content: 33 milestones, 116 criteria, 68 terms, 7 sources', async () => {
    const data = JSON.parse(await readFile(join(releasesDir, '1.0.0.json'), 'utf8'));
    const criteria = data.milestones.reduce((n: number, m: { criteria: unknown[] }) => n + m.criteria.length, 0);
    expect([data.milestones.length, criteria, data.glossary.length, data.sources.length]).toEqual([33, 116, 68, 7]);
  });
});

describe('release dates', () => {
  it('name every frozen release, as an ISO date-time in UTC', async () => {
    const dates = JSON.parse(await readFile(join(releasesDir, 'released-on.json'), 'utf8')) as Record<string, string>;
    const versions = (await readdir(releasesDir))
      .filter((n) => /^\d+\.\d+\.\d+\.json$/.test(n))
      .map((n) => n.slice(0, -5));
    expect(Object.keys(dates).sort()).toEqual(versions.sort());
    for (const date of Object.values(dates)) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});
