/**
 * `@usd1-milestones/core/loader` (Node only): read and validate a rubric
 * folder (its translations included), with file, line and column for every
 * problem, and read the frozen releases and when each was released. Reading
 * one file as text is `@usd1-milestones/core/text`.
 */

export { splitFrontMatter } from './lib/loader/front-matter.js';
export {
  frameworkFiles,
  type ListKind,
  type LoadOptions,
  type LoadResult,
  loadRubric,
  RUBRIC_YAML_FILES,
} from './lib/loader/index.js';
export {
  loadReleases,
  RELEASE_DATES_FILE,
  readRelease,
  releaseDate,
  releaseDates,
  releaseTranslationChanges,
  releaseTranslations,
  releaseVersions,
} from './lib/loader/releases.js';
export {
  fingerprint,
  type LanguageTranslations,
  type TranslatedString,
  translationFiles,
} from './lib/loader/translations.js';
