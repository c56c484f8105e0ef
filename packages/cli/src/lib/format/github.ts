import { printable } from '../printable.js';
import type { Finding } from '../result.js';

/** GitHub Actions workflow commands, so that problems appear on the pull request's diff. */
export function github(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = [
        `file=${property(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        ...(f.endLine !== undefined ? [`endLine=${f.endLine}`] : []),
        ...(f.endColumn !== undefined ? [`endColumn=${f.endColumn}`] : []),
        `title=${property(f.ruleId)}`,
      ];
      return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(f.message)}\n`;
    })
    .join('');
}

/** The escapes the Actions runner expects in a command's message. */
function data(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property values also escape `:` and `,`. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
