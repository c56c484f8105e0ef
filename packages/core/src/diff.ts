/**
 * `@usd1-milestones/core/diff`: the semantic diff between two versions of the
 * rubric, with the release each change requires. Works on data; no zod.
 */

export { type ChangesDocument, changesDocument } from './lib/changes.js';
export {
  type Bump,
  type ChangeType,
  changeGroups,
  compareBumps,
  diffRubrics,
  groupChanges,
  type ItemKind,
  maxBump,
  type RubricChange,
  type RubricDiff,
  type TextChange,
} from './lib/diff.js';
export {
  describeTranslationDiff,
  diffTranslations,
  type TranslationDiff,
  type TranslationStrings,
} from './lib/translation-diff.js';
export { type WordChange, wordDiff, wordDiffText } from './lib/word-diff.js';
