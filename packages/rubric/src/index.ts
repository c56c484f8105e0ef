/**
 * `@usd1-milestones/rubric`: the USD1 stablecoin milestones as typed data.
 * Everything here is generated from rubric/ or derived from the zod schemas.
 */
import { data } from './generated/rubric.js';

export type {
  BucketId,
  CriterionId,
  GlossarySlug,
  MilestoneId,
  SectionId,
  SignalId,
  SourceKey,
  StageId,
} from './generated/rubric.js';
export {
  type Bump,
  type ChangeType,
  changeGroups,
  compareBumps,
  diffRubrics,
  groupChanges,
  type ItemKind,
  maxBump,
  type RubricChange,
  type RubricDiff,
} from './lib/diff.js';
export { code } from './lib/format.js';
export {
  type CriterionById,
  getCriterion,
  getMilestone,
  getSource,
  getTerm,
  isBucketId,
  isCriterionId,
  isGlossarySlug,
  isMilestoneId,
  isSourceKey,
  type MilestoneById,
  milestonesByBucket,
  type SourceByKey,
  type TermBySlug,
} from './lib/query.js';
export { type RuleId, type RuleInfo, repositoryUrl, ruleIds, rules, ruleUrl, type Severity } from './lib/rules.js';
export {
  type Bucket,
  bucketSchema,
  type Criterion,
  criterionSchema,
  type Immutable,
  type Milestone,
  type MilestoneFrontMatter,
  milestoneFrontMatterSchema,
  milestoneSchema,
  type ReplacedBy,
  type Rubric,
  type RubricMeta,
  rubricSchema,
  type Section,
  type Signal,
  type Source,
  type Stage,
  type Status,
  schemas,
  type Term,
  termSchema,
} from './lib/schemas.js';
export { slugify } from './lib/slug.js';
export { closest, didYouMean } from './lib/suggest.js';
export { compareVersions } from './lib/versions.js';

/** The whole rubric, with the package's `version`. */
export const rubric = data;
export const version = data.version;
export const milestones = data.milestones;
export const buckets = data.buckets;
export const sections = data.sections;
export const stages = data.stages;
export const signals = data.signals;
export const glossary = data.glossary;
export const sources = data.sources;
