import { relative } from 'node:path';
import { type Finding, type RuleId, rules } from '@usd1-milestones/core/rules';

export type { Finding } from '@usd1-milestones/core/rules';

/** By file, then place: the order every output lists findings in. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** A finding at a place, with its rule's default severity. */
export function finding(file: string, line: number, column: number, ruleId: RuleId, message: string): Finding {
  return { file, line, column, ruleId, severity: rules[ruleId].severity, message };
}

/** A path as findings show it: relative to the working folder, with `/` on every system. */
export function shownPath(cwd: string, path: string): string {
  return relative(cwd, path).split('\\').join('/');
}
