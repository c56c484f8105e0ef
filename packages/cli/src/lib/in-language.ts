/**
 * The rubric in another language for the commands that write it (`export
 * --lang`): the data package's translation of the current data
 * (i18n/<lang>.json) or of a frozen release (releases/i18n/<version>/<lang>.json),
 * put in place string by string with core's translateRubric.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '@usd1-milestones/core';
import { translateRubric } from '@usd1-milestones/core/translations';
import { packageFolder, releasesFolder } from '@usd1-milestones/rubric/folder';
import { UsageError } from '../errors.js';

/** The folder of `version`'s translations: the current data's, or a frozen release's. */
function translationsFolder(version: string | undefined): string {
  return version === undefined ? join(packageFolder, 'i18n') : join(releasesFolder, 'i18n', version);
}

/** The languages `version` (the current data when undefined) is translated into. */
export function languagesOf(version: string | undefined): string[] {
  const folder = translationsFolder(version);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .sort();
}

/** `rubric` (the current data, or the release `version`) with the strings of `lang` in place; English where untranslated. */
export function inLanguage(rubric: Rubric, lang: string, version: string | undefined): Rubric {
  if (lang === 'en') return rubric;
  const languages = languagesOf(version);
  if (!languages.includes(lang)) {
    const which = version === undefined ? 'The current data' : `Release ${version}`;
    throw new UsageError(
      `${which} has no \`${lang}\` translation; ${languages.length > 0 ? `its languages are en, ${languages.join(', ')}` : 'it is in English only'}`,
    );
  }
  const file = join(translationsFolder(version), `${lang}.json`);
  let data: { strings?: unknown };
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as { strings?: unknown };
  } catch (error) {
    throw new UsageError(`Cannot read the \`${lang}\` translation ${file}: ${(error as Error).message}`);
  }
  if (typeof data?.strings !== 'object' || data.strings === null)
    throw new UsageError(`The \`${lang}\` translation ${file} has no \`strings\`; reinstall @usd1-milestones/rubric`);
  return translateRubric(rubric, data.strings as Record<string, { text: string }>).rubric;
}
