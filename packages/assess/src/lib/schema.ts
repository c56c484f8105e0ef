/**
 * The assessment file: one arrangement, assessed on a date against a rubric
 * version, with a status per milestone (and optionally per criterion) and the
 * evidence behind it. The zod schemas are the only definition; the published
 * JSON Schema (assessment.schema.json) is generated from them.
 */
import { z } from 'zod';

/** `not-disclosed` is a finding of its own, never folded into `not-met`. */
export const statuses = ['met', 'partial', 'not-met', 'not-disclosed', 'not-applicable'] as const;
export const evidenceKinds = [
  'policy',
  'attestation',
  'audit',
  'proof-of-reserves',
  'on-chain',
  'report',
  'other',
] as const;
export const cadences = ['daily', 'weekly', 'monthly', 'quarterly', 'annual'] as const;

const isoDate = z.iso.date('Expected a date as YYYY-MM-DD');

/**
 * Where evidence is: an http(s) URL, or a file beside the assessment, named by
 * a relative path that stays inside the assessment's folder (an assessment
 * comes from someone else; its paths must not reach the rest of the disk).
 */
export function isLocalEvidencePath(value: string): boolean {
  if (value === '' || value.length > 1000 || /^[a-z][a-z0-9+.-]*:/i.test(value) || /^[\\/]/.test(value)) return false;
  // Control characters and backslashes: a path written for another system, or a trick.
  for (const char of value) if (char.charCodeAt(0) < 0x20 || char === '\\') return false;
  return !value.split('/').some((segment) => segment === '..');
}

const evidenceLocation = z.union([z.url({ protocol: /^https?$/ }), z.string().refine(isLocalEvidencePath)], {
  error: 'Expected an http(s) URL, or a path relative to the assessment file that stays in its folder',
});

export const evidenceSchema = z.strictObject({
  url: evidenceLocation.describe('An http(s) URL, or a path relative to the assessment file.'),
  kind: z.enum(evidenceKinds),
  asOf: isoDate.optional().describe('The date the evidence describes; `assess verify --pin` fills it in.'),
  cadence: z.enum(cadences).optional().describe('How often it is published; defaults by kind.'),
  expires: isoDate.optional().describe('The day after which the evidence no longer counts, whatever its cadence.'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'Expected 64 lower-case hex characters')
    .optional()
    .describe("The SHA-256 of the evidence's bytes when it was assessed; `assess verify --pin` fills it in."),
  title: z.string().max(300).optional(),
});

const judgement = {
  status: z.enum(statuses),
  evidence: z.array(evidenceSchema).optional(),
  note: z.string().max(5000).optional(),
  reason: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .optional()
    .describe(
      'Why the item does not apply to this arrangement: required with `not-applicable` (the rubric names, in `mayNotApply`, when a criterion may not apply).',
    ),
  review: z
    .string()
    .max(1000)
    .optional()
    .describe('Why the answer needs another look (set by `assess migrate`); remove it once checked.'),
};

export const criterionAssessmentSchema = z.strictObject(judgement);

export const milestoneAssessmentSchema = z.strictObject({
  ...judgement,
  status: z.enum(statuses).optional().describe('Derived from the criteria when left out.'),
  criteria: z.record(z.string(), criterionAssessmentSchema).optional(),
});

/**
 * An answer to an item the rubric retired without a successor: kept, never
 * dropped, and not scored. Its `reason` says what became of the item.
 */
export const retiredAnswerSchema = milestoneAssessmentSchema.extend({
  reason: z.string().max(1000).describe('What became of the item, as `assess migrate` found it.'),
});

export const assessmentSchema = z.strictObject({
  arrangement: z.string().trim().min(1).max(200),
  hypothetical: z.boolean().optional().describe('True for examples about fictional arrangements.'),
  date: isoDate.describe('When the assessment was made.'),
  assessor: z.string().trim().min(1).max(200),
  rubricVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'Expected a rubric version such as 1.0.0'),
  milestones: z.record(z.string(), milestoneAssessmentSchema),
  retired: z
    .record(z.string(), retiredAnswerSchema)
    .optional()
    .describe('Answers to retired milestones and criteria, by their old id, kept by `assess migrate`.'),
});

/**
 * An answer's own words, as the reports that carry them show it: why it does
 * not apply (its `reason`), then its note. Undefined when it has neither.
 */
export function answerWords(answer: { note?: string | undefined; reason?: string | undefined }): string | undefined {
  const reason = answer.reason === undefined ? undefined : `Not applicable: ${answer.reason}`;
  return [reason, answer.note].filter((text) => text !== undefined).join(' ') || undefined;
}

export type Status = (typeof statuses)[number];
export type EvidenceKind = (typeof evidenceKinds)[number];
export type Cadence = (typeof cadences)[number];
export type Evidence = z.output<typeof evidenceSchema>;
export type MilestoneAssessment = z.output<typeof milestoneAssessmentSchema>;
export type Assessment = z.output<typeof assessmentSchema>;
export type RetiredAnswer = z.output<typeof retiredAnswerSchema>;
