import { z } from 'zod';
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
