import { relative } from 'node:path';
import { type RuleId, rules, type Severity } from '@usd1-milestones/core/rules';

/** One finding, as every output format sees it. Paths are relative to the working folder. */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly message: string;
  /** Other places the finding concerns (a duplicate's first use), paths shown as `file` is. */
  readonly related?: readonly {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly message: string;
  }[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

export function finding(file: string, line: number, column: number, ruleId: RuleId, message: string): Finding {
  return { file, line, column, ruleId, severity: rules[ruleId].severity, message };
}

/** A path as findings show it: relative to the working folder, with `/` on every system. */
export function shownPath(cwd: string, path: string): string {
  return relative(cwd, path).split('\\').join('/');
}
