/**
 * The release step's text: the item-by-item changes since the previous
 * release, as the data package's CHANGELOG.md gives them under each version.
 * The data package's release script reads and writes the files; this says
 * what goes in them.
 */
import { type Bump, groupChanges, type RubricChange } from './diff.js';
import { describeTranslationDiff, type TranslationDiff } from './translation-diff.js';

/**
 * The section under `## <version>`: the changes since `since`, grouped as the
 * diff groups them, then the translations' changes, kept apart from changes
 * of meaning (they never change what the rubric asks).
 */
export function changelogSection(
  since: string,
  bump: Bump,
  changes: readonly RubricChange[],
  translations: readonly TranslationDiff[] = [],
): string {
  const translated = translations.map(describeTranslationDiff).filter((line) => line !== undefined);
  const translationsPart =
    translated.length === 0
      ? ''
      : `\n### Translations since ${since} (patch)\n\n${translated.map((l) => `- ${l}`).join('\n')}\n`;
  if (changes.length === 0)
    return `### Rubric changes since ${since}\n\nNo change to the rubric's data.\n${translationsPart}`;
  const groups = groupChanges(changes).map(
    (group) => `#### ${group.title}\n\n${group.changes.map((c) => `- ${c.message}`).join('\n')}\n`,
  );
  return `### Rubric changes since ${since} (${bump})\n\n${groups.join('\n')}${translationsPart}`;
}

/**
 * `changelog` with `section` under `## <version>`: right after the heading
 * changesets wrote (above its own notes), or as a new heading at the end.
 * `packageName` heads a changelog that does not exist yet.
 */
export function withChangelogSection(
  changelog: string | undefined,
  packageName: string,
  version: string,
  section: string,
): string {
  const heading = `## ${version}\n`;
  const text = changelog ?? `# ${packageName}\n\n${heading}`;
  const at = text.indexOf(heading);
  return at === -1
    ? `${text.trimEnd()}\n\n${heading}\n${section}`
    : `${text.slice(0, at + heading.length)}\n${section}${text.slice(at + heading.length)}`;
}
