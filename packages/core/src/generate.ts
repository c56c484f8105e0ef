/**
 * `@usd1-milestones/core/generate`: what the data package is built from a
 * loaded rubric: its typed data, rubric.json, schema.json, and the text a
 * release adds to its changelog. Pure functions; the data package's own
 * scripts decide where the rubric is read from and the files written to.
 */
export {
  changesJsonSchema,
  type GeneratedFiles,
  generateFiles,
  jsonSchema,
  type LanguageStrings,
  type TranslationData,
} from './lib/generate.js';
export { changelogSection, withChangelogSection } from './lib/release.js';
