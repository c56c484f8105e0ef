/**
 * The site's versions, derived from the rubric package: every frozen release
 * in @usd1-milestones/rubric/releases/ is a version, newest first, and the
 * current data is "Next". Adding a release adds a version with no hand work.
 */
import { schemas } from '@usd1-milestones/core';
import { readRelease, releaseVersions } from '@usd1-milestones/core/loader';
import type { Rubric } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';

/** Released versions in `folder` (the rubric package's releases by default), newest first. */
export function releasedVersions(folder: string = releasesFolder): string[] {
  return releaseVersions(folder).reverse();
}

/**
 * One release's data, validated: ids reach page paths, anchors and links, so a
 * release file edited by hand must still have the published shape.
 */
export function releaseData(version: string, folder: string = releasesFolder): Rubric {
  return publishedShape(readRelease(version, folder), `releases/${version}.json`);
}

/** `data` if it has the published shape of the rubric, else an error naming `file` and the first problem. */
export function publishedShape(data: unknown, file: string): Rubric {
  const result = schemas.rubric.safeParse(data);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new Error(`${file} does not have the published shape: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}

/** The URL prefix of a version: the newest release lives at the root, Next at /next. */
export function versionPath(version: string, released: readonly string[] = releasedVersions()): string {
  if (version === 'current') return '/next';
  return version === released[0] ? '' : `/${version}`;
}

/** Which version a docs source file belongs to, from where Docusaurus keeps it. */
export function versionOfFile(path: string | undefined): string {
  const match = /versioned_docs[\\/]version-([^\\/]+)[\\/]/.exec(path ?? '');
  return match?.[1] ?? 'current';
}
