import { groupChanges, type RubricDiff } from '@usd1-milestones/core/diff';
import { printable } from '../printable.js';

/** A changelog-ready Markdown summary of a diff. */
export function diffMarkdown(diff: RubricDiff): string {
  const lines = [`# Rubric changes: ${diff.from} → ${diff.to}`, '', `Required release: **${diff.bump}**`];
  if (diff.changes.length === 0) lines.push('', 'No changes.');
  for (const group of groupChanges(diff.changes)) {
    lines.push('', `## ${group.title}`, '');
    for (const c of group.changes) lines.push(`- ${c.message}`);
  }
  if (diff.errors.length > 0) {
    lines.push('', '## Errors', '');
    for (const e of diff.errors) lines.push(`- ${e}`);
  }
  return `${lines.map(printable).join('\n')}\n`;
}
