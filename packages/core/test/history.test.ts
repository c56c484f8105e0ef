import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rubric } from '../src/index.js';
import { withHistory } from '../src/lib/history.js';

const release = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/releases/1.0.0.json'), 'utf8')) as Rubric;

function next(version: string): Rubric {
  const copy = structuredClone(release) as { -readonly [K in keyof Rubric]: Rubric[K] };
  (copy.milestones[0] as { title: string }).title = 'A clearer redemption promise';
  (copy.milestones[0]?.criteria[0] as { text: string }).text = 'The promise names who can redeem.';
  copy.version = version;
  return copy as Rubric;
}

describe('release history', () => {
  it('stamps changedIn on the items a new release changed, and keeps introducedIn', () => {
    const stamped = withHistory(next('1.1.0'), [release]);
    const [first, second] = stamped.milestones;
    expect([first?.introducedIn, first?.changedIn]).toEqual(['1.0.0', '1.1.0']);
    expect([first?.criteria[0]?.introducedIn, first?.criteria[0]?.changedIn]).toEqual(['1.0.0', '1.1.0']);
    expect([second?.introducedIn, second?.changedIn]).toEqual(['1.0.0', undefined]);
  });

  it('does not stamp unreleased changes while the version is still the frozen one', () => {
    const stamped = withHistory(next('1.0.0'), [release]);
    expect([stamped.milestones[0]?.introducedIn, stamped.milestones[0]?.changedIn]).toEqual(['1.0.0', undefined]);
  });
});
