/**
 * migrateAssessment: the oldest example carried to the newest release with
 * every answer accounted for, and the retired-item paths on a copy of the
 * newest release where a few items are retired (no release retires any yet).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '@usd1-milestones/core';
import { loadReleases } from '@usd1-milestones/core/loader';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { describe, expect, it } from 'vitest';
import { type Assessment, migrateAssessment, parseAssessment, scoreAssessment } from '../src/index.js';

const releases = new Map(loadReleases(releasesFolder).map((r) => [r.version, r as unknown as Rubric]));
const newest = [...releases.values()].at(-1) as Rubric;
const examples = join(import.meta.dirname, '../../../examples');
const read = (name: string) => {
  const parsed = parseAssessment(readFileSync(join(examples, name), 'utf8'), name, newest, {});
  return parsed.assessment as Assessment;
};
/** Every answer of an assessment, as `kind:id`. */
const answers = (a: Assessment) =>
  Object.entries(a.milestones).flatMap(([id, e]) => [
    ...(e.status !== undefined || e.evidence !== undefined || e.note !== undefined ? [`milestone:${id}`] : []),
    ...Object.keys(e.criteria ?? {}).map((c) => `criterion:${c}`),
  ]);

describe('migrateAssessment', () => {
  const meridian = read('meridian-settlement-coin.yaml');
  const migration = migrateAssessment(meridian, releases.get('1.0.0') as Rubric, newest);

  it('accounts for every answer of the oldest example, once', () => {
    expect(answers(meridian).length).toBeGreaterThan(10);
    expect(migration.steps.map((s) => `${s.kind}:${s.id}`)).toEqual(answers(meridian));
    expect([migration.from, migration.to, migration.assessment.rubricVersion]).toEqual([
      '1.0.0',
      newest.version,
      newest.version,
    ]);
  });

  it('keeps each status, and marks for review the answers whose item changed meaning', () => {
    for (const s of migration.steps) {
      const entry = migration.assessment.milestones[s.id];
      expect(entry?.status).toBe(s.status);
    }
    const reviewed = migration.steps.filter((s) => s.action === 'review');
    expect(reviewed.length).toBeGreaterThan(0);
    const first = reviewed[0] as (typeof reviewed)[number];
    expect(migration.assessment.milestones[first.id]?.review).toBe(first.reason);
    expect(first.reason).toMatch(
      new RegExp(`by ${newest.version.replaceAll('.', '\\.')}; check that the answer still holds$`),
    );
    const card = scoreAssessment(migration.assessment, newest, { releases });
    expect(card.review.map((r) => r.id)).toEqual(reviewed.map((s) => s.id));
  });

  it('lists the criteria and milestones added since as not assessed', () => {
    expect(migration.notAssessed.map((n) => n.id)).toContain('reserve-reporting.plain-language');
    expect(migration.notAssessed.every((n) => n.message.length > 0)).toBe(true);
  });
});

describe('migrateAssessment through replacedBy', () => {
  // A copy of the newest release in which some items are retired, as a future release might.
  const retire = (rubric: Rubric): Rubric => {
    const copy = JSON.parse(JSON.stringify(rubric)) as { milestones: Record<string, unknown>[] };
    for (const m of copy.milestones) {
      if (m.id === 'wind-down-plan') Object.assign(m, { status: 'retired' });
      if (m.id === 'incident-communication')
        Object.assign(m, { status: 'retired', replacedBy: { kind: 'merged', ids: ['incident-response-plan'] } });
      for (const c of m.criteria as Record<string, unknown>[]) {
        if (c.id === 'reserve-policy.permitted-assets')
          Object.assign(c, {
            status: 'retired',
            replacedBy: {
              kind: 'split',
              ids: ['reserve-policy.excluded-assets', 'reserve-policy.maturity-management'],
            },
          });
      }
    }
    return copy as unknown as Rubric;
  };
  const to = retire(newest);
  const input: Assessment = {
    arrangement: 'Retired items (hypothetical)',
    date: '2026-11-01',
    assessor: 'Tests',
    rubricVersion: newest.version,
    milestones: {
      'wind-down-plan': { status: 'met', note: 'A plan.' },
      'incident-communication': { status: 'partial' },
      'reserve-policy': { criteria: { 'reserve-policy.permitted-assets': { status: 'met' } } },
    },
  };
  const migration = migrateAssessment(input, newest, to);

  it('keeps an answer to an item retired without a successor under `retired`', () => {
    expect(migration.steps[0]).toEqual({
      kind: 'milestone',
      id: 'wind-down-plan',
      milestone: 'wind-down-plan',
      action: 'retired',
      to: [],
      status: 'met',
      reason: '`wind-down-plan` was retired without a successor',
    });
    expect(migration.assessment.retired?.['wind-down-plan']).toEqual({
      status: 'met',
      note: 'A plan.',
      reason: '`wind-down-plan` was retired without a successor',
    });
    expect(migration.assessment.milestones['wind-down-plan']).toBeUndefined();
  });

  it('moves a merged answer to its successor, marked for review', () => {
    expect(migration.assessment.milestones['incident-response-plan']).toEqual({
      status: 'partial',
      review: `\`incident-communication\` was merged into \`incident-response-plan\` in ${newest.version}; check that the answer still holds`,
    });
  });

  it('copies a split answer to each successor, marked for review', () => {
    const criteria = migration.assessment.milestones['reserve-policy']?.criteria ?? {};
    expect(Object.keys(criteria)).toEqual(['reserve-policy.excluded-assets', 'reserve-policy.maturity-management']);
    expect(criteria['reserve-policy.excluded-assets']?.status).toBe('met');
    expect(migration.steps.map((s) => s.action)).toEqual(['retired', 'merged', 'split']);
  });

  it('keeps, under `retired`, a merged answer whose successor already has one, and says so in its step', () => {
    const both: Assessment = {
      ...input,
      milestones: {
        'incident-response-plan': { status: 'met', note: 'Its own answer.' },
        'incident-communication': { status: 'partial' },
      },
    };
    const merged = migrateAssessment(both, newest, to);
    const why = 'merged into `incident-response-plan`, which already had an answer from another milestone';
    expect(merged.assessment.milestones['incident-response-plan']).toEqual({ status: 'met', note: 'Its own answer.' });
    expect(merged.assessment.retired?.['incident-communication']).toEqual({ status: 'partial', reason: why });
    expect(merged.steps.map((s) => [s.id, s.action, s.reason])).toEqual([
      ['incident-response-plan', 'kept', undefined],
      ['incident-communication', 'retired', why],
    ]);
  });
});
