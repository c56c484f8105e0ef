import type { RubricDiff } from '@usd1-milestones/rubric';
import { printable } from '../printable.js';

const sections: [string, readonly string[]][] = [
  ['Removed without a retired stub', ['removed']],
  ['Retired', ['retired']],
  ['Renumbered or moved', ['renumbered', 'moved']],
  ['Meaning changed', ['meaning']],
  ['Added', ['added']],
  ['Editorial', ['editorial']],
];

/** A changelog-ready Markdown summary of a diff. */
export function diffMarkdown(diff: RubricDiff): string {
  const lines = [`# Rubric changes: ${diff.from} → ${diff.to}`, '', `Required release: **${diff.bump}**`];
  if (diff.changes.length === 0) lines.push('', 'No changes.');
  for (const [title, types] of sections) {
    const items = diff.changes.filter((c) => types.includes(c.change));
    if (items.length === 0) continue;
    lines.push('', `## ${title}`, '');
    for (const c of items) lines.push(`- ${c.message}`);
  }
  if (diff.errors.length > 0) {
    lines.push('', '## Errors', '');
    for (const e of diff.errors) lines.push(`- ${e}`);
  }
  return `${lines.map(printable).join('\n')}\n`;
}
