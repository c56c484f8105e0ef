/**
 * Scores an assessment against the rubric: per milestone, per bucket and per
 * lifecycle stage. No single grade: the result is a profile.
 *
 * Coverage of a group = Σ weight × credit / Σ weight over its milestones that
 * are not `not-applicable`, where credit is 1 for `met`, 0.5 for `partial` and
 * 0 for `not-met`, `not-disclosed` and `not-assessed`; weights are 1 unless a
 * published weights file says otherwise. It is `null` when nothing in the
 * group applies. `not-disclosed` keeps its own count: it is never folded into
 * `not-met`.
 */
import type { Rubric } from '@usd1-milestones/core';
import { diffRubrics } from '@usd1-milestones/core/diff';
import type { NextStep } from './next-steps.js';
import type { Assessment, Cadence, Evidence, EvidenceKind, MilestoneAssessment, Status } from './schema.js';

export type Outcome = Status | 'not-assessed';
export const outcomes: readonly Outcome[] = [
  'met',
  'partial',
  'not-met',
  'not-disclosed',
  'not-applicable',
  'not-assessed',
];

export interface GroupScore {
  readonly counts: Readonly<Record<Outcome, number>>;
  readonly coverage: number | null;
}

export interface StaleEvidence {
  readonly milestone: string;
  readonly url: string;
  readonly kind: EvidenceKind;
  readonly asOf: string;
  readonly cadence: Cadence;
  readonly ageDays: number;
}

export interface Scorecard {
  readonly arrangement: string;
  readonly hypothetical: boolean;
  readonly date: string;
  readonly assessor: string;
  readonly rubricVersion: string;
  /** The rubric version the scores were computed against. */
  readonly scoredWith: string;
  readonly buckets: Readonly<Record<string, GroupScore>>;
  readonly stages: Readonly<Record<string, GroupScore>>;
  readonly milestones: Readonly<Record<string, { readonly status: Outcome; readonly derived: boolean }>>;
  readonly stale: readonly StaleEvidence[];
  /**
   * Coverage per item of each framework asked for (`byFrameworks`), by framework
   * id and item id: the milestones that map to an item (themselves or through a
   * criterion), with the same formula as a bucket.
   */
  readonly frameworks?: Readonly<Record<string, Readonly<Record<string, GroupScore>>>>;
  /** Answers marked for another look (`review`, as `assess migrate` sets it), by milestone or criterion id. */
  readonly review: readonly { readonly id: string; readonly reason: string }[];
  /** What changed in the rubric since the version the assessment was made against, for the ids it assessed. */
  readonly rubricChanges: readonly { readonly id: string; readonly change: string; readonly message: string }[];
  /** What would raise the profile, as `nextSteps` gives it, when the caller asked for it. */
  readonly nextSteps?: readonly NextStep[];
}

export interface ScoreOptions {
  /** Per-milestone weights from a published weights file; 1 when absent. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Frozen releases by version, to explain what changed since an older rubricVersion. */
  readonly releases?: ReadonlyMap<string, Rubric>;
  /** Framework ids (`pfmi`) to profile per item as well as per bucket and stage. */
  readonly byFrameworks?: readonly string[];
}

/** Default publishing cadence per evidence kind, when the evidence states none. */
export const defaultCadence: Readonly<Record<EvidenceKind, Cadence | undefined>> = {
  attestation: 'monthly',
  'proof-of-reserves': 'monthly',
  'on-chain': 'daily',
  report: 'quarterly',
  audit: 'annual',
  policy: 'annual',
  other: undefined,
};

/** The oldest evidence of each cadence that is still current, in days. */
export const cadenceDays: Readonly<Record<Cadence, number>> = {
  daily: 1,
  weekly: 7,
  monthly: 31,
  quarterly: 92,
  annual: 366,
};

/**
 * Evidence older on `day` (YYYY-MM-DD) than its cadence allows, with its age;
 * undefined when it is not, or cannot be judged (no `asOf`, a kind with no
 * default cadence). Scoring asks this on the assessment's date; `assess
 * verify` on today.
 */
export function staleOn(
  item: Pick<Evidence, 'asOf' | 'cadence' | 'kind'>,
  day: string,
): { cadence: Cadence; ageDays: number } | undefined {
  const cadence = item.cadence ?? defaultCadence[item.kind];
  // Undated evidence cannot be stale; `assessment-consistency` warns that it has no date.
  if (!cadence || item.asOf === undefined) return undefined;
  const ageDays = Math.round((Date.parse(day) - Date.parse(item.asOf)) / 86_400_000);
  return ageDays > cadenceDays[cadence] ? { cadence, ageDays } : undefined;
}

/** What each outcome earns toward coverage (and, in a CycloneDX attestation, its conformance score). */
export const credit: Readonly<Record<Outcome, number>> = {
  met: 1,
  partial: 0.5,
  'not-met': 0,
  'not-disclosed': 0,
  'not-applicable': 0,
  'not-assessed': 0,
};

