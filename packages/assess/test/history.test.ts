/**
 * The history of one arrangement on the real examples: the earlier Harbor
 * Dollar assessment (rubric 1.2.0) and the later one (1.3.0), carried to the
 * newest release, give each bucket's coverage per date and every change of
 * status with its date; files of another arrangement, or on a rubric that is
 * not a release, are refused with a reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReleases } from '@usd1-milestones/core/loader';
import { rubric } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { describe, expect, it } from 'vitest';
import { assessmentHistory, type HistoryInput, historyProblem } from '../src/lib/history.js';
import { parseAssessment } from '../src/lib/parse.js';

const repo = join(import.meta.dirname, '../../..');
const releases = new Map(loadReleases(releasesFolder).map((r) => [r.version, r]));
const newest = [...releases.keys()].at(-1);

function input(path: string): HistoryInput {
  const parsed = parseAssessment(readFileSync(join(repo, path), 'utf8'), path, rubric);
  if (!parsed.assessment) throw new Error(`${path} does not parse: ${JSON.stringify(parsed.problems)}`);
  return { file: path, assessment: parsed.assessment };
}

const earlier = input('examples/history/harbor-dollar-2026-05.yaml');
const later = input('examples/harbor-dollar.yaml');

describe('assessmentHistory', () => {
  // Given newest first: the history orders by date.
  const history = assessmentHistory([later, earlier], releases);

  it('scores each assessment, carried to the newest release, per bucket and date', () => {
    expect(history.arrangement).toBe('Harbor Dollar (hypothetical)');
    expect(history.rubricVersion).toBe(newest);
    expect(history.points.map((p) => [p.date, p.file, p.madeWith])).toEqual([
      ['2026-05-01', 'examples/history/harbor-dollar-2026-05.yaml', '1.2.0'],
      ['2026-11-01', 'examples/harbor-dollar.yaml', '1.3.0'],
    ]);
    expect(history.points.map((p) => p.buckets.transparency)).toEqual([0.167, 0.667]);
    expect(history.points.map((p) => p.buckets['promise-clarity'])).toEqual([0.2, 0.3]);
    expect(Object.keys(history.points[0]?.buckets ?? {})).toEqual(rubric.buckets.map((b) => b.id));
  });

  it('lists every status that changed, at the date it first shows, milestones by number', () => {
    expect(history.changes).toEqual([
      { date: '2026-11-01', milestone: 'redemption-promise', from: 'partial', to: 'met' },
      {
        date: '2026-11-01',
        milestone: 'reserve-policy',
        criterion: 'reserve-policy.excluded-assets',
        from: 'partial',
        to: 'met',
      },
      {
        date: '2026-11-01',
        milestone: 'reserve-policy',
        criterion: 'reserve-policy.maturity-management',
        from: 'not-disclosed',
        to: 'partial',
      },
      { date: '2026-11-01', milestone: 'reserve-reporting', from: 'partial', to: 'met' },
      { date: '2026-11-01', milestone: 'attestation-vs-audit', from: 'not-disclosed', to: 'met' },
      { date: '2026-11-01', milestone: 'compliance-roles', from: 'not-assessed', to: 'partial' },
      { date: '2026-11-01', milestone: 'geographic-clarity', from: 'not-assessed', to: 'met' },
      { date: '2026-11-01', milestone: 'key-management', from: 'not-assessed', to: 'not-disclosed' },
      { date: '2026-11-01', milestone: 'bridge-risk-disclosure', from: 'not-assessed', to: 'not-applicable' },
    ]);
  });

  it('refuses files of another arrangement, or on a rubric that is not a release', () => {
    const other = input('examples/meridian-settlement-coin.yaml');
    expect(historyProblem([later, other], releases)?.message).toBe(
      '`examples/meridian-settlement-coin.yaml` assesses `Meridian Settlement Coin (hypothetical)`, not `Harbor Dollar (hypothetical)` as `examples/harbor-dollar.yaml` does: a history is of one arrangement',
    );
    const unreleased = { ...later, assessment: { ...later.assessment, rubricVersion: '9.9.9' } };
    expect(historyProblem([earlier, unreleased], releases)?.message).toBe(
      '`examples/harbor-dollar.yaml` names rubric 9.9.9, which is not a frozen release; it cannot be carried forward for comparison',
    );
    // Each problem names the file and the field it is about, for the place it is reported at.
    expect(historyProblem([later, other], releases)).toMatchObject({
      file: 'examples/meridian-settlement-coin.yaml',
      key: 'arrangement',
    });
    expect(historyProblem([earlier, unreleased], releases)).toMatchObject({
      file: 'examples/harbor-dollar.yaml',
      key: 'rubricVersion',
    });
    expect(() => assessmentHistory([later, other], releases)).toThrow('a history is of one arrangement');
  });
});
