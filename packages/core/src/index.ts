/**
 * `@usd1-milestones/core`: the tools behind the USD1 milestones rubric. The zod
 * schemas (the one definition of the data's shape), the semantic diff, the
 * rule registry and suggestions. The loader and generator are in `/loader`
 * (Node only); positional YAML in `/yaml`; the zod-free parts also stand
 * alone as `/rules` and `/diff`, so that a consumer of those loads no zod.
 */
export * from './diff.js';
export {
  type Bucket,
  bucketSchema,
  type Criterion,
  criterionSchema,
  type Framework,
  type FrameworkItem,
  frameworkItemSchema,
  frameworkSchema,
  type Immutable,
  MAX_BODY_CHARS,
  type Mapping,
  type Milestone,
  type MilestoneFrontMatter,
  mappingSchema,
  milestoneFrontMatterSchema,
  milestoneSchema,
  type Relationship,
  type ReplacedBy,
  type Rubric,
  type RubricMeta,
  relationships,
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
export { compareVersions } from './lib/versions.js';
export * from './rules.js';
