/**
 * The frozen releases of the rubric (releases/<version>.json in the data
 * package; `releasesFolder()` from `@usd1-milestones/rubric/folder` says where):
 * the one place that orders and reads them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '../schemas.js';
import { diffTranslations, type TranslationDiff, type TranslationStrings } from '../translation-diff.js';
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

/**
 * One frozen release's data. Releases frozen before crosswalks existed have
 * no `frameworks` and no `mappings`; they are read as empty, so every release
 * has the current shape.
 */
export function readRelease(version: string, dir: string): Rubric {
  const data = JSON.parse(readFileSync(join(dir, `${version}.json`), 'utf8')) as Rubric;
  // A file without the expected shape is passed on as it is, for the caller's schema check to report.
  if (typeof data !== 'object' || data === null || !Array.isArray(data.milestones)) return data;
  return {
    ...data,
    frameworks: data.frameworks ?? [],
    milestones: data.milestones.map((m) => ({ ...m, mappings: m.mappings ?? [] })),
  };
}

/** Every frozen release's data, oldest first. */
export function loadReleases(dir: string): Rubric[] {
  return releaseVersions(dir).map((version) => readRelease(version, dir));
}

/** The file beside the releases that records when each was frozen: `{ "1.0.0": "2026-…Z", … }`. */
export const RELEASE_DATES_FILE = 'released-on.json';

/** When each version was released, from releases/released-on.json (empty when there is none). */
export function releaseDates(dir: string): Record<string, string> {
  const file = join(dir, RELEASE_DATES_FILE);
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

/**
 * When `version` was released, for the exports that date themselves. A
 * version not released yet (Next) takes the date of the newest release it
 * builds on, so that exporting twice gives the same bytes.
 */
export function releaseDate(dir: string, version: string): string {
  const dates = releaseDates(dir);
  return dates[version] ?? Object.values(dates).sort().at(-1) ?? '1970-01-01T00:00:00Z';
}

/**
 * The translations frozen with a release (releases/i18n/<version>/<lang>.json), by language tag;
 * none for a release that had none. A file that is not a translation is passed over.
 */
export function releaseTranslations(dir: string, version: string): TranslationStrings[] {
  const folder = join(dir, 'i18n', version);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      try {
        const data = JSON.parse(readFileSync(join(folder, name), 'utf8')) as TranslationStrings;
        return typeof data?.strings === 'object' && data.strings !== null
          ? [{ lang: name.slice(0, -5), strings: data.strings }]
          : [];
      } catch {
        return [];
      }
    });
}

/** What the translations of `version` changed since the release before it (`previous`; none for a first release). */
export function releaseTranslationChanges(
  dir: string,
  version: string,
  previous: string | undefined,
): TranslationDiff[] {
  const before = previous === undefined ? [] : releaseTranslations(dir, previous);
  const after = releaseTranslations(dir, version);
  const languages = [...new Set([...before, ...after].map((t) => t.lang))].sort();
  return languages
    .map((lang) =>
      diffTranslations(
        before.find((t) => t.lang === lang),
        after.find((t) => t.lang === lang),
      ),
    )
    .filter((d) => d.bump !== 'none');
}
