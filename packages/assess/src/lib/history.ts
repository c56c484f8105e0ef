/**
 * The history of one arrangement: several dated assessments, possibly made
 * against different rubric releases, each carried to one release (the newest
 * given) so that they compare, then the coverage of each bucket per date and
 * every status that changed from one date to the next.
 *
 * Pure data (no Node APIs): the caller reads the files and the releases.
 */
import type { Rubric } from '@usd1-milestones/core';
import { compareVersions } from '@usd1-milestones/core/ids';
import { migrateAssessment } from './migrate.js';
import type { Assessment } from './schema.js';
import { type Outcome, scoreAssessment } from './score.js';

export interface HistoryInput {
  /** As the user named it; shown beside its date. */
  readonly file: string;
  readonly assessment: Assessment;
}

export interface HistoryPoint {
  readonly date: string;
  readonly file: string;
  /** The release the assessment was made against, before it was carried forward. */
  readonly madeWith: string;
  /** Each bucket's coverage (0 to 1, null when nothing in it applies), by bucket id. */
  readonly buckets: Readonly<Record<string, number | null>>;
}

export interface HistoryChange {
  /** The date of the assessment where the new status first shows. */
  readonly date: string;
  readonly milestone: string;
  readonly criterion?: string;
  readonly from: Outcome;
  readonly to: Outcome;
}

export interface History {
  readonly arrangement: string;
  /** The release every assessment was carried to and scored against. */
  readonly rubricVersion: string;
  readonly points: readonly HistoryPoint[];
  readonly changes: readonly HistoryChange[];
}

/** Why the assessments cannot make one history: the file and the field it is about, and the message. */
export interface HistoryProblem {
  readonly file: string;
  readonly key: 'arrangement' | 'rubricVersion';
  readonly message: string;
}

/** Why the assessments cannot make one history, or null. */
export function historyProblem(
  inputs: readonly HistoryInput[],
  releases: ReadonlyMap<string, Rubric>,
): HistoryProblem | null {
  const [first] = inputs;
  if (!first) return { file: '', key: 'arrangement', message: 'No assessment given' };
  const other = inputs.find((i) => i.assessment.arrangement !== first.assessment.arrangement);
  if (other)
    return {
      file: other.file,
      key: 'arrangement',
      message: `\`${other.file}\` assesses \`${other.assessment.arrangement}\`, not \`${first.assessment.arrangement}\` as \`${first.file}\` does: a history is of one arrangement`,
    };
  const unknown = inputs.find((i) => !releases.has(i.assessment.rubricVersion));
  if (unknown)
    return {
      file: unknown.file,
      key: 'rubricVersion',
      message: `\`${unknown.file}\` names rubric ${unknown.assessment.rubricVersion}, which is not a frozen release; it cannot be carried forward for comparison`,
    };
  return null;
}

/**
 * The history. `releases` are the frozen releases by version; the assessments
 * are carried to the newest of them. Throws when `historyProblem` names a
 * problem: callers ask it first, to say what went wrong in their own terms.
 */
export function assessmentHistory(inputs: readonly HistoryInput[], releases: ReadonlyMap<string, Rubric>): History {
  const problem = historyProblem(inputs, releases);
  if (problem !== null) throw new Error(problem.message);
  const newest = [...releases.values()].sort((a, b) => compareVersions(a.version, b.version)).at(-1) as Rubric;
  // By date; the same date keeps the order the files were given in.
  const ordered = inputs.map((input, index) => ({ input, index }));
  ordered.sort((a, b) =>
    a.input.assessment.date < b.input.assessment.date
      ? -1
      : a.input.assessment.date > b.input.assessment.date
        ? 1
        : a.index - b.index,
  );
  const carried = ordered.map(({ input }) => {
    const from = releases.get(input.assessment.rubricVersion) as Rubric;
    const assessment =
      from.version === newest.version ? input.assessment : migrateAssessment(input.assessment, from, newest).assessment;
    return { input, assessment, card: scoreAssessment(assessment, newest) };
  });

  const points: HistoryPoint[] = carried.map(({ input, card }) => ({
    date: input.assessment.date,
    file: input.file,
    madeWith: input.assessment.rubricVersion,
    buckets: Object.fromEntries(newest.buckets.map((b) => [b.id, card.buckets[b.id]?.coverage ?? null])),
  }));

  const milestones = newest.milestones.filter((m) => m.status !== 'retired').sort((a, b) => a.number - b.number);
  const changes: HistoryChange[] = [];
  for (let i = 1; i < carried.length; i++) {
    const before = carried[i - 1];
    const after = carried[i];
    if (!before || !after) continue;
    const date = after.input.assessment.date;
    for (const m of milestones) {
      const from = before.card.milestones[m.id]?.status ?? 'not-assessed';
      const to = after.card.milestones[m.id]?.status ?? 'not-assessed';
      if (from !== to) changes.push({ date, milestone: m.id, from, to });
      for (const c of m.criteria) {
        const was: Outcome = before.assessment.milestones[m.id]?.criteria?.[c.id]?.status ?? 'not-assessed';
        const now: Outcome = after.assessment.milestones[m.id]?.criteria?.[c.id]?.status ?? 'not-assessed';
        if (was !== now) changes.push({ date, milestone: m.id, criterion: c.id, from: was, to: now });
      }
    }
  }
  return {
    arrangement: inputs[0]?.assessment.arrangement ?? '',
    rubricVersion: newest.version,
    points,
    changes,
  };
}
