/**
 * `@usd1-milestones/core/translations`: which strings of the rubric a
 * translation addresses (its file, path and key), what a translation must
 * keep of its English (citations and link targets), and the rubric with a
 * language's strings in place. No zod, no Node APIs. Reading translation files
 * is the loader's (`/loader`), which also gives each English text's
 * fingerprint.
 */
export {
  type EnglishString,
  englishStrings,
  translateRubric,
} from './lib/translations/strings.js';
export { structureDifferences, type TextStructure, textStructure } from './lib/translations/structure.js';
