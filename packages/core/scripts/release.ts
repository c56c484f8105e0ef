/**
 * `npm run release:freeze -w @usd1-milestones/core`, run by `npm run
 * version-packages` right after `changeset version` bumped the packages:
 *
 * 1. regenerates the generated files, so they carry the new version;
 * 2. freezes the release's data as releases/<version>.json (the site builds
 *    one version per file there);
 * 3. adds the item-by-item changes since the previous release, from the
 *    semantic diff, to this package's CHANGELOG.md under the new version.
 *
 * Idempotent: a version that is already frozen is left as it is (so a
 * release of core alone, which leaves the data package's version as it was,
 * freezes nothing), and a new version whose data did not change is not frozen.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffRubrics, groupChanges, type RubricChange } from '../src/lib/diff.js';
import { readRelease, releaseVersions } from '../src/lib/loader/releases.js';
import type { Rubric } from '../src/lib/schemas.js';

/** The data package being released: its version, frozen releases and changelog. */
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../rubric');
const releasesDir = join(packageDir, 'releases');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const frozen = join(releasesDir, `${version}.json`);

if (existsSync(frozen)) {
  console.log(`release: ${version} is already frozen; nothing to do`);
  process.exit(0);
}

const previous = releaseVersions(releasesDir).pop();

execFileSync(process.execPath, ['--import', 'tsx', join(dirname(fileURLToPath(import.meta.url)), 'generate.ts')], {
  cwd: packageDir,
  stdio: 'inherit',
});
const data = readFileSync(join(packageDir, 'rubric.json'), 'utf8');
const diff = previous ? diffRubrics(readRelease(previous, releasesDir), JSON.parse(data) as Rubric) : undefined;

// A release of the data is frozen only when the data changed: a version bump with nothing new
// (a changeset for the data package that only fixed tooling) gets no site version and no release file.
if (previous && diff && diff.changes.length === 0) {
  console.log(
    `release: @usd1-milestones/rubric ${version} has no change to the rubric's data since ${previous}; nothing frozen. Tool fixes belong in a changeset for @usd1-milestones/core.`,
  );
  process.exit(0);
}
writeFileSync(frozen, data);
// When it was released, for exports that date themselves (the OSCAL catalog's last-modified): recorded once, here.
const datesFile = join(releasesDir, 'released-on.json');
const dates = existsSync(datesFile) ? (JSON.parse(readFileSync(datesFile, 'utf8')) as Record<string, string>) : {};
dates[version] = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
writeFileSync(datesFile, `${JSON.stringify(dates, null, 2)}\n`);

if (previous && diff) {
  const changelog = join(packageDir, 'CHANGELOG.md');
  const text = existsSync(changelog) ? readFileSync(changelog, 'utf8') : `# @usd1-milestones/rubric\n\n## ${version}\n`;
  const heading = `## ${version}\n`;
  const at = text.indexOf(heading);
  const section = changelogSection(previous, diff.bump, diff.changes);
  const updated =
    at === -1
      ? `${text.trimEnd()}\n\n${heading}\n${section}`
      : `${text.slice(0, at + heading.length)}\n${section}${text.slice(at + heading.length)}`;
  writeFileSync(changelog, updated);
}
console.log(`release: froze ${version}${previous ? ` and wrote the changes since ${previous} to CHANGELOG.md` : ''}`);

function changelogSection(since: string, bump: string, changes: readonly RubricChange[]): string {
  if (changes.length === 0) return `### Rubric changes since ${since}\n\nNo change to the rubric's data.\n`;
  const groups = groupChanges(changes).map(
    (group) => `#### ${group.title}\n\n${group.changes.map((c) => `- ${c.message}`).join('\n')}\n`,
  );
  return `### Rubric changes since ${since} (${bump})\n\n${groups.join('\n')}`;
}
