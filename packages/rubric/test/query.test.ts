import { rubricSchema, type Rubric as SchemaRubric, schemas } from '@usd1-milestones/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import {
  type BucketId,
  buckets,
  getCriterion,
  getMilestone,
  getSource,
  getTerm,
  glossary,
  isMilestoneId,
  type Milestone,
  type MilestoneId,
  milestones,
  milestonesByBucket,
  type Rubric,
  rubric,
  type SourceKey,
  sources,
  version,
} from '../src/index.js';

describe('the bundled data', () => {
  it("carries the package's version", () => {
    expect(version).toBe(pkg.version);
    expect(rubric.version).toBe(pkg.version);
  });

  it('passes its own zod schema', () => {
    expect(rubricSchema.safeParse(rubric).success).toBe(true);
    expect(schemas.milestone.safeParse({ ...milestones[0], bucket: 7 }).success).toBe(false);
  });

  it('is assignable to the public Rubric type', () => {
    expectTypeOf(rubric).toExtend<Rubric>();
    expectTypeOf(milestones[0]).toExtend<Milestone>();
  });

  it('ships types that are the zod schemas’ types, generated (no zod needed to use them)', () => {
    expectTypeOf<Rubric>().toExtend<SchemaRubric>();
    expectTypeOf<SchemaRubric>().toExtend<Rubric>();
  });
});

describe('getMilestone', () => {
  it('finds a milestone by id, typed with its literal fields', () => {
    const m = getMilestone('reserve-policy');
    expect([m.number, m.bucket]).toEqual([5, 'reserves-custody']);
    expectTypeOf(m.number).toEqualTypeOf<5>();
    expectTypeOf(m.bucket).toEqualTypeOf<'reserves-custody'>();
  });

  it('rejects a misspelt id at compile time and at run time', () => {
    // @ts-expect-error `reserve-polcy` is not a MilestoneId
    expect(() => getMilestone('reserve-polcy')).toThrow(
      'Unknown milestone id `reserve-polcy`; check untrusted ids with the is… guards',
    );
  });

  it('has a guard for untrusted strings', () => {
    const input: string = 'wind-down-plan';
    expect(isMilestoneId(input)).toBe(true);
    expect(isMilestoneId('wind-down')).toBe(false);
    if (isMilestoneId(input)) expectTypeOf(input).toEqualTypeOf<MilestoneId>();
  });
});

describe('milestonesByBucket', () => {
  it('returns a bucket’s milestones in number order', () => {
    expect(milestonesByBucket('transparency').map((m) => m.number)).toEqual([9, 10, 11]);
    expect(milestonesByBucket('resilience').map((m) => m.id)).toEqual([
      'incident-response-plan',
      'combined-stress-scenarios',
      'emergency-governance',
      'incident-communication',
      'wind-down-plan',
    ]);
  });

  it('covers every milestone exactly once across the 7 buckets', () => {
    const all = buckets.flatMap((b) => milestonesByBucket(b.id as BucketId).map((m) => m.id));
    expect(all.sort()).toEqual(milestones.map((m) => m.id).sort());
  });
});

describe('getTerm', () => {
  it('finds a term by slug, term or alias, ignoring case', () => {
    expect(getTerm('hardware-security-module').term).toBe('Hardware security module');
    expect(getTerm('HSM')?.slug).toBe('hardware-security-module');
    expect(getTerm('know your customer')?.slug).toBe('kyc');
    expect(getTerm('Mint and burn')?.slug).toBe('mint-and-burn');
  });

  it('returns undefined for a name no term has', () => {
    expect(getTerm('tokenomics')).toBeUndefined();
  });

  it('gives every term a unique slug and keeps the glossary sorted', () => {
    const slugs = glossary.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toEqual([...slugs].sort());
  });
});

describe('getSource and getCriterion', () => {
  it('find entries by key', () => {
    expect(getSource('bis-2025')).toMatchObject({
      number: 7,
      'collection-title': 'BIS Bulletin',
      'collection-number': 108,
    });
    expect(getCriterion('redemption-promise.who-can-redeem').seed).toBe(
      'Who can redeem (direct customers only, or anyone through partners).',
    );
    expectTypeOf<'fsb-2023'>().toExtend<SourceKey>();
    // @ts-expect-error `fsb-2032` is not a SourceKey
    expect(() => getSource('fsb-2032')).toThrow(
      'Unknown source key `fsb-2032`; check untrusted ids with the is… guards',
    );
    expect(sources).toHaveLength(7);
  });
});
