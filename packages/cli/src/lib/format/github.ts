import type { Finding } from '@usd1-milestones/check';
import { printable } from '../printable.js';

/** GitHub Actions workflow commands, so that problems appear on the pull request's diff. */
export function github(findings: readonly Finding[]): string {
  return findings.map((f) => githubCommand(f.severity, f, f.ruleId, f.message)).join('');
}

/** One workflow command (`::error file=...,line=...::message`) for a place in a file. */
export function githubCommand(
  severity: 'error' | 'warning',
  place: { file: string; line: number; column: number; endLine?: number; endColumn?: number },
  title: string,
  message: string,
): string {
  const props = [
    `file=${property(place.file)}`,
    `line=${place.line}`,
    `col=${place.column}`,
    ...(place.endLine !== undefined ? [`endLine=${place.endLine}`] : []),
    ...(place.endColumn !== undefined ? [`endColumn=${place.endColumn}`] : []),
    `title=${property(title)}`,
  ];
  return `::${severity} ${props.join(',')}::${data(message)}\n`;
}

/** The escapes the Actions runner expects in a command's message. */
function data(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property values also escape `:` and `,`. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
