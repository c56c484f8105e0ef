/**
 * What each entry point of @usd1-milestones/check exports, name by name. A
 * failure here means an export was added or removed: if on purpose, change
 * the list in the same commit (and say so in a changeset); if not, undo it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeExports } from '../../../scripts/exports.js';

const expected: Record<string, readonly string[]> = {
  '.': [
    'CONFIG_FILE',
    'CheckError',
    'ConfigError',
    'DEFAULT_TIME_BUDGET',
    'MARKDOWN',
    'applyLevels',
    'applySafeFixes',
    'check',
    'collectFiles',
    'compareFindings',
    'fileKind',
    'finding',
    'fixableCount',
    'isFolder',
    'moduleFingerprint',
    'openFileChecker',
    'provideFileModules',
    'readConfig',
    'shownPath',
    'tooComplexMessage',
    'unifiedDiff',
  ],
  './texts': ['DEFAULT_TIME_BUDGET', 'checkRubricTexts', 'openTextChecker', 'plainRubric', 'tooComplexMessage'],
};

describeExports({ describe, it, expect }, '@usd1-milestones/check', join(import.meta.dirname, '..'), expected);
