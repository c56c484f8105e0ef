import type { Finding } from '../result.js';

/** Grouped by file, aligned columns, a closing count; colour only when asked. */
export function stylish(findings: readonly Finding[], color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  if (findings.length === 0) return '';
  const lines: string[] = [];
  let current: string | undefined;
  const placeWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
  for (const f of findings) {
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(paint(4, f.file));
      current = f.file;
    }
    const severity = f.severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
    lines.push(`  ${`${f.line}:${f.column}`.padEnd(placeWidth)}  ${severity}  ${f.message}  ${paint(2, f.ruleId)}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const total = `${findings.length} problem${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  lines.push('', paint(errors > 0 ? 31 : 33, `✖ ${total}`), '');
  return lines.join('\n');
}
