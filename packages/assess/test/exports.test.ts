/**
 * What each entry point of @usd1-milestones/assess exports, name by name. A
 * failure here means an export was added or removed: if on purpose, change
 * the list in the same commit (and say so in a changeset); if not, undo it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeExports } from '../../../scripts/exports.js';

const expected: Record<string, readonly string[]> = {
  '.': [
    'PAYLOAD_TYPE',
    'PREDICATE_TYPE',
    'STATEMENT_TYPE',
    'assessmentHistory',
    'assessmentJsonSchema',
    'assessmentPredicateSchema',
    'assessmentSchema',
    'assessmentStatement',
    'attestationJsonSchema',
    'cadenceDays',
    'cadences',
    'columnLabels',
    'consistencyWarnings',
    'coverageText',
    'cyclonedxAttestation',
    'defaultCadence',
    'evidenceItems',
    'evidenceKinds',
    'evidenceSchema',
    'fillChecklist',
    'historyProblem',
    'isLocalEvidencePath',
    'migrateAssessment',
    'milestoneAssessmentSchema',
    'nextSteps',
    'outcomeTitles',
    'outcomes',
    'parseAssessment',
    'parseChecklist',
    'parseTarget',
    'parseWeights',
    'profileSvg',
    'retiredAnswerSchema',
    'scoreAssessment',
    'staleOn',
    'statementSchema',
    'statuses',
    'targetGaps',
    'targetSchema',
    'wants',
    'weightsSchema',
  ],
};

describeExports({ describe, it, expect }, '@usd1-milestones/assess', join(import.meta.dirname, '..'), expected);
