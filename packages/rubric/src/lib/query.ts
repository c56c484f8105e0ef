/**
 * Look-ups over the bundled data. Typed signatures take the generated id
 * unions, so a misspelt id fails to compile; at run time an unknown id from
 * untyped code throws a RangeError (use the `is…` guards to test untrusted
 * strings first; `didYouMean` in @usd1-milestones/core/rules suggests ids).
 */
import {
  type BucketId,
  type CriterionId,
  data,
  type GlossarySlug,
  type MilestoneId,
  type SourceKey,
} from '../generated/rubric.js';

type Data = typeof data;
export type MilestoneData = Data['milestones'][number];
export type TermData = Data['glossary'][number];
export type SourceData = Data['sources'][number];
export type CriterionData = MilestoneData['criteria'][number];

/** The milestone with id `Id`, with its literal number, title and bucket. */
export type MilestoneById<Id extends MilestoneId> = Extract<MilestoneData, { readonly id: Id }>;
export type SourceByKey<Key extends SourceKey> = Extract<SourceData, { readonly id: Key }>;
/** The criterion with id `Id`. */
export type CriterionById<Id extends CriterionId> = Extract<CriterionData, { readonly id: Id }>;
export type TermBySlug<Slug extends GlossarySlug> = Extract<TermData, { readonly slug: Slug }>;

const milestonesById = new Map<string, MilestoneData>(data.milestones.map((m) => [m.id, m]));
const criteriaById = new Map<string, CriterionData>(
  data.milestones.flatMap((m) => m.criteria.map((c) => [c.id, c] as const)),
);
const sourcesByKey = new Map<string, SourceData>(data.sources.map((s) => [s.id, s]));
const bucketIds = new Set<string>(data.buckets.map((b) => b.id));
const termsByName = new Map<string, TermData>();
for (const term of data.glossary) {
  for (const name of [term.slug, term.term, ...term.aliases]) {
    const key = name.toLowerCase();
    if (!termsByName.has(key)) termsByName.set(key, term);
  }
}
const slugs = new Set<string>(data.glossary.map((t) => t.slug));

export function isMilestoneId(value: unknown): value is MilestoneId {
  return typeof value === 'string' && milestonesById.has(value);
}
export function isCriterionId(value: unknown): value is CriterionId {
  return typeof value === 'string' && criteriaById.has(value);
}
export function isBucketId(value: unknown): value is BucketId {
  return typeof value === 'string' && bucketIds.has(value);
}
export function isSourceKey(value: unknown): value is SourceKey {
  return typeof value === 'string' && sourcesByKey.has(value);
}
export function isGlossarySlug(value: unknown): value is GlossarySlug {
  return typeof value === 'string' && slugs.has(value);
}

/** The milestone with this id. */
export function getMilestone<Id extends MilestoneId>(id: Id): MilestoneById<Id> {
  return found(milestonesById, id, 'milestone id') as MilestoneById<Id>;
}

/** The criterion with this id (`<milestone id>.<slug>`). */
export function getCriterion<Id extends CriterionId>(id: Id): CriterionById<Id> {
  return found(criteriaById, id, 'criterion id') as CriterionById<Id>;
}

/** The milestones of one risk bucket, in number order. */
export function milestonesByBucket(bucketId: BucketId): readonly MilestoneData[] {
  if (!bucketIds.has(bucketId))
    throw new RangeError(`Unknown bucket id \`${String(bucketId)}\`; check untrusted ids with isBucketId()`);
  return data.milestones.filter((m) => m.bucket === bucketId);
}

/** The bibliography entry with this key. */
export function getSource<Key extends SourceKey>(key: Key): SourceByKey<Key> {
  return found(sourcesByKey, key, 'source key') as SourceByKey<Key>;
}

/**
 * A glossary term by slug, term or alias, ignoring case (`getTerm('HSM')`).
 * A known slug always finds its term; any other string may find nothing.
 */
export function getTerm<Slug extends GlossarySlug>(slug: Slug): TermBySlug<Slug>;
export function getTerm(slugOrAlias: string): TermData | undefined;
export function getTerm(slugOrAlias: string): TermData | undefined {
  return typeof slugOrAlias === 'string' ? termsByName.get(slugOrAlias.toLowerCase()) : undefined;
}

function found<T>(map: ReadonlyMap<string, T>, key: string, noun: string): T {
  const value = map.get(key);
  if (value === undefined)
    throw new RangeError(`Unknown ${noun} \`${String(key)}\`; check untrusted ids with the is… guards`);
  return value;
}
