/**
 * `@usd1-milestones/remark-rubric/syntax`: the definitions of the rubric's
 * Markdown syntax, with no dependency, for a scanner that must not load the
 * parser (the check engine's shortcut, the language server's completion).
 */
export {
  citationKey,
  citationKeyCharacter,
  inTextKey,
  type RubricScheme,
  rubricSchemes,
  sourcesHeadings,
  targetSeparator,
} from './lib/syntax.js';
