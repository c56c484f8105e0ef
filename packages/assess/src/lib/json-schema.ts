import { z } from 'zod';
import { assessmentPredicateSchema, PREDICATE_TYPE } from './attestation.js';
import { assessmentSchema } from './schema.js';

/** The published JSON Schema of an assessment file, generated from the zod schema. */
export function assessmentJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(assessmentSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema,
    title: 'USD1 milestones assessment',
    description:
      'An evidence-based assessment of one arrangement against the USD1 milestones rubric. Generated from the zod schema; do not edit.',
    ...rest,
  };
}

/** The published JSON Schema of the predicate of a signed assessment (`assess sign`). */
export function attestationJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(assessmentPredicateSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema,
    $id: PREDICATE_TYPE,
    title: 'USD1 milestones assessment attestation (in-toto predicate)',
    description: `The predicate of an in-toto Statement v1 with predicateType ${PREDICATE_TYPE}, as \`usd1-milestones assess sign\` writes it in a DSSE envelope. Generated from the zod schema; do not edit.`,
    ...rest,
  };
}
