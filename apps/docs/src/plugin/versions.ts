/**
 * The site's versions, derived from the rubric package: every frozen release
 * in @usd1-milestones/rubric/releases/ is a version, newest first, and the
 * current data is "Next". Adding a release adds a version with no hand work.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Which version a docs source file belongs to, from where Docusaurus keeps it:
 * versioned_docs/version-X/, or a translation's
 * i18n/<locale>/docusaurus-plugin-content-docs/version-X/.
 */
export function versionOfFile(path: string | undefined): string {
  const match = /(?:versioned_docs|docusaurus-plugin-content-docs)[\\/]version-([^\\/]+)[\\/]/.exec(path ?? '');
  return match?.[1] ?? 'current';
}

/** A translation's strings as the data package ships them (i18n/<lang>.json, releases/i18n/<version>/<lang>.json). */
export interface TranslationFile {
  readonly lang: string;
  readonly strings: Readonly<Record<string, { readonly text: string; readonly source: string; readonly stale?: true }>>;
}

/** Where a version's translation into `lang` is: Next's in the package's i18n/, a release's in releases/i18n/<version>/. */
export function translationPath(
  version: string,
  lang: string,
  where: { readonly packageDir: string; readonly releasesDir: string },
): string {
  return version === 'current'
    ? join(where.packageDir, 'i18n', `${lang}.json`)
    : join(where.releasesDir, 'i18n', version, `${lang}.json`);
}

/** The languages the data package translates Next into, from its i18n/ folder. */
export function translatedLanguages(packageDir: string): string[] {
  try {
    return readdirSync(join(packageDir, 'i18n'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}

/** The versions (`current` for Next, then releases newest first) that have a translation into `lang`. */
export function translatedVersions(
  lang: string,
  where: { readonly packageDir: string; readonly releasesDir: string },
  released: readonly string[],
): string[] {
  return ['current', ...released].filter((version) => existsSync(translationPath(version, lang, where)));
}

/** A version's translation into `lang`. */
export function readTranslation(path: string): TranslationFile {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<TranslationFile> | null;
  if (typeof data?.strings !== 'object' || data.strings === null) throw new Error('it has no `strings`');
  return data as TranslationFile;
}

/**
 * The languages the site is built in besides English: those the data package
 * translates into, once a release has the translation (a language's site
 * starts at its newest translated release, so Next alone would leave it
 * without a home page). `npm run dev` builds Next alone, so there Next is enough.
 */
export function siteLanguages(
  where: { readonly packageDir: string; readonly releasesDir: string },
  released: readonly string[],
  nextOnly: boolean,
): string[] {
  return translatedLanguages(where.packageDir).filter(
    (lang) => nextOnly || translatedVersions(lang, where, released).some((v) => v !== 'current'),
  );
}
