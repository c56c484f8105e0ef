import { describe, expect, it } from 'vitest';
import { coverageText, type GroupScore } from '../src/index.js';

const group = (counts: Partial<GroupScore['counts']>, coverage: number | null): GroupScore => ({
  counts: {
    met: 0,
    partial: 0,
    'not-met': 0,
    'not-disclosed': 0,
    'not-applicable': 0,
    'not-assessed': 0,
    ...counts,
  },
  coverage,
});

describe('coverageText', () => {
  it('shows a percentage, rounded', () => {
    expect(coverageText(group({ met: 1, 'not-met': 2 }, 0.333))).toBe('33%');
  });

  it('says 0% when milestones were assessed and none is met', () => {
    expect(coverageText(group({ 'not-met': 2, 'not-assessed': 1 }, 0))).toBe('0%');
  });

  it('says "not assessed" when nothing that applies was assessed, not 0%', () => {
    expect(coverageText(group({ 'not-assessed': 5 }, 0))).toBe('not assessed');
    expect(coverageText(group({ 'not-assessed': 2, 'not-applicable': 1 }, 0))).toBe('not assessed');
  });

  it('says n/a when nothing in the group applies', () => {
    expect(coverageText(group({ 'not-applicable': 3 }, null))).toBe('n/a');
    expect(coverageText(undefined)).toBe('n/a');
  });
});
