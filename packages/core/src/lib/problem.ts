import type { RuleId, Severity } from './rules.js';

/** A 1-based line and column, as unified and editors count them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Another place a finding concerns (the first use of a duplicated id), as data as well as in its message. */
export interface RelatedPlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** One finding about a rubric file, with the place it starts. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly related?: readonly RelatedPlace[];
}

/** `file:line:column: message [ruleId]`, the form editors and terminals link. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity} ${problem.message} [${problem.ruleId}]`;
}
