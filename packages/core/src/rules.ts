/**
 * `@usd1-milestones/core/rules`: the rule registry, and what every check
 * shares to report a finding: the problem and its `file:line:column` form,
 * suggestions, the message for a link to an unknown target, and the nesting
 * limits that keep hostile input from exhausting the stack. No zod: the
 * remark plugin and the CLI's output load only this.
 */

export { code } from './lib/format.js';
export { deepestNesting, deepestNode, MAX_NESTING, MAX_TREE_DEPTH, tooDeepMessage } from './lib/nesting.js';
export {
  type Finding,
  type Fix,
  formatProblem,
  type Position,
  type Problem,
  type RelatedPlace,
  type TextEdit,
} from './lib/problem.js';
export {
  type ConfigurableRule,
  configurableRules,
  leveled,
  type RuleId,
  type RuleInfo,
  type RuleLevel,
  type RuleLevels,
  repositoryUrl,
  ruleIds,
  rules,
  ruleUrl,
  type Severity,
} from './lib/rules.js';
export { type Retirable, replacedByText, soleSuccessor } from './lib/successor.js';
export { closest, didYouMean, didYouMeanText } from './lib/suggest.js';
export { type CatalogLike, type TargetProblem, targetProblem, unknownTarget } from './lib/targets.js';
