/**
 * The one definition of the rubric's shape. Every TypeScript type, the loader's
 * validation and the published JSON Schema come from these zod schemas.
 *
 * Objects are strict: an unknown key (a typo such as `buckt:`) is an error.
 * String lengths are capped so that a runaway value (a pasted 5 MB line) is
 * reported as a schema problem instead of flowing into every consumer.
 */
import { z } from 'zod';
import { rationaleTypes, relationships } from './mapping-terms.js';

export { rationaleTypes, relationships };

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

/** A framework item's id as its publication numbers it: `R9`, `P7`, `art-36`, `R.16`, `R.16-2025`, `annex-iii`, `5903-a-1-A`. */
export const frameworkItemIdPattern = /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/;
/** `<framework id>/<item id>`: `pfmi/P7`; a framework id alone (`mica`) for `no-relationship`. */
export const mappingTargetPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)?$/;
/** An excerpt's id within its item: `art-37-1-d`, `5903-a-1-A`, `kc-1`. */
export const excerptIdPattern = /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/;

/**
 * How a milestone or criterion relates to an item of an external framework.
 * A mapping says the texts address related things, never that meeting the
 * milestone means complying with the framework. In `rubric/` every mapping
 * names its rationale type and (but `no-relationship`) its basis, the excerpts
 * of the item's official text it rests on; the loader requires them, so that
 * releases frozen before they existed still read.
 */
export const mappingSchema = z
  .strictObject({
    target: z
      .string()
      .regex(
        mappingTargetPattern,
        'Expected `<framework id>/<item id>`, such as `pfmi/P7` (a framework id alone for `no-relationship`)',
      )
      .describe('The framework item, as `<framework id>/<item id>`; the framework id alone for `no-relationship`.'),
    relationship: z.enum(relationships).describe('OSCAL relationship, read from the rubric item to the target.'),
    // Optional in the data, so that releases frozen before 1.5.0 still read; the loader requires it of `rubric/`.
    rationaleType: z
      .enum(rationaleTypes)
      .optional()
      .describe('OSCAL rationale type: syntactic (the words), semantic (the meaning) or functional (the result).'),
    basis: z
      .array(z.string().regex(excerptIdPattern, 'Expected an excerpt id of the target item, such as `art-37-1-d`'))
      .optional()
      .describe("The excerpts of the target item's official text the mapping rests on, by id."),
    rationale: line(400).describe("One sentence in the project's words: why the two relate, or why nothing applies."),
  })
  .superRefine((mapping, context) => {
    const alone = !mapping.target.includes('/');
    if (mapping.relationship === 'no-relationship') {
      if (!alone)
        context.addIssue({
          code: 'custom',
          path: ['target'],
          message: '`no-relationship` names the framework alone, such as `mica`, with the reason in `rationale`',
        });
      if (mapping.basis !== undefined)
        context.addIssue({
          code: 'custom',
          path: ['basis'],
          message: '`no-relationship` rests on no excerpt: remove `basis`',
        });
      return;
    }
    if (alone)
      context.addIssue({
        code: 'custom',
        path: ['target'],
        message:
          'Expected `<framework id>/<item id>`, such as `pfmi/P7`: only `no-relationship` names a framework alone',
      });
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
  mayNotApply: line(300)
    .optional()
    .describe(
      'When the criterion may be marked not applicable, and why: the condition, such as "No incident has happened."',
    ),
  mappings: z.array(mappingSchema).optional().describe('Crosswalk mappings of this criterion alone.'),
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
      "The lifecycle stage whose description in the guide supports this milestone; only with `stageBasis`, the guide's words that say so.",
    ),
  stageBasis: line(400)
    .optional()
    .describe("The words of the guide's description of the stage that support it, verbatim."),
  status: statusSchema,
  replacedBy: replacedBySchema.optional(),
  criteria: z.array(criterionSchema).min(1),
  sources: ids.describe('Bibliography keys the body cites.'),
  related: ids.describe('Milestone ids.'),
  mappings: z
    .array(mappingSchema)
    .default([])
    .describe('Crosswalk mappings to items of the catalogs in frameworks/; `[]` when no framework item relates.'),
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

/** One requirement of a framework: its official title or, when that title is not verified, its topic. */
/** Words of an item's official text, verbatim, as a mapping's basis: where they stand and where they were read. */
export const excerptSchema = z.strictObject({
  id: z.string().regex(excerptIdPattern, 'Expected an id such as `art-37-1-d` or `5903-a-1-A`'),
  locator: line(120).describe('Where the words stand in the official text: "Art. 37(1)(d)", "§ 5903(a)(1)(A)".'),
  text: line(1500).describe('The words, verbatim (an ellipsis marks words left out).'),
  readIn: line(300).describe('Where the words were read: the official publication or a verbatim copy, by address.'),
});

export const frameworkItemSchema = z
  .strictObject({
    id: z
      .string()
      .regex(frameworkItemIdPattern, 'Expected the id the publication uses, such as `P7`, `art-36` or `R.16`'),
    title: line(300).optional().describe('The official title, verified in the official text.'),
    topic: line(300)
      .optional()
      .describe("The item's subject in this project's words, where the official title was not verified."),
    issued: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'Expected a date such as 2025, 2025-06 or 2025-06-18')
      .optional()
      .describe('When this item was issued, where it differs from the framework (a revision).'),
    status: statusSchema.optional(),
    replacedBy: replacedBySchema.optional(),
    actSection: line(40)
      .optional()
      .describe(
        "The enacting law's own section behind a codified section (`3` for the Act's § 3), from the Code's source credit.",
      ),
    excerpts: z
      .array(excerptSchema)
      .optional()
      .describe('Words of the official text that mappings rest on (their `basis`), each with where it was read.'),
  })
  .refine((item) => (item.title === undefined) !== (item.topic === undefined), {
    message: 'Expected either `title` (the official title) or `topic` (when the title is not verified), not both',
    path: ['title'],
  });

