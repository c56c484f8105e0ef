import {
  describeTranslationDiff,
  groupChanges,
  type RubricDiff,
  type TranslationDiff,
} from '@usd1-milestones/core/diff';
import { printable } from '../printable.js';

/** A changelog-ready Markdown summary of a diff. */
export function diffMarkdown(diff: RubricDiff, translations: readonly TranslationDiff[] = []): string {
  // A translation alone needs a patch: it never changes what the rubric asks.
  const bump = diff.bump === 'none' && translations.length > 0 ? 'patch' : diff.bump;
  const lines = [`# Rubric changes: ${diff.from} → ${diff.to}`, '', `Required release: **${bump}**`];
  if (diff.changes.length === 0)
    lines.push('', translations.length > 0 ? "No change to the rubric's data." : 'No changes.');
  for (const group of groupChanges(diff.changes)) {
    lines.push('', `## ${group.title}`, '');
    for (const c of group.changes) lines.push(`- ${c.message}`);
  }
  if (translations.length > 0) {
    lines.push('', '## Translations (patch)', '');
    for (const t of translations) lines.push(`- ${describeTranslationDiff(t)}`);
  }
  if (diff.errors.length > 0) {
    lines.push('', '## Errors', '');
    for (const e of diff.errors) lines.push(`- ${e}`);
  }
  return `${lines.map(printable).join('\n')}\n`;
}
