/**
 * A published weights file: milestone id -> a non-negative weight (default 1).
 * Read with positions like an assessment; unknown ids are problems.
 */
import { didYouMean, type Problem } from '@usd1-milestones/core/rules';
import { LineIndex, overflowProblem, parseShape, parseYaml, shapeProblems } from '@usd1-milestones/core/yaml';
import { z } from 'zod';
import type { RubricIds } from './parse.js';

export const weightsSchema = z.record(z.string(), z.number().nonnegative().max(1000));

export function parseWeights(
  text: string,
  file: string,
  rubric: RubricIds,
): { weights: Record<string, number> | undefined; problems: Problem[] } {
  const parsed = parseYaml(text, new LineIndex(text));
  if (!parsed.ok)
    return {
      weights: undefined,
      problems: [{ file, ...parsed.position, ruleId: 'assessment-syntax', severity: 'error', message: parsed.message }],
    };
  const result = parseShape(weightsSchema, parsed.yaml.value);
  if (!result.success)
    return {
      weights: undefined,
      problems:
        'overflow' in result
          ? [overflowProblem(file, 'assessment-schema')]
          : shapeProblems(file, parsed.yaml, weightsSchema, result.issues, 'weights', 'assessment-schema'),
    };
  const ids = new Set(rubric.milestones.map((m) => m.id));
  const problems: Problem[] = Object.keys(parsed.yaml.value as object)
    .filter((id) => !ids.has(id))
    .map((id) => ({
      file,
      ...parsed.yaml.locate([], { key: id }),
      ruleId: 'assessment-schema',
      severity: 'error',
      message: `Unknown milestone \`${id}\` in the weights, expected a milestone id of the rubric${didYouMean(id, ids)}`,
    }));
  return { weights: problems.length === 0 ? result.data : undefined, problems };
}
