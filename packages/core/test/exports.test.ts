/**
 * What each entry point of @usd1-milestones/core exports, name by name. A
 * failure here means an export was added or removed: if on purpose, change
 * the list in the same commit (and say so in a changeset); if not, undo it.
 *
 * Each subpath has one job and each name one home among them; the main entry
 * is the schemas, and gathers `/rules` and `/diff` (the public contract, docs/architecture.md).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeExports, exportedNames } from '../../../scripts/exports.js';

const expected: Record<string, readonly string[]> = {
  '.': [
    'MAX_BODY_CHARS',
    'MAX_NESTING',
    'MAX_TREE_DEPTH',
    'bucketSchema',
    'changeGroups',
    'changesDocument',
    'changesSchema',
    'closest',
    'code',
    'compareBumps',
    'configurableRules',
    'criterionSchema',
    'deepestNesting',
    'deepestNode',
    'describeTranslationDiff',
    'didYouMean',
    'didYouMeanText',
    'diffRubrics',
    'diffTranslations',
    'formatProblem',
    'frameworkItemSchema',
    'frameworkSchema',
    'groupChanges',
    'leveled',
    'mappingSchema',
    'maxBump',
    'milestoneFrontMatterSchema',
    'milestoneSchema',
    'relationships',
    'replacedByText',
    'repositoryUrl',
    'rubricSchema',
    'ruleIds',
    'ruleUrl',
    'rules',
    'schemas',
    'soleSuccessor',
    'targetProblem',
    'termSchema',
    'tooDeepMessage',
    'translationEntrySchema',
    'translationFileSchema',
    'unknownTarget',
    'wordDiff',
    'wordDiffText',
  ],
  './rules': [
    'MAX_NESTING',
    'MAX_TREE_DEPTH',
    'closest',
    'code',
    'configurableRules',
    'deepestNesting',
    'deepestNode',
    'didYouMean',
    'didYouMeanText',
    'formatProblem',
    'leveled',
    'replacedByText',
    'repositoryUrl',
    'ruleIds',
    'ruleUrl',
    'rules',
    'soleSuccessor',
    'targetProblem',
    'tooDeepMessage',
    'unknownTarget',
  ],
  './diff': [
    'changeGroups',
    'changesDocument',
    'compareBumps',
    'describeTranslationDiff',
    'diffRubrics',
    'diffTranslations',
    'groupChanges',
    'maxBump',
    'wordDiff',
    'wordDiffText',
  ],
  './loader': [
    'RELEASE_DATES_FILE',
    'RUBRIC_YAML_FILES',
    'fingerprint',
    'frameworkFiles',
    'loadReleases',
    'loadRubric',
    'readRelease',
    'releaseDate',
    'releaseDates',
    'releaseTranslationChanges',
    'releaseTranslations',
    'releaseVersions',
    'splitFrontMatter',
    'translationFiles',
  ],
  './generate': ['changelogSection', 'changesJsonSchema', 'generateFiles', 'jsonSchema', 'withChangelogSection'],
  './export': [
    'CHECKLIST_COLUMNS',
    'CYCLONEDX_SPEC_VERSION',
    'EXPORT_NAMESPACE',
    'OSCAL_MAPPING_VERSION',
    'OSCAL_VERSION',
    'PROP_NAMESPACE',
    'RUBRIC_AUTHOR',
    'checklistCsv',
    'citationKey',
    'cslJson',
    'csvField',
    'csvText',
    'cyclonedxStandard',
    'exportFileName',
    'exportFiles',
    'exportFormat',
    'exportFormatIds',
    'exportFormats',
    'exportRubric',
    'exportableFrameworks',
    'mappedFrameworks',
    'oscalCatalog',
    'oscalMapping',
    'oscalMappingProblem',
    'printLayout',
    'rubricBibtex',
    'rubricCff',
    'rubricCslJson',
    'uuidV5',
  ],
  './yaml': ['LineIndex', 'MAX_COLLECTION_ITEMS', 'overflowProblem', 'parseShape', 'parseYaml', 'shapeProblems'],
  './ids': ['compareVersions', 'languageTagPattern', 'slugify'],
  './translations': ['englishStrings', 'structureDifferences', 'textStructure', 'translateRubric'],
  './print': [
    'CHROMIUM_ARGS',
    'PdfUnavailableError',
    'chromiumPath',
    'printPdf',
    'printPdfs',
    'rubricPdf',
    'withDates',
  ],
  './text': ['MAX_FILE_BYTES', 'decodeText', 'describeFsError', 'readText'],
};

describeExports({ describe, it, expect }, '@usd1-milestones/core', join(import.meta.dirname, '..'), expected);

describe("the homes of core's names", () => {
  const subpaths = Object.keys(expected).filter((entry) => entry !== '.');

  it('gives each runtime name one subpath', () => {
    const homes = new Map<string, string[]>();
    for (const entry of subpaths)
      for (const name of expected[entry] ?? []) homes.set(name, [...(homes.get(name) ?? []), entry]);
    expect([...homes].filter(([, entries]) => entries.length > 1)).toEqual([]);
  });

  it('has the main entry gather /rules and /diff beside the schemas, which live only there', async () => {
    const main = new Set(await exportedNames('@usd1-milestones/core', '.'));
    const gathered = [...(expected['./rules'] ?? []), ...(expected['./diff'] ?? [])];
    expect(gathered.filter((name) => !main.has(name))).toEqual([]);
    const own = [...main].filter((name) => !gathered.includes(name));
    expect(own.filter((name) => !/Schema$|^schemas$|^relationships$|^MAX_BODY_CHARS$/.test(name))).toEqual([]);
    expect(own.filter((name) => subpaths.some((entry) => expected[entry]?.includes(name)))).toEqual([]);
  });
});
