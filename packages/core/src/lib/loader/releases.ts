/**
 * The frozen releases of the rubric (releases/<version>.json in the data
 * package; `releasesFolder()` from `@usd1-milestones/rubric/folder` says where):
 * the one place that orders and reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '../schemas.js';
import { compareVersions } from '../versions.js';

const RELEASE_FILE = /^\d+\.\d+\.\d+\.json$/;

/** Released versions, oldest first. */
export function releaseVersions(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => RELEASE_FILE.test(name));
  } catch {
    return [];
  }
  return names.map((name) => name.replace(/\.json$/, '')).sort(compareVersions);
}

/** One frozen release's data. */
export function readRelease(version: string, dir: string): Rubric {
  return JSON.parse(readFileSync(join(dir, `${version}.json`), 'utf8')) as Rubric;
}

/** Every frozen release's data, oldest first. */
export function loadReleases(dir: string): Rubric[] {
  return releaseVersions(dir).map((version) => readRelease(version, dir));
}
