/**
 * Carries an assessment to a newer rubric release: every answer goes where
 * its item went (`replacedBy`: moved, merged, split), answers whose item
 * changed meaning keep their status and are marked for review, answers to
 * items retired without a successor are kept under `retired`, and the items
 * added since are listed as not assessed. Nothing is dropped: there is one
 * step per answer of the input.
 *
 * Pure data (no Node APIs). The CLI writes the result into the file's own
 * YAML so that comments stay (see the steps' `to`).
 */
import type { Rubric } from '@usd1-milestones/core';
import { diffRubrics } from '@usd1-milestones/core/diff';
import type { Assessment, MilestoneAssessment, RetiredAnswer, Status } from './schema.js';

export type MigrationAction = 'kept' | 'review' | 'moved' | 'merged' | 'split' | 'retired';

/** Where an answer lands: a milestone, or a criterion of one. */
export interface Place {
  readonly milestone: string;
  readonly criterion?: string;
}

export interface MigrationStep {
  readonly kind: 'milestone' | 'criterion';
  /** The id in the input. */
  readonly id: string;
  /** The input milestone the answer sits under. */
  readonly milestone: string;
  readonly action: MigrationAction;
  /** Where it went; empty for `retired`. */
  readonly to: readonly Place[];
  readonly status?: Status;
  /** Why it needs review, or what became of a retired item. */
  readonly reason?: string;
}

export interface Migration {
  readonly from: string;
  readonly to: string;
  readonly steps: readonly MigrationStep[];
  /** Milestones and criteria added since, which the input could not have assessed. */
  readonly notAssessed: readonly { readonly id: string; readonly message: string }[];
  readonly assessment: Assessment;
}

export function migrateAssessment(assessment: Assessment, from: Rubric, to: Rubric): Migration {
  const diff = diffRubrics(from, to);
  const meaning = new Map(diff.changes.filter((c) => c.change === 'meaning').map((c) => [c.id, c.message]));
  const milestonesTo = new Map(to.milestones.map((m) => [m.id, m]));
  const criteriaTo = new Map(
    to.milestones.flatMap((m) => m.criteria.map((c) => [c.id, { milestone: m, criterion: c }])),
  );
  const steps: MigrationStep[] = [];
  const milestones: Record<string, MilestoneAssessment> = {};
  const retired: Record<string, RetiredAnswer> = { ...(assessment.retired ?? {}) };

  for (const [id, entry] of Object.entries(assessment.milestones)) {
    const { criteria, ...own } = entry;
    const hasOwn = own.status !== undefined || own.evidence !== undefined || own.note !== undefined;
    const resolved = resolve(id, (x) => milestonesTo.get(x));
    if (hasOwn) {
      if (resolved.ids.length === 0) {
        retired[id] = { ...own, reason: resolved.reason };
        steps.push(step('milestone', id, id, 'retired', [], own.status, resolved.reason));
      } else {
        // A milestone's own answer covers its criteria, so a criterion that changed meaning concerns it too.
        const changed = milestoneMeaning(id, resolved.ids, meaning, milestonesTo);
        const action = actionOf(resolved.kind, changed !== undefined);
        const reason = reviewReason(id, resolved, changed, to.version);
        const placed: Place[] = [];
        for (const target of resolved.ids) {
          const into = entryOf(milestones, target);
          if (into.status !== undefined || into.evidence !== undefined) {
            // Two old milestones merged into one that already has an answer: the second is kept, not overwritten.
            const why = `merged into \`${target}\`, which already had an answer from another milestone`;
            retired[id] = { ...own, reason: why };
            steps.push(step('milestone', id, id, 'retired', [], own.status, why));
            continue;
          }
          Object.assign(into, own, reason ? { review: reason } : {});
          placed.push({ milestone: target });
        }
        if (placed.length > 0) steps.push(step('milestone', id, id, action, placed, own.status, reason));
      }
    }
    for (const [criterionId, judgement] of Object.entries(criteria ?? {})) {
      const found = resolve(criterionId, (x) => criteriaTo.get(x)?.criterion);
      if (found.ids.length === 0) {
        retired[criterionId] = { ...judgement, reason: found.reason };
        steps.push(step('criterion', criterionId, id, 'retired', [], judgement.status, found.reason));
        continue;
      }
      const reason = reviewReason(criterionId, found, meaning.get(criterionId), to.version);
      const places = found.ids.map((c) => ({
        milestone: (criteriaTo.get(c) as { milestone: { id: string } }).milestone.id,
        criterion: c,
      }));
      for (const place of places) {
        const into = entryOf(milestones, place.milestone);
        into.criteria = {
          ...(into.criteria ?? {}),
          [place.criterion]: { ...judgement, ...(reason ? { review: reason } : {}) },
        };
      }
      steps.push(
        step(
          'criterion',
          criterionId,
          id,
          actionOf(found.kind, meaning.has(criterionId)),
          places,
          judgement.status,
          reason,
        ),
      );
    }
  }

  const assessedMilestones = new Set(Object.keys(milestones));
  const notAssessed = diff.changes
    .filter((c) => c.change === 'added' && (c.kind === 'milestone' || c.kind === 'criterion'))
    .filter((c) => c.kind === 'milestone' || assessedMilestones.has(criteriaTo.get(c.id)?.milestone.id ?? ''))
    .map((c) => ({ id: c.id, message: c.message }));

  const { retired: _old, ...rest } = assessment;
  return {
    from: from.version,
    to: to.version,
    steps,
    notAssessed,
    assessment: {
      ...rest,
      rubricVersion: to.version,
      milestones,
      ...(Object.keys(retired).length > 0 ? { retired } : {}),
    },
  };
}

