import type { Finding } from '@usd1-milestones/check';

/**
 * The stable shape (docs/architecture.md): one array of `{file, line, column, ruleId, severity,
 * message}`, and where known `endLine` and `endColumn` (exclusive), `related`
 * (`[{file, line, column, message}]`), `suggestions` and `fix`.
 */
export function json(findings: readonly Finding[]): string {
  const rows = findings.map(
    ({ file, line, column, endLine, endColumn, ruleId, severity, message, related, suggestions, fix }) => ({
      file,
      line,
      column,
      ruleId,
      severity,
      message,
      ...(endLine !== undefined && endColumn !== undefined ? { endLine, endColumn } : {}),
      ...(related && related.length > 0 ? { related } : {}),
      ...(suggestions && suggestions.length > 0 ? { suggestions } : {}),
      ...(fix ? { fix } : {}),
    }),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
