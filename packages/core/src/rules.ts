/**
 * `@usd1-milestones/core/rules`: the rule registry, suggestions and message
 * helpers. No zod: the remark plugin and the CLI's output load only this.
 */

export { CHECKLIST_COLUMNS, type ChecklistColumn } from './lib/export/columns.js';
export { csvField, csvText } from './lib/export/csv-field.js';
export { code } from './lib/format.js';
export { deepestNesting, deepestNode, MAX_NESTING, MAX_TREE_DEPTH, tooDeepMessage } from './lib/nesting.js';
export { type RuleId, type RuleInfo, repositoryUrl, ruleIds, rules, ruleUrl, type Severity } from './lib/rules.js';
export { slugify } from './lib/slug.js';
export { closest, didYouMean } from './lib/suggest.js';
export { type CatalogLike, unknownTarget } from './lib/targets.js';
export { compareVersions } from './lib/versions.js';
