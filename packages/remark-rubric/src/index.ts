/**
 * `@usd1-milestones/remark-rubric`: a remark plugin that checks citations,
 * glossary links and milestone links against the USD1 milestones rubric, and
 * can rewrite them into site links.
 */

export type { Options, RewriteOptions, RubricLike, UrlTemplate } from './lib/options.js';
export { default } from './lib/plugin.js';
