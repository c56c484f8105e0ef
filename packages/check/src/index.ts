/**
 * `@usd1-milestones/check`: the check engine. Every checker of this project
 * calls it (the CLI, the language server, the GitHub Action and pre-commit
 * through the CLI, the data package's generate step, the site); none checks
 * on its own. Given paths or documents and a rubric, it returns findings of
 * one shape, `Finding`.
 */
export { type FileChecker, type FileCheckerOptions, fileKind, openFileChecker } from './editor.js';
export { DEFAULT_TIME_BUDGET, tooComplexMessage } from './lib/budget.js';
export { CONFIG_FILE, type Config, ConfigError, readConfig } from './lib/config.js';
export { CheckError } from './lib/errors.js';
export { collectFiles, isFolder, MARKDOWN, provideFileModules } from './lib/files.js';
export { applySafeFixes, type FixedFile, fixableCount, unifiedDiff } from './lib/fixes.js';
export { applyLevels } from './lib/levels.js';
export { compareFindings, type Finding, finding, shownPath } from './lib/result.js';
export { type CheckOptions, type CheckResult, check, moduleFingerprint } from './project.js';