/** The catalog's excerpts: the words of the official text, verbatim. */
export type Excerpt = z.output<typeof excerptSchema>;

/** `frameworks/<id>.yaml`: a catalog of an external framework's items, the targets of mappings. */
export const frameworkSchema = z.strictObject({
  id,
  title: line(300),
  publisher: line(300),
  issued: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'Expected a date such as 2023 or 2023-07-17'),
  url: z
    .url({ protocol: /^https$/ })
    .optional()
    .describe('The official publication, only if checked.'),
  source: id.optional().describe('The bibliography key of the publication the guide cites for this framework.'),
  note: line(600).optional(),
  items: z.array(frameworkItemSchema).min(1),
});

/** The fingerprint of an English text a translation records: the first 12 hex digits of its SHA-256. */
export const fingerprintPattern = /^[0-9a-f]{12}$/;

/**
 * One translated string in `translations/<lang>/…`: the text, and the
 * fingerprint of the English it translates (so a changed English text marks
 * it stale). Ids, citation keys and link targets stay as the English has them.
 */
export const translationEntrySchema = z.strictObject({
  text: z.string().trim().min(1).max(MAX_BODY_CHARS).describe('The translation, Markdown where the English is.'),
  source: z
    .string()
    .regex(
      fingerprintPattern,
      'Expected the 12-digit fingerprint of the English text, such as `3f9a0c41b2de` (`usd1-milestones translations refresh` writes it)',
    )
    .describe('The fingerprint of the English text translated.'),
});

/** A translation file: ids and field names, nested as the file's kind has them, down to entries. */
export const translationFileSchema = z.record(z.string(), z.unknown());

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
  frameworks: z
    .array(frameworkSchema)
    .default([])
    .describe('Catalogs of external frameworks; absent in releases made before crosswalks existed.'),
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
  framework: frameworkSchema,
  frameworkItem: frameworkItemSchema,
  mapping: mappingSchema,
  status: statusSchema,
  replacedBy: replacedBySchema,
  translationEntry: translationEntrySchema,
  translationFile: translationFileSchema,
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
export type Framework = Immutable<z.output<typeof frameworkSchema>>;
export type FrameworkItem = Immutable<z.output<typeof frameworkItemSchema>>;
export type Mapping = Immutable<z.output<typeof mappingSchema>>;
export type Relationship = (typeof relationships)[number];
export type Status = z.output<typeof statusSchema>;
export type ReplacedBy = Immutable<z.output<typeof replacedBySchema>>;

/**
 * `changes.json`: what changed in a release since the one before, item by
 * item, as `usd1-milestones diff --format json` prints it (core/diff's
 * `changesDocument` builds it). Published as changes.schema.json in the data
 * package.
 */
const wordChangeSchema = z.strictObject({ type: z.enum(['same', 'removed', 'added']), text: z.string() });
const bumpSchema = z.enum(['major', 'minor', 'patch', 'none']);
export const changesSchema = z.strictObject({
  from: z.string().nullable().describe('The version compared with; null for a first release.'),
  to: z.string().describe('The version described.'),
  bump: bumpSchema.describe('The release the changes require.'),
  changes: z.array(
    z.strictObject({
      kind: z.enum(['milestone', 'criterion', 'term', 'source', 'bucket', 'framework-item', 'mapping']),
      id: z.string(),
      change: z.enum(['added', 'retired', 'removed', 'renumbered', 'moved', 'meaning', 'editorial']),
      bump: bumpSchema.exclude(['none']),
      fields: z.array(z.string()).optional().describe('The fields that changed.'),
      replacedBy: z.strictObject({ kind: z.string(), ids: z.array(z.string()) }).optional(),
      message: z.string().describe('One plain-English sentence.'),
      texts: z
        .array(
          z.strictObject({
            field: z.string(),
            before: z.string(),
            after: z.string(),
            words: z.array(wordChangeSchema).describe('The texts word by word, as `git diff --word-diff` shows them.'),
          }),
        )
        .optional()
        .describe('Each changed text, before and after.'),
    }),
  ),
  errors: z.array(z.string()).describe('Ids removed without a retired stub.'),
  translations: z
    .array(
      z.strictObject({
        lang: z.string(),
        bump: z.enum(['patch', 'none']),
        added: z.array(z.string()),
        changed: z.array(z.string()),
        removed: z.array(z.string()),
      }),
    )
    .describe("Each language's changes, apart from the rubric's meaning (a patch at most)."),
});
