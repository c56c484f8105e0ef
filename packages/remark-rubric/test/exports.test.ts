/**
 * What each entry point of @usd1-milestones/remark-rubric exports, name by name. A
 * failure here means an export was added or removed: if on purpose, change
 * the list in the same commit (and say so in a changeset); if not, undo it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeExports } from '../../../scripts/exports.js';

const expected: Record<string, readonly string[]> = {
  '.': [
    'checkRubricText',
    'citationPlaces',
    'citedKeys',
    'configurableRules',
    'inertTree',
    'inlineContent',
    'numberedSources',
    'parseRubricText',
    'unsafeUrlReason',
    'urlScheme',
  ],
  // The same names, without the installed rubric as the default: the check engine's entry.
  './grammar': [
    'checkRubricText',
    'citationPlaces',
    'citedKeys',
    'configurableRules',
    'inertTree',
    'inlineContent',
    'numberedSources',
    'parseRubricText',
    'unsafeUrlReason',
    'urlScheme',
  ],
};

describeExports({ describe, it, expect }, '@usd1-milestones/remark-rubric', join(import.meta.dirname, '..'), expected);
