/**
 * What a signed assessment says, as an in-toto Statement v1: the subject is
 * the assessment file (its name and SHA-256), and the predicate records what
 * the signer vouches for: the rubric release it was made against (with the
 * SHA-256 of that release's rubric.json), who assessed what on which day,
 * the scorecard's summary and every evidence item with its digest.
 *
 * Pure data: the digests are computed by the caller (the CLI, with
 * node:crypto), so this module runs anywhere. The zod schema is the only
 * definition; attestation.schema.json is generated from it.
 */
import { repositoryUrl } from '@usd1-milestones/core/rules';
import { z } from 'zod';
import type { Assessment } from './schema.js';
import { type Outcome, outcomes, type Scorecard } from './score.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/**
 * This project's predicate type: an address under the project's repository,
 * as its OSCAL property namespace is (a new major version of the predicate
 * gets a new address, `…/v2`). attestation.schema.json describes it.
 */
export const PREDICATE_TYPE = `${repositoryUrl}/attestation/assessment/v1`;
export const PAYLOAD_TYPE = 'application/vnd.in-toto+json';

const sha256Digest = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export const assessmentPredicateSchema = z.strictObject({
  rubric: z
    .strictObject({
      version: z.string().regex(/^\d+\.\d+\.\d+$/),
      digest: sha256Digest.describe("Of the release's rubric.json, as @usd1-milestones/rubric ships it."),
    })
    .describe('The rubric release the assessment was made against.'),
  arrangement: z.string(),
  hypothetical: z.boolean().optional(),
  assessor: z.string(),
  date: z.iso.date(),
  summary: z
    .strictObject({
      milestones: z.record(z.enum(outcomes as [Outcome, ...Outcome[]]), z.number().int().min(0)),
      coverage: z.record(z.string(), z.number().min(0).max(1).nullable()).describe('Per risk bucket, 0 to 1.'),
    })
    .describe('The scorecard, as `usd1-milestones assess` computes it with the signing CLI.'),
  evidence: z.array(
    z.strictObject({
      milestone: z.string(),
      criterion: z.string().optional(),
      url: z.string(),
      asOf: z.iso.date().optional(),
      digest: sha256Digest
        .optional()
        .describe('The sha256 the assessment records for it; absent when it records none.'),
    }),
  ),
});

export type AssessmentPredicate = z.output<typeof assessmentPredicateSchema>;

export const statementSchema = z.object({
  _type: z.literal(STATEMENT_TYPE),
  subject: z.array(z.object({ name: z.string(), digest: z.record(z.string(), z.string()) })).min(1),
  predicateType: z.string(),
  predicate: z.unknown(),
});

export type Statement = z.output<typeof statementSchema>;

export interface StatementInput {
  /** The assessment file's name as the subject gives it (its base name). */
  readonly name: string;
  /** SHA-256 of the file's bytes, hex. */
  readonly sha256: string;
  readonly assessment: Assessment;
  readonly scorecard: Scorecard;
  /** SHA-256 of the release's rubric.json, hex. */
  readonly rubricSha256: string;
}

export function assessmentStatement(input: StatementInput): Statement {
  const { assessment, scorecard } = input;
  const counts = Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const { status } of Object.values(scorecard.milestones)) counts[status] += 1;
  const predicate: AssessmentPredicate = {
    rubric: { version: assessment.rubricVersion, digest: { sha256: input.rubricSha256 } },
    arrangement: assessment.arrangement,
    ...(assessment.hypothetical === undefined ? {} : { hypothetical: assessment.hypothetical }),
    assessor: assessment.assessor,
    date: assessment.date,
    summary: {
      milestones: counts,
      coverage: Object.fromEntries(Object.entries(scorecard.buckets).map(([id, b]) => [id, b.coverage])),
    },
    evidence: evidenceItems(assessment).map(({ milestone, criterion, item }) => ({
      milestone,
      ...(criterion === undefined ? {} : { criterion }),
      url: item.url,
      ...(item.asOf === undefined ? {} : { asOf: item.asOf }),
      ...(item.sha256 === undefined ? {} : { digest: { sha256: item.sha256 } }),
    })),
  };
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: input.name, digest: { sha256: input.sha256 } }],
    predicateType: PREDICATE_TYPE,
    predicate,
  };
}

/** Every evidence item of an assessment, with where it sits (`index`: its place in its own `evidence` list), in file order. */
export function evidenceItems(assessment: Assessment): {
  milestone: string;
  criterion?: string;
  index: number;
  item: NonNullable<Assessment['milestones'][string]['evidence']>[number];
}[] {
  const items: ReturnType<typeof evidenceItems> = [];
  for (const [milestone, entry] of Object.entries(assessment.milestones)) {
    (entry.evidence ?? []).forEach((item, index) => {
      items.push({ milestone, index, item });
    });
    for (const [criterion, judgement] of Object.entries(entry.criteria ?? {}))
      (judgement.evidence ?? []).forEach((item, index) => {
        items.push({ milestone, criterion, index, item });
      });
  }
  return items;
}
