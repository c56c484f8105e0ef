/**
 * `@usd1-milestones/core`: the tools behind the USD1 milestones rubric. Its
 * own job is the zod schemas, the one definition of the data's shape; it also
 * gathers the semantic diff (`/diff`) and the rule registry with suggestions
 * (`/rules`), which stand alone so that a consumer of those loads no zod.
 * Each of the other jobs has its own entry point: `/loader` (Node only),
 * `/generate`, `/export`, `/print` (Node only: the PDF), `/yaml`, `/ids` and
 * `/translations`.
 */
export * from './diff.js';
export {
  type Bucket,
  bucketSchema,
  type Criterion,
  changesSchema,
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
  translationEntrySchema,
  translationFileSchema,
} from './lib/schemas.js';
export * from './rules.js';
