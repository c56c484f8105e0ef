/**
 * The site's versions, derived from the rubric package: every frozen release
 * in @usd1-milestones/rubric/releases/ is a version, newest first, and the
 * current data is "Next". Adding a release adds a version with no hand work.
 */
import { readRelease, releaseVersions } from '@usd1-milestones/rubric/loader';

/** Released versions, newest first. */
export function releasedVersions() {
  return releaseVersions().reverse();
}

export function releaseData(version) {
  return readRelease(version);
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
