/**
 * The one definition of the rubric's shape. Every TypeScript type, the loader's
 * validation and the published JSON Schema come from these zod schemas.
 *
 * Objects are strict: an unknown key (a typo such as `buckt:`) is an error.
 * String lengths are capped so that a runaway value (a pasted 5 MB line) is
 * reported as a schema problem instead of flowing into every consumer.
 */
import { z } from 'zod';

/** Lower-case words joined by single hyphens: `reserve-policy`. */
/** The longest milestone body, in characters; longer ones are refused before any Markdown parser sees them. */
export const MAX_BODY_CHARS = 200_000;

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `<milestone id>.<criterion slug>`: `redemption-promise.who-can-redeem`. */
export const criterionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().regex(idPattern, 'Expected a lower-case id of words joined by hyphens');
const line = (max: number) => z.string().trim().min(1).max(max);
const ids = z.array(id);

export const statusSchema = z
  .enum(['active', 'retired'])
  .describe('`retired` items stay in the rubric so that old ids still resolve.');

export const replacedBySchema = z
  .strictObject({
    kind: z.enum(['moved', 'split', 'merged']),
    ids: z.array(z.string().min(1)).min(1),
  })
  .describe('Where a retired item went.');

export const bucketSchema = z.strictObject({
  id,
  number: z.int().positive(),
  title: line(120),
  question: line(300),
});

export const sectionSchema = z.strictObject({
  id,
  number: z.int().positive(),
  title: line(200),
  summary: line(400),
});

export const stageSchema = z.strictObject({
  id,
  number: z.int().positive(),
  title: line(120),
  description: line(600),
});

export const signalSchema = z.strictObject({
  id,
  title: line(120),
  description: line(600),
  buckets: ids,
  milestones: ids,
});

export const criterionSchema = z.strictObject({
  id: z
    .string()
    .regex(
      criterionIdPattern,
      'Expected `<milestone id>.<criterion slug>`, such as `redemption-promise.who-can-redeem`',
    ),
  text: line(600).describe('A checkable statement.'),
  seed: line(600).optional().describe("The seed guide's bullet this criterion comes from, verbatim."),
  status: statusSchema.optional(),
  replacedBy: replacedBySchema.optional(),
});

/** What a milestone file's YAML front matter holds. */
export const milestoneFrontMatterSchema = z.strictObject({
  id,
  number: z.int().positive(),
  title: line(200),
  summary: line(400).describe('One sentence.'),
  bucket: id,
  section: id,
  stage: id
    .optional()
    .describe(
      'The lifecycle stage at which this rubric first expects the milestone: a judgement of this rubric, matching what the stage description asks for (the guide itself ties only the wind-down plan to a stage).',
    ),
  status: statusSchema,
  replacedBy: replacedBySchema.optional(),
  criteria: z.array(criterionSchema).min(1),
  sources: ids.describe('Bibliography keys the body cites.'),
  related: ids.describe('Milestone ids.'),
});

/**
 * Release history, derived by the generator from the frozen releases (never
 * written by hand): the first release that had the item, and the latest
 * release that changed it. Both are absent while an item is unreleased.
 */
const history = {
  introducedIn: z.string().optional().describe('The first release that had this item.'),
  changedIn: z
    .string()
    .optional()
    .describe('The latest release that changed this item, if any did after it was introduced.'),
};

/** A criterion as published: the front matter's fields plus its release history. */
export const publishedCriterionSchema = criterionSchema.extend(history);

export const milestoneSchema = milestoneFrontMatterSchema.extend({
  criteria: z.array(publishedCriterionSchema).min(1),
  body: z.string().max(MAX_BODY_CHARS).describe('Markdown: why it matters and how to read the evidence.'),
  path: z.string().describe('The file that holds this milestone, relative to the rubric folder.'),
  ...history,
});

export const termSchema = z.strictObject({
  slug: id,
  term: line(120),
  definition: line(1000),
  aliases: z.array(line(120)),
  seeAlso: ids,
  status: statusSchema.optional(),
  replacedBy: replacedBySchema.optional(),
});

/** A glossary term as published: glossary.yaml's fields plus its release history. */
export const publishedTermSchema = termSchema.extend(history);

const cslName = z.strictObject({ literal: line(200) });

/** A bibliography entry: a subset of CSL-YAML plus the seed's `number`. */
export const sourceSchema = z.strictObject({
  id,
  number: z.int().positive().describe("The source's place in the seed's numbered list."),
  type: z.enum(['report', 'legislation', 'article-journal', 'book', 'webpage']),
  author: z.array(cslName).min(1).optional(),
  publisher: line(200).optional(),
  title: line(400),
  'container-title': line(200).optional(),
  'collection-title': line(200).optional(),
  'collection-number': z.union([z.int().positive(), line(40)]).optional(),
  source: line(200).optional(),
  issued: z.strictObject({ 'date-parts': z.array(z.array(z.int()).min(1).max(3)).length(1) }),
  URL: z.url({ protocol: /^https?$/ }).optional(),
});

/** `rubric.yaml`. */
export const rubricMetaSchema = z.strictObject({
  title: line(200),
  description: line(2000),
  neutralityNotice: line(2000),
  disclaimer: line(1000),
});

export const rubricSchema = rubricMetaSchema.extend({
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'Expected a semver version'),
  buckets: z.array(bucketSchema),
  sections: z.array(sectionSchema),
  stages: z.array(stageSchema),
  signals: z.array(signalSchema),
  milestones: z.array(milestoneSchema),
  glossary: z.array(publishedTermSchema),
  sources: z.array(sourceSchema),
});

/** Every schema, for consumers who validate their own copies of the data. */
export const schemas = {
  rubric: rubricSchema,
  rubricMeta: rubricMetaSchema,
  bucket: bucketSchema,
  section: sectionSchema,
  stage: stageSchema,
  signal: signalSchema,
  milestone: milestoneSchema,
  milestoneFrontMatter: milestoneFrontMatterSchema,
  criterion: criterionSchema,
  publishedCriterion: publishedCriterionSchema,
  term: termSchema,
  publishedTerm: publishedTermSchema,
  source: sourceSchema,
  status: statusSchema,
  replacedBy: replacedBySchema,
} as const;

/** Deeply read-only: the published data is never mutated. */
export type Immutable<T> = T extends (infer U)[]
  ? readonly Immutable<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Immutable<T[K]> }
    : T;

export type Rubric = Immutable<z.output<typeof rubricSchema>>;
export type RubricMeta = Immutable<z.output<typeof rubricMetaSchema>>;
export type Bucket = Immutable<z.output<typeof bucketSchema>>;
export type Section = Immutable<z.output<typeof sectionSchema>>;
export type Stage = Immutable<z.output<typeof stageSchema>>;
export type Signal = Immutable<z.output<typeof signalSchema>>;
export type Milestone = Immutable<z.output<typeof milestoneSchema>>;
export type MilestoneFrontMatter = Immutable<z.output<typeof milestoneFrontMatterSchema>>;
export type Criterion = Immutable<z.output<typeof criterionSchema>>;
export type Term = Immutable<z.output<typeof termSchema>>;
export type Source = Immutable<z.output<typeof sourceSchema>>;
export type Status = z.output<typeof statusSchema>;
export type ReplacedBy = Immutable<z.output<typeof replacedBySchema>>;
