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

/** A replacement of the text from (line, column) up to (endLine, endColumn), end exclusive. */
export interface TextEdit {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
}

/** Edits that repair a finding; `safe` ones are applied by `check --fix`, the others only offered. */
export interface Fix {
  readonly safe: boolean;
  readonly edits: readonly TextEdit[];
}

/**
 * One finding, the only shape there is: every checker returns it (the loader,
 * the check engine, assessments) and every output renders it (stylish, json,
 * github, sarif, markdown, the language server). Lines and columns are
 * 1-based; the end, when known, is exclusive.
 */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly message: string;
  /** Other places the finding concerns: the first definition of a duplicate, a Sources list. */
  readonly related?: readonly RelatedPlace[];
  /** "Did you mean" candidates: offered, never applied by `--fix`. */
  readonly suggestions?: readonly string[];
  readonly fix?: Fix;
}

/** The loader's name for a finding. */
export type Problem = Finding;

/** `file:line:column: message [ruleId]`, the form editors and terminals link. */
export function formatProblem(problem: Finding): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity} ${problem.message} [${problem.ruleId}]`;
}
