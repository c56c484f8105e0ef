/**
 * What each entry point of @usd1-milestones/remark-rubric exports, name by name. A
 * failure here means an export was added or removed: if on purpose, change
 * the list in the same commit (and say so in a changeset); if not, undo it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeExports } from '../../../scripts/exports.js';

/** The plugin's names, from the main entry and, without the installed rubric as the default, from /grammar. */
const plugin = [
  'checkRubricText',
  'citationKey',
  'citationKeyCharacter',
  'citationPlaces',
  'citedKeys',
  'configurableRules',
  'fixOf',
  'inTextKey',
  'inertTree',
  'inlineContent',
  'numberedSources',
  'parseRubricText',
  'rubricSchemes',
  'sourcesHeadings',
  'targetSeparator',
  'unsafeUrlReason',
  'urlScheme',
];

const expected: Record<string, readonly string[]> = {
  '.': plugin,
  './grammar': plugin,
  './syntax': [
    'citationKey',
    'citationKeyCharacter',
    'inTextKey',
    'rubricSchemes',
    'sourcesHeadings',
    'targetSeparator',
  ],
};

describeExports({ describe, it, expect }, '@usd1-milestones/remark-rubric', join(import.meta.dirname, '..'), expected);
