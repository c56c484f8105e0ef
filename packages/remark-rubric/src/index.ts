/**
 * `@usd1-milestones/remark-rubric`: a remark plugin that checks citations,
 * glossary links and milestone links against the USD1 milestones rubric, and
 * can rewrite them into site links; and the one parser of rubric text. Without
 * a `rubric` option it checks against the installed `@usd1-milestones/rubric`.
 */
import { rubric } from '@usd1-milestones/rubric';
import { setInstalledRubric } from './lib/options.js';

setInstalledRubric(rubric);

export * from './grammar.js';
export { default } from './grammar.js';
