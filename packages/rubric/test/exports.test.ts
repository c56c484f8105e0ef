/**
 * What each entry point of @usd1-milestones/rubric exports, name by name (STYLE 17). A
 * failure here means an export was added or removed: if on purpose, change
 * the list in the same commit (and say so in a changeset); if not, undo it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPoints, exportedNames } from '../../../scripts/exports.js';

const expected: Record<string, string[]> = {
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

describe('the public API of @usd1-milestones/rubric', () => {
  it('has exactly these entry points', () => {
    expect(entryPoints(join(import.meta.dirname, '..'))).toEqual(Object.keys(expected));
  });

  for (const [entry, names] of Object.entries(expected)) {
    it(`exports exactly these names from ${entry}`, async () => {
      expect(names.length).toBeGreaterThan(0);
      expect(await exportedNames('@usd1-milestones/rubric', entry)).toEqual(names);
    });
  }
});
