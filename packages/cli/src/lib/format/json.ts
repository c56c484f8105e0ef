import type { Finding } from '../result.js';

/**
 * The stable shape (docs/architecture.md): one array of `{file, line, column, ruleId, severity,
 * message}`, with `related` (`[{file, line, column, message}]`) where a finding concerns another place.
 */
export function json(findings: readonly Finding[]): string {
  const rows = findings.map(({ file, line, column, ruleId, severity, message, related }) => ({
    file,
    line,
    column,
    ruleId,
    severity,
    message,
    ...(related && related.length > 0 ? { related } : {}),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
