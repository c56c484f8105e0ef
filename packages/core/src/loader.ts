/**
 * `@usd1-milestones/core/loader` (Node only): read and validate a rubric
 * folder, with file, line and column for every problem.
 */

export { type GeneratedFiles, generateFiles, jsonSchema } from './lib/generate.js';
export { splitFrontMatter } from './lib/loader/front-matter.js';
export {
  frameworkFiles,
  type ListKind,
  type LoadOptions,
  type LoadResult,
  loadRubric,
  RUBRIC_YAML_FILES,
} from './lib/loader/index.js';
export { loadReleases, readRelease, releaseVersions } from './lib/loader/releases.js';
export { decodeText, describeFsError, MAX_FILE_BYTES, readText, type TextResult } from './lib/loader/text.js';
export { formatProblem, type Position, type Problem } from './lib/problem.js';
export { type RuleId, type RuleInfo, repositoryUrl, ruleIds, rules, ruleUrl, type Severity } from './lib/rules.js';
