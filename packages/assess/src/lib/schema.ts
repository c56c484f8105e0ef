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

export const evidenceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' }),
  kind: z.enum(evidenceKinds),
  asOf: isoDate.describe('The date the evidence describes.'),
  cadence: z.enum(cadences).optional().describe('How often it is published; defaults by kind.'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'Expected 64 lower-case hex characters')
    .optional(),
  title: z.string().max(300).optional(),
});

const judgement = {
  status: z.enum(statuses),
  evidence: z.array(evidenceSchema).optional(),
  note: z.string().max(5000).optional(),
};

export const criterionAssessmentSchema = z.strictObject(judgement);

export const milestoneAssessmentSchema = z.strictObject({
  ...judgement,
  status: z.enum(statuses).optional().describe('Derived from the criteria when left out.'),
  criteria: z.record(z.string(), criterionAssessmentSchema).optional(),
});

export const assessmentSchema = z.strictObject({
  arrangement: z.string().trim().min(1).max(200),
  hypothetical: z.boolean().optional().describe('True for examples about fictional arrangements.'),
  date: isoDate.describe('When the assessment was made.'),
  assessor: z.string().trim().min(1).max(200),
  rubricVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'Expected a rubric version such as 1.0.0'),
  milestones: z.record(z.string(), milestoneAssessmentSchema),
});

export type Status = (typeof statuses)[number];
export type EvidenceKind = (typeof evidenceKinds)[number];
export type Cadence = (typeof cadences)[number];
export type Evidence = z.output<typeof evidenceSchema>;
export type MilestoneAssessment = z.output<typeof milestoneAssessmentSchema>;
export type Assessment = z.output<typeof assessmentSchema>;
