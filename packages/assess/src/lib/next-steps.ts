/**
 * What would raise a profile: every criterion not met (or partly met), with
 * how much marking it met would add to its bucket's coverage. A milestone
 * answered as a whole, or not at all, is one step of its own. Ordered by that
 * gain, then by id, so the same assessment always gives the same list.
 */
import type { Rubric } from '@usd1-milestones/core';
import type { Assessment, MilestoneAssessment } from './schema.js';
import { type Outcome, type ScoreOptions, scoreAssessment } from './score.js';

export interface NextStep {
  readonly milestone: string;
  /** Absent when the milestone is answered as a whole (or not at all). */
  readonly criterion?: string;
  /** Its status today. */
  readonly status: Outcome;
  /** What marking it met adds to its bucket's coverage (0 to 1, three decimals). */
  readonly gain: number;
  /** The criterion's text, or the milestone's title. */
  readonly text: string;
}

/** Outcomes that are not a step: done, or not to be done. */
const settled = new Set<Outcome>(['met', 'not-applicable']);

export function nextSteps(assessment: Assessment, rubric: Rubric, options: ScoreOptions = {}): NextStep[] {
  const scoring = { ...(options.weights ? { weights: options.weights } : {}) };
  const now = scoreAssessment(assessment, rubric, scoring);
  const coverage = (a: Assessment, bucket: string) =>
    scoreAssessment(a, rubric, scoring).buckets[bucket]?.coverage ?? 0;
  /** The bucket's coverage with one answer replaced. */
  const gainWith = (bucket: string, id: string, entry: MilestoneAssessment) => {
    const before = now.buckets[bucket]?.coverage ?? 0;
    const after = coverage({ ...assessment, milestones: { ...assessment.milestones, [id]: entry } }, bucket);
    return Math.round((after - before) * 1000) / 1000;
  };
  const steps: NextStep[] = [];
  for (const m of rubric.milestones) {
    if (m.status === 'retired') continue;
    const entry = assessment.milestones[m.id];
    const status = now.milestones[m.id]?.status ?? 'not-assessed';
    if (settled.has(status)) continue;
    const answered = entry?.criteria ?? {};
    if (entry?.status !== undefined || Object.keys(answered).length === 0) {
      // Answered as a whole, or not at all: the milestone itself is the step.
      steps.push({
        milestone: m.id,
        status,
        gain: gainWith(m.bucket, m.id, { ...entry, status: 'met' }),
        text: m.title,
      });
      continue;
    }
    for (const c of m.criteria) {
      if (c.status === 'retired') continue;
      const own: Outcome = answered[c.id]?.status ?? 'not-assessed';
      if (settled.has(own)) continue;
      const criteria = { ...answered, [c.id]: { ...answered[c.id], status: 'met' as const } };
      steps.push({
        milestone: m.id,
        criterion: c.id,
        status: own,
        gain: gainWith(m.bucket, m.id, { ...entry, criteria }),
        text: c.text,
      });
    }
  }
  return steps.sort(
    (a, b) =>
      b.gain - a.gain ||
      (a.milestone < b.milestone ? -1 : a.milestone > b.milestone ? 1 : 0) ||
      ((a.criterion ?? '') < (b.criterion ?? '') ? -1 : (a.criterion ?? '') > (b.criterion ?? '') ? 1 : 0),
  );
}
