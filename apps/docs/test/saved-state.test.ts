/** The self-assessment's saved progress, read back whatever storage holds. */
import { rubric } from '@usd1-milestones/rubric';
import { describe, expect, it } from 'vitest';
import { blankState, restoreState } from '../src/lib/saved-state';

const today = '2026-12-01';
const blank = blankState(rubric, today);

describe('restoreState', () => {
  it('starts blank, without a notice, when nothing is saved', () => {
    expect(restoreState(null, rubric, today)).toEqual({ state: blank });
  });

  it.each([['null'], ['[]'], ['"text"'], ['42'], ['{"arrangement": ']])(
    'starts blank with a notice for %s',
    (saved) => {
      expect(restoreState(saved, rubric, today)).toEqual({
        state: blank,
        notice:
          'The progress saved in this browser could not be read, so the form starts blank. Import an exported file to go on, or fill it in again.',
      });
    },
  );

  it('keeps what fits, leaves out the rest, and counts what it left out', () => {
    const saved = JSON.stringify({
      arrangement: 'Kept (hypothetical)',
      date: 7,
      milestones: {
        'reserve-policy': {
          status: 'done',
          note: 'kept',
          evidence: [{ url: 'https://example.org/a', kind: 'policy', asOf: '2026-11-01' }, { url: 5 }],
          criteria: { 'reserve-policy.unknown': { status: 'met' } },
        },
        'reserve-reporting': { status: 'met' },
        'no-such-milestone': { status: 'met' },
      },
    });
    const restored = restoreState(
      saved.replace('"reserve-reporting"', '"__proto__":{"status":"met"},"reserve-reporting"'),
      rubric,
      today,
    );
    expect(restored.state).toEqual({
      ...blank,
      arrangement: 'Kept (hypothetical)',
      milestones: {
        'reserve-policy': {
          note: 'kept',
          evidence: [{ url: 'https://example.org/a', kind: 'policy', asOf: '2026-11-01' }],
        },
        'reserve-reporting': { status: 'met' },
      },
    });
    expect(Object.getPrototypeOf(restored.state.milestones)).toBe(Object.prototype);
    expect(restored.notice).toBe(
      'Some of the progress saved in this browser could not be read (6 values left out); the rest is shown. Export it or start over.',
    );
  });

  it('reads `{"milestones": null}` as a blank form with a notice', () => {
    expect(restoreState('{"milestones": null}', rubric, today).notice).toBe(
      'Some of the progress saved in this browser could not be read (1 value left out); the rest is shown. Export it or start over.',
    );
  });
});
