/**
 * `@usd1-milestones/rubric`: the USD1 stablecoin milestones as typed data.
 * Everything here is generated from rubric/ by @usd1-milestones/core, and the
 * package has no dependencies. Its version is the rubric's version.
 */
import { data } from './generated/rubric.js';

export type {
  BucketId,
  CriterionId,
  FrameworkId,
  FrameworkItemId,
  GlossarySlug,
  MilestoneId,
  SectionId,
  SignalId,
  SourceKey,
  StageId,
} from './generated/rubric.js';
export type {
  Bucket,
  Criterion,
  Framework,
  FrameworkItem,
  Mapping,
  Milestone,
  ReplacedBy,
  Rubric,
  Section,
  Signal,
  Source,
  Stage,
  Term,
} from './generated/types.js';
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
/** Catalogs of the external frameworks the milestones map to (FSB, PFMI, MiCA, FATF). */
export const frameworks = data.frameworks;
