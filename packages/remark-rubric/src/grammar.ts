/**
 * `@usd1-milestones/remark-rubric/grammar`: everything the main entry has,
 * without a default rubric: each call passes its own (`rubric` option). The
 * check engine uses this entry, so checking never loads the data package.
 */

export { type CitationPlace, citationPlaces, citedKeys, type NumberedSources, numberedSources } from './lib/check.js';
export { fixOf, type OffsetEdit, type OffsetFix } from './lib/fix.js';
export type { Options, RewriteOptions, RubricLike, UrlTemplate } from './lib/options.js';
export { default } from './lib/plugin.js';
export type { ConfigurableRule, RuleLevel, RuleLevels } from './lib/report.js';
export { configurableRules } from './lib/report.js';
export {
  checkRubricText,
  inertTree,
  inlineContent,
  parseRubricText,
  type TextCheck,
  type TextMessage,
} from './lib/text.js';
export { unsafeUrlReason, urlScheme } from './lib/url.js';
export * from './syntax.js';
