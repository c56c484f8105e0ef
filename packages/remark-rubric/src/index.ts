/**
 * `@usd1-milestones/remark-rubric`: a remark plugin that checks citations,
 * glossary links and milestone links against the USD1 milestones rubric, and
 * can rewrite them into site links; and the one parser of rubric text.
 */

export { type CitationPlace, citationPlaces, citedKeys, type NumberedSources, numberedSources } from './lib/check.js';
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
