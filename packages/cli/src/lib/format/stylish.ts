import { type Finding, fixableCount } from '@usd1-milestones/check';
import { printable } from '../printable.js';

/** Grouped by file, aligned columns, a closing count; colour only when asked. */
export function stylish(findings: readonly Finding[], color: boolean, fixCommand?: string): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  if (findings.length === 0) return '';
  const lines: string[] = [];
  let current: string | undefined;
  // A loop, not Math.max(...list): spreading 150,000 findings overflows the call stack.
  const placeWidth = findings.reduce((width, f) => Math.max(width, `${f.line}:${f.column}`.length), 0);
  for (const f of findings) {
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(paint(4, printable(f.file)));
      current = f.file;
    }
    const severity = f.severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
    lines.push(
      `  ${`${f.line}:${f.column}`.padEnd(placeWidth)}  ${severity}  ${printable(f.message)}  ${paint(2, f.ruleId)}`,
    );
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const total = `${findings.length} problem${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  lines.push('', paint(errors > 0 ? 31 : 33, `✖ ${total}`));
  const fixable = fixableCount(findings);
  if (fixable > 0) lines.push(`  ${fixableLine(fixable, fixCommand)}`);
  lines.push('');
  return lines.join('\n');
}

/**
 * What `--fix` would repair, and how to run it: the same words in every report that counts
 * findings. A wrapper names its own way (the pre-commit hook names its fix hook).
 */
export function fixableLine(fixable: number, fixCommand?: string): string {
  const how = fixCommand
    ? `\`${fixCommand}\``
    : '`usd1-milestones check --fix` (`--fix-dry-run` shows the changes first)';
  return `${fixable} finding${fixable === 1 ? '' : 's'} can be repaired by ${how}`;
}
