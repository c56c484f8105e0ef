/**
 * `npm run release:freeze -w @usd1-milestones/rubric`, run by `npm run
 * version-packages` right after `changeset version` bumped the packages:
 *
 * 1. regenerates the generated files, so they carry the new version;
 * 2. freezes the release's data as releases/<version>.json (the site builds
 *    one version per file there), its translations as
 *    releases/i18n/<version>/<lang>.json, and records the date in
 *    released-on.json;
 * 3. adds the item-by-item changes since the previous release, from the
 *    semantic diff, and the translations' changes, kept apart, to this
 *    package's CHANGELOG.md under the new version;
 * 4. regenerates again, so the new release's exports and the repository's
 *    CITATION.cff come from the frozen file.
 *
 * Idempotent: a version that is already frozen is left as it is (so a
 * release of core alone, which leaves this package's version as it was,
 * freezes nothing), and a new version whose data did not change is not frozen.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rubric } from '@usd1-milestones/core';
import { diffRubrics, diffTranslations, type TranslationStrings } from '@usd1-milestones/core/diff';
import { changelogSection, withChangelogSection } from '@usd1-milestones/core/generate';
import { RELEASE_DATES_FILE, readRelease, releaseDates, releaseVersions } from '@usd1-milestones/core/loader';

const scripts = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(scripts, '..');
const releasesDir = join(packageDir, 'releases');
const { name, version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const frozen = join(releasesDir, `${version}.json`);

if (existsSync(frozen)) {
  console.log(`release: ${version} is already frozen; nothing to do`);
  process.exit(0);
}

const previous = releaseVersions(releasesDir).pop();

// The same process flags this script runs with (tsx, and the condition that reads core's source).
execFileSync(process.execPath, [...process.execArgv, join(scripts, 'generate.ts')], {
  cwd: packageDir,
  stdio: 'inherit',
});
const data = readFileSync(join(packageDir, 'rubric.json'), 'utf8');
const diff = previous ? diffRubrics(readRelease(previous, releasesDir), JSON.parse(data) as Rubric) : undefined;
const translations = translationFiles(join(packageDir, 'i18n'));
const previousTranslations = previous ? translationFiles(join(releasesDir, 'i18n', previous)) : new Map();
const translationDiffs = [...new Set([...translations.keys(), ...previousTranslations.keys()])]
  .sort()
  .map((lang) => diffTranslations(previousTranslations.get(lang)?.data, translations.get(lang)?.data));

// A release of the data is frozen only when the data or a translation changed: a version bump with nothing
// new (a changeset for the data package that only fixed tooling) gets no site version and no release file.
if (previous && diff && diff.changes.length === 0 && translationDiffs.every((d) => d.bump === 'none')) {
  console.log(
    `release: ${name} ${version} has no change to the rubric's data since ${previous}; nothing frozen. Tool fixes belong in a changeset for @usd1-milestones/core.`,
  );
  process.exit(0);
}
writeFileSync(frozen, data);
if (translations.size > 0) {
  const folder = join(releasesDir, 'i18n', version);
  mkdirSync(folder, { recursive: true });
  for (const [lang, { text }] of translations) writeFileSync(join(folder, `${lang}.json`), text);
}
// When it was released, for exports that date themselves (the OSCAL catalog's last-modified): recorded once, here.
const dates = { ...releaseDates(releasesDir), [version]: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
writeFileSync(join(releasesDir, RELEASE_DATES_FILE), `${JSON.stringify(dates, null, 2)}\n`);

if (previous && diff) {
  const changelog = join(packageDir, 'CHANGELOG.md');
  const text = existsSync(changelog) ? readFileSync(changelog, 'utf8') : undefined;
  writeFileSync(
    changelog,
    withChangelogSection(text, name, version, changelogSection(previous, diff.bump, diff.changes, translationDiffs)),
  );
}
// Again, now that the release is frozen: its exports (exports/<version>/) and the repository's
// CITATION.cff (the newest release's) are generated from the frozen file, so the tree this leaves
// passes CI's check that nothing generated is stale.
execFileSync(process.execPath, [...process.execArgv, join(scripts, 'generate.ts')], {
  cwd: packageDir,
  stdio: 'inherit',
});
console.log(`release: froze ${version}${previous ? ` and wrote the changes since ${previous} to CHANGELOG.md` : ''}`);

/** The translations in a folder of `<lang>.json` files (i18n/, or a release's releases/i18n/<version>/), by language. */
function translationFiles(folder: string): Map<string, { text: string; data: TranslationStrings }> {
  const out = new Map<string, { text: string; data: TranslationStrings }>();
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const text = readFileSync(join(folder, name), 'utf8');
    out.set(name.slice(0, -5), { text, data: JSON.parse(text) as TranslationStrings });
  }
  return out;
}
