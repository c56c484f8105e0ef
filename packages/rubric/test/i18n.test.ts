/**
 * The Spanish entry of the data package, as a consumer imports it: the same
 * rubric with its strings in Spanish, ids untouched, and the strings that
 * fell back to English listed (none: the translation is complete).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubric } from '../src/index.js';

const es = await import('@usd1-milestones/rubric/i18n/es');

describe('@usd1-milestones/rubric/i18n/es', () => {
  it('is the rubric in Spanish, every id as in English', () => {
    expect(es.lang).toBe('es');
    expect(es.rubric.version).toBe(rubric.version);
    expect(es.rubric.milestones.map((m) => m.id)).toEqual(rubric.milestones.map((m) => m.id));
    expect(es.rubric.milestones.flatMap((m) => m.criteria.map((c) => c.id))).toEqual(
      rubric.milestones.flatMap((m) => m.criteria.map((c) => c.id)),
    );
    expect(es.rubric.glossary.map((t) => t.slug)).toEqual(rubric.glossary.map((t) => t.slug));
    const policy = es.rubric.milestones.find((m) => m.id === 'reserve-policy');
    expect(policy?.title).toBe('Una política de reservas conservadora vinculada a la realidad del reembolso');
    expect(policy?.body).toContain('## Por qué importa');
    expect(policy?.body).toContain('[@treasury-2021]');
  });

  it('translates every string a complete translation has, none stale, and keeps the sources as published', () => {
    expect([es.fallback, es.stale]).toEqual([[], []]);
    expect(es.rubric.sources).toEqual(rubric.sources);
    const changed = es.rubric.milestones.filter((m, i) => (m.title as string) !== rubric.milestones[i]?.title);
    expect(changed).toHaveLength(rubric.milestones.length);
  });

  it('ships its strings with the fingerprint of the English each translates', () => {
    const data = JSON.parse(readFileSync(join(import.meta.dirname, '../i18n/es.json'), 'utf8'));
    expect([data.lang, data.rubricVersion]).toEqual(['es', rubric.version]);
    // Every string of the rubric that has a translation entry: as many as the English has (none missing).
    expect(Object.keys(data.strings).length).toBeGreaterThan(470);
    expect(Object.values(data.strings).every((s) => /^[0-9a-f]{12}$/.test((s as { source: string }).source))).toBe(
      true,
    );
  });
});
