/**
 * The frozen releases of the rubric (releases/<version>.json in this package):
 * the one place that finds, orders and reads them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rubric } from '../schemas.js';
import { compareVersions } from '../versions.js';

const RELEASE_FILE = /^\d+\.\d+\.\d+\.json$/;

/** This package's releases/ folder, found from this module whether it runs built (dist/) or from source. */
export function releasesFolder(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@usd1-milestones/rubric'
    ) {
      return join(dir, 'releases');
    }
  }
  throw new Error('@usd1-milestones/rubric: cannot find its own package folder');
}

/** Released versions, oldest first. */
export function releaseVersions(dir: string = releasesFolder()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => RELEASE_FILE.test(name));
  } catch {
    return [];
  }
  return names.map((name) => name.replace(/\.json$/, '')).sort(compareVersions);
}

/** One frozen release's data. */
export function readRelease(version: string, dir: string = releasesFolder()): Rubric {
  return JSON.parse(readFileSync(join(dir, `${version}.json`), 'utf8')) as Rubric;
}

/** Every frozen release's data, oldest first. */
export function loadReleases(dir: string = releasesFolder()): Rubric[] {
  return releaseVersions(dir).map((version) => readRelease(version, dir));
}