/** The migrated entry of a milestone, created empty the first time an answer lands on it. */
function entryOf(milestones: Record<string, MilestoneAssessment>, id: string): MilestoneAssessment {
  const found = milestones[id];
  if (found) return found;
  const created: MilestoneAssessment = {};
  milestones[id] = created;
  return created;
}

interface Resolved {
  /** The active ids the item now lives under; empty when retired without a successor. */
  readonly ids: readonly string[];
  readonly kind: 'same' | 'moved' | 'merged' | 'split' | 'retired';
  readonly reason: string;
}

/** Follows `replacedBy` from a retired item to the active items that replace it (chains followed, cycles stopped). */
function resolve(
  id: string,
  find: (id: string) =>
    | {
        readonly status?: string | undefined;
        readonly replacedBy?: { readonly kind: string; readonly ids: readonly string[] } | undefined;
      }
    | undefined,
): Resolved {
  const item = find(id);
  if (!item) return { ids: [], kind: 'retired', reason: `\`${id}\` is not in the rubric any more` };
  if (item.status !== 'retired') return { ids: [id], kind: 'same', reason: '' };
  if (!item.replacedBy) return { ids: [], kind: 'retired', reason: `\`${id}\` was retired without a successor` };
  const kind = item.replacedBy.kind as 'moved' | 'merged' | 'split';
  const ids: string[] = [];
  const seen = new Set([id]);
  const queue = [...item.replacedBy.ids];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const target = find(next);
    if (target && target.status !== 'retired') ids.push(next);
    else if (target?.replacedBy) queue.push(...target.replacedBy.ids);
  }
  if (ids.length === 0)
    return { ids: [], kind: 'retired', reason: `\`${id}\` was retired; its successors were retired too` };
  return { ids, kind, reason: '' };
}

/** What changed meaning in a milestone or in the criteria it now has, as one sentence, or undefined. */
function milestoneMeaning(
  id: string,
  targets: readonly string[],
  meaning: ReadonlyMap<string, string>,
  milestonesTo: ReadonlyMap<string, { readonly criteria: readonly { readonly id: string }[] }>,
): string | undefined {
  const own = meaning.get(id);
  const criteria = targets.flatMap((t) => (milestonesTo.get(t)?.criteria ?? []).filter((c) => meaning.has(c.id)));
  const parts = [
    ...(own ? [own] : []),
    ...(criteria.length === 0
      ? []
      : [
          `${criteria.length === 1 ? 'its criterion' : `${criteria.length} of its criteria`} ${criteria.map((c) => `\`${c.id}\``).join(', ')} changed meaning`,
        ]),
  ];
  return parts.length === 0 ? undefined : `${own ? '' : `Milestone \`${id}\`: `}${parts.join('; ')}`;
}

function actionOf(kind: Resolved['kind'], changedMeaning: boolean): MigrationAction {
  if (kind === 'same') return changedMeaning ? 'review' : 'kept';
  return kind === 'retired' ? 'retired' : kind;
}

function reviewReason(
  id: string,
  resolved: Resolved,
  meaning: string | undefined,
  version: string,
): string | undefined {
  const moved =
    resolved.kind === 'moved' || resolved.kind === 'merged'
      ? `\`${id}\` was ${resolved.kind} into ${resolved.ids.map((x) => `\`${x}\``).join(', ')} in ${version}; check that the answer still holds`
      : resolved.kind === 'split'
        ? `\`${id}\` was split into ${resolved.ids.map((x) => `\`${x}\``).join(', ')} in ${version}; the answer was copied to each, check each`
        : undefined;
  const changed = meaning ? `${meaning} by ${version}; check that the answer still holds` : undefined;
  return [moved, changed].filter(Boolean).join('. ') || undefined;
}

function step(
  kind: MigrationStep['kind'],
  id: string,
  milestone: string,
  action: MigrationAction,
  to: readonly Place[],
  status: Status | undefined,
  reason: string | undefined,
): MigrationStep {
  return { kind, id, milestone, action, to, ...(status ? { status } : {}), ...(reason ? { reason } : {}) };
}
