/**
 * `@usd1-milestones/assess`: read an assessment of a USD1 stablecoin
 * arrangement and score it against the rubric, as a profile over the risk
 * buckets and lifecycle stages; migrate it, check a signed one (WebCrypto),
 * write it as OSCAL assessment results or a CycloneDX attestation. Runs in
 * Node and in browsers; what needs Node is in `@usd1-milestones/assess/node`.
 */

export {
  type AssessmentPredicate,
  assessmentPredicateSchema,
  assessmentStatement,
  evidenceItems,
  PAYLOAD_TYPE,
  PREDICATE_TYPE,
  STATEMENT_TYPE,
  type Statement,
  type StatementInput,
  statementSchema,
} from './lib/attestation.js';
export { type ChartBucket, type ChartOptions, type ChartWords, profileSvg } from './lib/chart.js';
export { fillChecklist } from './lib/checklist/fill.js';
export { type ChecklistRubric, parseChecklist } from './lib/checklist/parse.js';
export { cyclonedxAttestation } from './lib/cyclonedx.js';
export {
  candidateSignatures,
  type Envelope,
  type EnvelopeResult,
  fromBase64,
  parseEnvelope,
  payloadTypeProblem,
  preAuthEncoding,
  type SignatureCheck,
  statementProblem,
  toBase64,
} from './lib/dsse.js';
export {
  assessmentHistory,
  type History,
  type HistoryChange,
  type HistoryInput,
  type HistoryPoint,
  type HistoryProblem,
  historyProblem,
} from './lib/history.js';
export { assessmentJsonSchema, attestationJsonSchema } from './lib/json-schema.js';
export { type ColumnSource, columnLabels, coverageText, outcomeTitles } from './lib/labels.js';
export {
  type Migration,
  type MigrationAction,
  type MigrationStep,
  migrateAssessment,
  type Place,
} from './lib/migrate.js';
export { migrateYaml } from './lib/migrate-yaml.js';
export { type NextStep, nextSteps } from './lib/next-steps.js';
export { type AssessedFile, oscalAssessmentResults } from './lib/oscal-ar.js';
export {
  type ConsistencyWarning,
  consistencyWarnings,
  type ParseOptions,
  type ParseResult,
  parseAssessment,
  type RubricIds,
} from './lib/parse.js';
export { type Pin, pinJson, pinYaml } from './lib/pin.js';
export {
  type Assessment,
  assessmentSchema,
  type Cadence,
  cadences,
  type Evidence,
  type EvidenceKind,
  evidenceKinds,
  evidenceSchema,
  isLocalEvidencePath,
  type MilestoneAssessment,
  milestoneAssessmentSchema,
  type RetiredAnswer,
  retiredAnswerSchema,
  type Status,
  statuses,
} from './lib/schema.js';
export {
  cadenceDays,
  defaultCadence,
  type GroupScore,
  type Outcome,
  outcomes,
  type Scorecard,
  type ScoreOptions,
  type StaleEvidence,
  scoreAssessment,
  staleOn,
} from './lib/score.js';
export {
  type Gap,
  parseTarget,
  type Target,
  targetGaps,
  targetSchema,
  type Want,
  wants,
} from './lib/target.js';
export { readPublicKeyPem, verifySignedAssessment } from './lib/verify-signature.js';
export { parseWeights, weightsSchema } from './lib/weights.js';
