/**
 * Next steps on the real rubric: an assessment that answers one milestone by
 * its criteria and another as a whole gets, for each criterion not met and each
 * milestone not met, what marking it met adds to its bucket's coverage, in a
 * fixed order.
 */
import { rubric } from '@usd1-milestones/rubric';
import { describe, expect, it } from 'vitest';
import { nextSteps } from '../src/lib/next-steps.js';
import type { Assessment } from '../src/lib/schema.js';

const assessment: Assessment = {
  arrangement: 'Example arrangement',
  hypothetical: true,
  date: '2026-01-15',
  assessor: 'Example assessor',
  rubricVersion: rubric.version,
  milestones: {
    'reserve-policy': {
      criteria: {
        'reserve-policy.permitted-assets': { status: 'met' },
        'reserve-policy.excluded-assets': { status: 'not-met' },
        'reserve-policy.maturity-management': { status: 'partial' },
        'reserve-policy.custodians-and-banks': { status: 'not-applicable' },
      },
    },
    'redemption-promise': { status: 'partial' },
    'price-vs-redemption': { status: 'met' },
  },
};

describe('nextSteps', () => {
  const steps = nextSteps(assessment, rubric);
  const reserves = rubric.milestones.filter((m) => m.bucket === 'reserves-custody').length;
  const promise = rubric.milestones.filter((m) => m.bucket === 'promise-clarity').length;

  it('lists each criterion not met of a milestone answered by criteria, with its text', () => {
    expect(steps.filter((s) => s.milestone === 'reserve-policy')).toEqual([
      // One of the two met alone leaves the milestone partial (the other is still below met), so neither
      // adds coverage by itself; they are still steps, with their texts.
      {
        milestone: 'reserve-policy',
        criterion: 'reserve-policy.excluded-assets',
        status: 'not-met',
        gain: 0,
        text: rubric.milestones.find((m) => m.id === 'reserve-policy')?.criteria[1]?.text,
      },
      {
        milestone: 'reserve-policy',
        criterion: 'reserve-policy.maturity-management',
        status: 'partial',
        gain: 0,
        text: rubric.milestones.find((m) => m.id === 'reserve-policy')?.criteria[2]?.text,
      },
    ]);
  });

  it('makes a milestone answered as a whole, or not at all, one step, with the gain to its bucket', () => {
    const partial = steps.find((s) => s.milestone === 'redemption-promise');
    // Partial (half credit) to met: half a milestone of the bucket's weight.
    expect(partial).toEqual({
      milestone: 'redemption-promise',
      status: 'partial',
      gain: Math.round((0.5 / promise) * 1000) / 1000,
      text: rubric.milestones.find((m) => m.id === 'redemption-promise')?.title,
    });
    const unanswered = steps.find((s) => s.milestone === 'reserve-segregation');
    expect(unanswered).toMatchObject({ status: 'not-assessed', gain: Math.round((1 / reserves) * 1000) / 1000 });
    expect(steps.find((s) => s.milestone === 'price-vs-redemption')).toBeUndefined();
  });

  it('orders by gain, then by id, the same every time', () => {
    const gains = steps.map((s) => s.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(nextSteps(assessment, rubric)).toEqual(steps);
    const top = steps.filter((s) => s.gain === steps[0]?.gain).map((s) => s.milestone);
    expect(top).toEqual([...top].sort());
  });
});
