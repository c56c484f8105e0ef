import { type Finding, fixableCount } from '@usd1-milestones/check';
import { ruleUrl } from '@usd1-milestones/core/rules';
import { printable } from '../printable.js';
import { fixableLine } from './stylish.js';

/** Past this many rows a table says how many it left out: a job summary holds at most 1 MiB. */
const MAX_ROWS = 500;

/**
 * A Markdown report for a GitHub job summary or a pull-request comment: the
 * counts, a table of findings per file and rule, then each finding with its
 * place. Everything from a file (names, messages) is escaped, so it shows as
 * text and never as markup.
 */
export function markdown(findings: readonly Finding[], checked: number, fixCommand?: string): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const lines = ['## usd1-milestones check', ''];
  lines.push(
    findings.length === 0
      ? `${plural(checked, 'file')} checked, no problems.`
      : `${plural(checked, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
  );
  if (findings.length === 0) return `${lines.join('\n')}\n`;
  const fixable = fixableCount(findings);
  if (fixable > 0) lines.push('', `${fixableLine(fixable, fixCommand)}.`);

  const groups = new Map<string, { file: string; ruleId: Finding['ruleId']; errors: number; warnings: number }>();
  for (const f of findings) {
    const key = `${f.file}\u0000${f.ruleId}`;
    const group = groups.get(key) ?? { file: f.file, ruleId: f.ruleId, errors: 0, warnings: 0 };
    if (f.severity === 'error') group.errors++;
    else group.warnings++;
    groups.set(key, group);
  }
  lines.push('', '| File | Rule | Errors | Warnings |', '| --- | --- | ---: | ---: |');
  const rows = [...groups.values()];
  for (const g of rows.slice(0, MAX_ROWS)) {
    lines.push(`| ${code(g.file)} | [${g.ruleId}](${ruleUrl(g.ruleId)}) | ${g.errors} | ${g.warnings} |`);
  }
  if (rows.length > MAX_ROWS) lines.push('', `And ${plural(rows.length - MAX_ROWS, 'more row')}.`);

  lines.push('', '| Place | Severity | Message | Rule |', '| --- | --- | --- | --- |');
  for (const f of findings.slice(0, MAX_ROWS)) {
    lines.push(`| ${code(`${f.file}:${f.line}:${f.column}`)} | ${f.severity} | ${cell(f.message)} | ${f.ruleId} |`);
  }
  if (findings.length > MAX_ROWS) lines.push('', `And ${plural(findings.length - MAX_ROWS, 'more finding')}.`);
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Text for a table cell: HTML's three specials as references, the punctuation
 * that could open Markdown (emphasis, code, links, images, strikethrough, a
 * cell's end) behind a backslash, a line break as a space. GitHub then shows
 * the characters themselves.
 */
export function cell(text: string): string {
  return printable(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A path as inline code in a table cell: a fence longer than any run of backticks in it, `|` escaped. */
function code(text: string): string {
  const plain = printable(text).replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(plain.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = plain.startsWith('`') || plain.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${plain.replace(/\|/g, '\\|')}${pad}${fence}`;
}
