/**
 * Assessments on the site, read and scored by the same package as
 * `usd1-milestones assess`, against the rubric data the site was built with.
 */
import {
  type Assessment,
  type ParseResult,
  parseAssessment,
  parseChecklist,
  type Scorecard,
  scoreAssessment,
} from '@usd1-milestones/assess';
import { type Rubric, rubric } from '@usd1-milestones/rubric';

export type Problem = ParseResult['problems'][number];

export type { Rubric };
export { rubric };

export interface ReadAssessment {
  readonly name: string;
  readonly assessment: Assessment | undefined;
  readonly card: Scorecard | undefined;
  readonly problems: readonly Problem[];
}

/** Reads a filled-in CSV checklist, as `usd1-milestones assess` does. */
export function readChecklist(text: string, name: string, versions: readonly string[]): ReadAssessment {
  const { assessment, problems } = parseChecklist(text, name, rubric, { versions });
  return { name, assessment, card: assessment ? score(assessment) : undefined, problems };
}

/** Reads one file; `versions` are the rubric versions an assessment may name (the site's versions). */
export function readAssessment(text: string, name: string, versions: readonly string[]): ReadAssessment {
  const { assessment, problems } = parseAssessment(text, name, rubric, { versions });
  return {
    name,
    assessment,
    card: assessment ? score(assessment) : undefined,
    problems,
  };
}

/** Reads a file the reader loads: a CSV checklist by its extension, else YAML or JSON, as the CLI does. */
export function readAssessmentFile(name: string, text: string, versions: readonly string[]): ReadAssessment {
  return name.toLowerCase().endsWith('.csv')
    ? readChecklist(text, name, versions)
    : readAssessment(text, name, versions);
}

/** Scores an assessment against the site's rubric data. */
export const score = (assessment: Assessment): Scorecard => scoreAssessment(assessment, rubric);

/** `file:line:column: message [rule]`, as the CLI prints a problem. */
export const problemText = (p: Problem): string => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.ruleId}]`;
