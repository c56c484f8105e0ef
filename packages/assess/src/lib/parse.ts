/**
 * Reads an assessment (YAML, or JSON, which YAML includes) with positions:
 * syntax and duplicate keys, then the schema, then ids against the rubric.
 * Runs anywhere (no Node APIs). Never throws for bad content.
 */
import { didYouMean } from '@usd1-milestones/rubric';
import {
  LineIndex,
  overflowProblem,
  type Problem,
  parseShape,
  parseYaml,
  shapeProblems,
} from '@usd1-milestones/rubric/yaml';
import { type Assessment, assessmentSchema } from './schema.js';

/** The parts of a rubric the reader checks ids against; any version's data fits. */
export interface RubricIds {
  readonly milestones: readonly { readonly id: string; readonly criteria: readonly { readonly id: string }[] }[];
}

export interface ParseResult {
  readonly assessment: Assessment | undefined;
  readonly problems: readonly Problem[];
}

export function parseAssessment(text: string, file: string, rubric: RubricIds): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseYaml(source, new LineIndex(source));
  if (!parsed.ok) {
    return {
      assessment: undefined,
      problems: [{ file, ...parsed.position, ruleId: 'assessment-syntax', severity: 'error', message: parsed.message }],
    };
  }
  const yaml = parsed.yaml;
  const result = parseShape(assessmentSchema, yaml.value);
  if (!result.success) {
    return {
      assessment: undefined,
      problems:
        'overflow' in result
          ? [overflowProblem(file, 'assessment-schema')]
          : shapeProblems(file, yaml, assessmentSchema, result.issues, '', 'assessment-schema'),
    };
  }

  // Ids are checked on the parsed YAML's own keys, not on zod's output, so that
  // a key such as `__proto__` is reported instead of vanishing into a prototype.
  const problems: Problem[] = [];
  const at = (path: (string | number)[], key: string, message: string) =>
    problems.push({ file, ...yaml.locate(path, { key }), ruleId: 'assessment-schema', severity: 'error', message });
  const milestones = new Map(rubric.milestones.map((m) => [m.id, new Set(m.criteria.map((c) => c.id))]));
  const raw = (yaml.value as { milestones: Record<string, { criteria?: Record<string, unknown> }> }).milestones;
  for (const id of Object.keys(raw)) {
    const criteria = milestones.get(id);
    if (!criteria) {
      at(
        ['milestones'],
        id,
        `Unknown milestone \`${id}\`, expected a milestone id of the rubric${didYouMean(id, milestones.keys())}`,
      );
      continue;
    }
    for (const criterion of Object.keys(raw[id]?.criteria ?? {})) {
      if (!criteria.has(criterion)) {
        at(
          ['milestones', id, 'criteria'],
          criterion,
          `Unknown criterion \`${criterion}\` for milestone \`${id}\`, expected one of its criteria${didYouMean(criterion, criteria)}`,
        );
      }
    }
  }
  return { assessment: problems.length === 0 ? result.data : undefined, problems };
}