export function scoreAssessment(assessment: Assessment, rubric: Rubric, options: ScoreOptions = {}): Scorecard {
  const milestones: Record<string, { status: Outcome; derived: boolean }> = {};
  for (const m of rubric.milestones) {
    const entry = assessment.milestones[m.id];
    milestones[m.id] = entry ? statusOf(entry) : { status: 'not-assessed', derived: false };
  }
  const group = (ids: readonly string[]): GroupScore => {
    const counts = Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>;
    let total = 0;
    let earned = 0;
    for (const id of ids) {
      const status = milestones[id]?.status ?? 'not-assessed';
      counts[status]++;
      if (status === 'not-applicable') continue;
      const weight = options.weights?.[id] ?? 1;
      total += weight;
      earned += weight * credit[status];
    }
    return { counts, coverage: total === 0 ? null : Math.round((earned / total) * 1000) / 1000 };
  };
  const buckets = Object.fromEntries(
    rubric.buckets.map((b) => [b.id, group(rubric.milestones.filter((m) => m.bucket === b.id).map((m) => m.id))]),
  );
  const stages = Object.fromEntries(
    rubric.stages.map((s) => [s.id, group(rubric.milestones.filter((m) => m.stage === s.id).map((m) => m.id))]),
  );
  const frameworks = options.byFrameworks
    ? Object.fromEntries(
        options.byFrameworks.map((id) => {
          const catalog = (rubric.frameworks ?? []).find((f) => f.id === id);
          const items = (catalog?.items ?? []).filter((item) => item.status !== 'retired');
          return [id, Object.fromEntries(items.map((item) => [item.id, group(mappedTo(rubric, `${id}/${item.id}`))]))];
        }),
      )
    : undefined;

  const stale: StaleEvidence[] = [];
  for (const [id, entry] of Object.entries(assessment.milestones)) {
    const evidence = [
      ...(entry.evidence ?? []),
      ...Object.values(entry.criteria ?? {}).flatMap((c) => c.evidence ?? []),
    ];
    for (const item of evidence) {
      const age = staleOn(item, assessment.date);
      if (age && item.asOf !== undefined)
        stale.push({ milestone: id, url: item.url, kind: item.kind, asOf: item.asOf, ...age });
    }
  }

  let rubricChanges: Scorecard['rubricChanges'] = [];
  if (assessment.rubricVersion !== rubric.version) {
    const then = options.releases?.get(assessment.rubricVersion);
    if (!then) {
      rubricChanges = [
        {
          id: '*',
          change: 'unknown-version',
          message: `Rubric version ${assessment.rubricVersion} is not a known release; scores use ${rubric.version} as is`,
        },
      ];
    } else {
      const assessed = new Set(
        Object.entries(assessment.milestones).flatMap(([id, e]) => [id, ...Object.keys(e.criteria ?? {})]),
      );
      // A criterion's change concerns whoever assessed its milestone (`reserve-reporting` covers `reserve-reporting.*`).
      const concerns = (id: string) => assessed.has(id) || assessed.has(id.slice(0, id.indexOf('.')));
      rubricChanges = diffRubrics(then, rubric)
        .changes.filter((c) => concerns(c.id) && c.change !== 'editorial')
        .map((c) => ({ id: c.id, change: c.change, message: c.message }));
    }
  }

  return {
    ...(frameworks ? { frameworks } : {}),
    arrangement: assessment.arrangement,
    hypothetical: assessment.hypothetical ?? false,
    date: assessment.date,
    assessor: assessment.assessor,
    rubricVersion: assessment.rubricVersion,
    scoredWith: rubric.version,
    buckets,
    stages,
    milestones,
    stale,
    review: Object.entries(assessment.milestones).flatMap(([id, entry]) => [
      ...(entry.review === undefined ? [] : [{ id, reason: entry.review }]),
      ...Object.entries(entry.criteria ?? {}).flatMap(([criterion, judgement]) =>
        judgement.review === undefined ? [] : [{ id: criterion, reason: judgement.review }],
      ),
    ]),
    rubricChanges,
  };
}

/** A milestone's status: as given, or derived from its criteria. */
/** The milestones that map to a framework item, themselves or through one of their criteria. */
function mappedTo(rubric: Rubric, target: string): string[] {
  return rubric.milestones
    .filter(
      (m) =>
        (m.mappings ?? []).some((x) => x.target === target) ||
        m.criteria.some((c) => c.mappings?.some((x) => x.target === target)),
    )
    .map((m) => m.id);
}

function statusOf(entry: MilestoneAssessment): { status: Outcome; derived: boolean } {
  if (entry.status) return { status: entry.status, derived: false };
  const given = Object.values(entry.criteria ?? {})
    .map((c) => c.status)
    .filter((s) => s !== 'not-applicable');
  const all = Object.values(entry.criteria ?? {});
  if (all.length === 0) return { status: 'not-assessed', derived: true };
  if (given.length === 0) return { status: 'not-applicable', derived: true };
  if (given.every((s) => s === 'met')) return { status: 'met', derived: true };
  if (given.some((s) => s === 'met' || s === 'partial')) return { status: 'partial', derived: true };
  if (given.every((s) => s === 'not-disclosed')) return { status: 'not-disclosed', derived: true };
  return { status: 'not-met', derived: true };
}
