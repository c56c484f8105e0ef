/**
 * What each entry point of @usd1-milestones/core exports, name by name (STYLE 17). A
 * failure here means an export was added or removed: if on purpose, change
 * the list in the same commit (and say so in a changeset); if not, undo it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPoints, exportedNames } from '../../../scripts/exports.js';

const expected: Record<string, string[]> = {
  '.': [
    'CHECKLIST_COLUMNS',
    'MAX_BODY_CHARS',
    'MAX_NESTING',
    'MAX_TREE_DEPTH',
    'bucketSchema',
    'changeGroups',
    'closest',
    'code',
    'compareBumps',
    'compareVersions',
    'criterionSchema',
    'csvField',
    'csvText',
    'deepestNesting',
    'deepestNode',
    'didYouMean',
    'diffRubrics',
    'frameworkItemSchema',
    'frameworkSchema',
    'groupChanges',
    'mappingSchema',
    'maxBump',
    'milestoneFrontMatterSchema',
    'milestoneSchema',
    'relationships',
    'repositoryUrl',
    'rubricSchema',
    'ruleIds',
    'ruleUrl',
    'rules',
    'schemas',
    'slugify',
    'termSchema',
    'tooDeepMessage',
    'unknownTarget',
  ],
  './loader': [
    'MAX_FILE_BYTES',
    'RUBRIC_YAML_FILES',
    'decodeText',
    'describeFsError',
    'formatProblem',
    'frameworkFiles',
    'generateFiles',
    'jsonSchema',
    'loadReleases',
    'loadRubric',
    'readRelease',
    'readText',
    'releaseVersions',
    'repositoryUrl',
    'ruleIds',
    'ruleUrl',
    'rules',
    'splitFrontMatter',
  ],
  './export': [
    'CHECKLIST_COLUMNS',
    'EXPORT_NAMESPACE',
    'OSCAL_VERSION',
    'PROP_NAMESPACE',
    'checklistCsv',
    'csvField',
    'csvText',
    'exportFileNames',
    'exportFormats',
    'exportRubric',
    'oscalCatalog',
    'releaseDate',
    'releaseExportFormats',
    'uuidV5',
  ],
  './yaml': ['LineIndex', 'MAX_COLLECTION_ITEMS', 'overflowProblem', 'parseShape', 'parseYaml', 'shapeProblems'],
  './rules': [
    'CHECKLIST_COLUMNS',
    'MAX_NESTING',
    'MAX_TREE_DEPTH',
    'closest',
    'code',
    'compareVersions',
    'csvField',
    'csvText',
    'deepestNesting',
    'deepestNode',
    'didYouMean',
    'repositoryUrl',
    'ruleIds',
    'ruleUrl',
    'rules',
    'slugify',
    'tooDeepMessage',
    'unknownTarget',
  ],
  './diff': ['changeGroups', 'compareBumps', 'diffRubrics', 'groupChanges', 'maxBump'],
};

describe('the public API of @usd1-milestones/core', () => {
  it('has exactly these entry points', () => {
    expect(entryPoints(join(import.meta.dirname, '..'))).toEqual(Object.keys(expected));
  });

  for (const [entry, names] of Object.entries(expected)) {
    it(`exports exactly these names from ${entry}`, async () => {
      expect(names.length).toBeGreaterThan(0);
      expect(await exportedNames('@usd1-milestones/core', entry)).toEqual(names);
    });
  }
});
