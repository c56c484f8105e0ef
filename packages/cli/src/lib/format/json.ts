import type { Finding } from '../result.js';

/** The stable shape (docs/architecture.md): one array of `{file, line, column, ruleId, severity, message}`. */
export function json(findings: readonly Finding[]): string {
  const rows = findings.map(({ file, line, column, ruleId, severity, message }) => ({
    file,
    line,
    column,
    ruleId,
    severity,
    message,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
