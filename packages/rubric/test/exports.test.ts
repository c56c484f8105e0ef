/**
 * What each entry point of @usd1-milestones/rubric exports, name by name. A
 * failure here means an export was added or removed: if on purpose, change
 * the list in the same commit (and say so in a changeset); if not, undo it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeExports } from '../../../scripts/exports.js';

const expected: Record<string, readonly string[]> = {
  '.': [
    'buckets',
    'frameworks',
    'getCriterion',
    'getMilestone',
    'getSource',
    'getTerm',
    'glossary',
    'isBucketId',
    'isCriterionId',
    'isGlossarySlug',
    'isMilestoneId',
    'isSourceKey',
    'milestones',
    'milestonesByBucket',
    'rubric',
    'sections',
    'signals',
    'sources',
    'stages',
    'version',
  ],
  './folder': ['packageFolder', 'releasesFolder'],
};

describeExports({ describe, it, expect }, '@usd1-milestones/rubric', join(import.meta.dirname, '..'), expected);
