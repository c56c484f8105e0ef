/**
 * The site's versions, derived from the rubric package: every frozen release
 * in @usd1-milestones/rubric/releases/ is a version, newest first, and the
 * current data is "Next". Adding a release adds a version with no hand work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@usd1-milestones/rubric/package.json'));
const releasesDir = join(packageDir, 'releases');

/** Released versions, newest first. */
export function releasedVersions() {
  return readdirSync(releasesDir)
    .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
    .map((name) => name.replace(/\.json$/, ''))
    .sort(compareSemver)
    .reverse();
}

export function releaseData(version) {
  return JSON.parse(readFileSync(join(releasesDir, `${version}.json`), 'utf8'));
}

/** The URL prefix of a version: the newest release lives at the root, Next at /next. */
export function versionPath(version, released = releasedVersions()) {
  if (version === 'current') return '/next';
  return version === released[0] ? '' : `/${version}`;
}

/** Which version a docs source file belongs to, from where Docusaurus keeps it. */
export function versionOfFile(path) {
  const match = /versioned_docs[\\/]version-([^\\/]+)[\\/]/.exec(path ?? '');
  return match ? match[1] : 'current';
}

function compareSemver(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}
