/**
 * Loads a rubric folder: reads each file as text, parses YAML and front
 * matter with positions, validates shapes with the zod schemas, then runs the
 * cross-reference rules. Never throws for bad content: every failure becomes a
 * problem with file, line and column.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { z } from 'zod';
import type { Problem } from '../problem.js';
import {
  bucketSchema,
  type Framework,
  frameworkSchema,
  type MilestoneFrontMatter,
  type Rubric,
  rubricMetaSchema,
  sectionSchema,
  signalSchema,
  sourceSchema,
  stageSchema,
  termSchema,
} from '../schemas.js';
import { checkCrossReferences, type Entry } from './cross-references.js';
import { lazyLocator } from './milestone-file.js';
import { readMilestoneFiles } from './pool.js';
import { LineIndex } from './positions.js';
import { overflowProblem, parseShape, shapeProblems } from './shape.js';
import { describeFsError, readText } from './text.js';
import { type LanguageTranslations, loadTranslations } from './translations.js';
import { type ParsedYaml, parseYaml } from './yaml.js';

/** The rubric's YAML files, relative to its folder, in the order they are read. */
export const RUBRIC_YAML_FILES = [
  'rubric.yaml',
  'buckets.yaml',
  'sections.yaml',
  'stages.yaml',
  'signals.yaml',
  'glossary.yaml',
  'sources.yaml',
] as const;

export interface LoadOptions {
  /** The version stamped on the result; the generator passes the package's version. */
  readonly version?: string;
  /**
   * The frozen releases, whose English texts translations were made from: a
   * stale translation's message then shows what changed in its English. A
   * function is called only when the rubric has translations.
   */
  readonly history?: readonly Rubric[] | (() => readonly Rubric[]);
}

export interface LoadResult {
  /** The validated rubric, or `undefined` when a file could not be read or has the wrong shape. */
  readonly rubric: Rubric | undefined;
  /** Every problem found, in file order; empty when the rubric is valid. */
  readonly problems: readonly Problem[];
  /**
   * Where an entry of a YAML list file is defined (its `id` key; a term's `slug`),
   * for tools that report on an entry: `locate('source', 'imf-2025')`.
   */
  locate(kind: ListKind, id: string): { file: string; line: number; column: number } | undefined;
  /** Each language in translations/, with its usable strings and what it lacks; empty without the folder. */
  readonly translations: readonly LanguageTranslations[];
}

/** The list files whose entries `locate` finds. */
export type ListKind = 'bucket' | 'section' | 'stage' | 'signal' | 'term' | 'source';

/** Loads and validates the rubric in `dir`. */
export async function loadRubric(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const folderError = notAFolder(dir);
  if (folderError)
    return {
      rubric: undefined,
      problems: [problem(dir, 'rubric-syntax', `Cannot read the rubric folder: ${folderError}`)],
      locate: () => undefined,
      translations: [],
    };

  // Milestone files go first: in a large rubric they parse on worker threads while this thread reads the rest.
  const milestonesDir = join(dir, 'milestones');
  const names = listMilestoneFiles(milestonesDir);
  const milestoneFiles = Array.isArray(names) ? readMilestoneFiles(milestonesDir, names) : Promise.resolve([]);

  const problems: Problem[] = [];
  const meta = loadYamlFile(join(dir, 'rubric.yaml'), rubricMetaSchema, problems);
  const buckets = loadList(join(dir, 'buckets.yaml'), bucketSchema, 'buckets', problems);
  const sections = loadList(join(dir, 'sections.yaml'), sectionSchema, 'sections', problems);
  const stages = loadList(join(dir, 'stages.yaml'), stageSchema, 'stages', problems);
  const signals = loadList(join(dir, 'signals.yaml'), signalSchema, 'signals', problems);
  const glossary = loadList(join(dir, 'glossary.yaml'), termSchema, 'glossary', problems);
  const sources = loadList(join(dir, 'sources.yaml'), sourceSchema, 'sources', problems);
  const frameworks = loadFrameworks(join(dir, 'frameworks'), problems);

  let milestones: (Entry<MilestoneFrontMatter> & { body: string; path: string })[] | undefined;
  if (!Array.isArray(names)) {
    problems.push(names);
  } else {
    const files = await milestoneFiles;
    for (const file of files) for (const item of file.problems) problems.push(item);
    if (files.every((file) => file.value !== undefined)) {
      milestones = files.map((file, i) => ({
        value: file.value as MilestoneFrontMatter,
        file: file.file,
        locate: file.yaml ? lazyLocator(file.yaml) : () => ({ line: 1, column: 1 }),
        body: file.body ?? '',
        path: `milestones/${names[i]}`,
      }));
    }
  }

  const lists: Partial<Record<ListKind, readonly Entry<{ id?: string; slug?: string }>[]>> = {
    ...(buckets ? { bucket: buckets } : {}),
    ...(sections ? { section: sections } : {}),
    ...(stages ? { stage: stages } : {}),
    ...(signals ? { signal: signals } : {}),
    ...(glossary ? { term: glossary } : {}),
    ...(sources ? { source: sources } : {}),
  };
  const locate: LoadResult['locate'] = (kind, id) => {
    const entry = lists[kind]?.find((e) => (e.value.id ?? e.value.slug) === id);
    if (!entry) return undefined;
    const key = kind === 'term' ? 'slug' : 'id';
    return { file: entry.file, ...entry.locate([], { key }) };
  };
  if (!meta || !buckets || !sections || !stages || !signals || !glossary || !sources || !milestones || !frameworks) {
    return { rubric: undefined, problems, locate, translations: [] };
  }
  // A message that names another file does so from the rubric folder's name on (`rubric/glossary.yaml:6:9`),
  // so that the same rubric gives the same messages wherever it is checked out.
  const folderPrefix = `${dir.replace(/[\\/]+$/, '')}${sep}`;
  const shown = (file: string) =>
    file.startsWith(folderPrefix) ? `${basename(dir)}/${file.slice(folderPrefix.length).split(sep).join('/')}` : file;
  for (const item of checkCrossReferences({
    buckets,
    sections,
    stages,
    signals,
    milestones,
    glossary,
    sources,
    frameworks,
    shown,
  }))
    problems.push(item);

  const values = <T>(entries: readonly Entry<T>[]) => entries.map((entry) => entry.value);
  const rubric: Rubric = {
    ...meta,
    version: options.version ?? '0.0.0',
    buckets: values(buckets),
    sections: values(sections),
    stages: values(stages),
    signals: values(signals),
    milestones: milestones
      .map(({ value, body, path }) => ({ ...value, body, path }))
      .sort((a, b) => a.number - b.number),
    glossary: values(glossary),
    sources: values(sources).sort((a, b) => a.number - b.number),
    frameworks: values(frameworks).sort((a, b) => a.id.localeCompare(b.id)),
  };
  const translated = loadTranslations(dir, rubric, readYaml, options.history);
  for (const item of translated.problems) problems.push(item);
  return { rubric, problems, locate, translations: translated.translations };
}

function notAFolder(dir: string): string | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : 'it is a file, not a folder';
  } catch (error) {
    return describeFsError(error);
  }
}

/** The milestone file names in order, or the problem that prevents listing them. */
function listMilestoneFiles(folder: string): string[] | Problem {
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .sort();
  } catch (error) {
    return problem(folder, 'rubric-schema', `Cannot read the milestones folder: ${describeFsError(error)}`);
  }
  if (names.length === 0) {
    return problem(
      folder,
      'rubric-schema',
      'No milestone files: expected at least one file named NN-id.md, such as 01-redemption-promise.md',
    );
  }
  return names;
}

function readYaml(file: string, problems: Problem[]): ParsedYaml | undefined {
  const text = readText(file, { within: dirname(file), kind: 'rubric files' });
  if (!text.ok) {
    problems.push(
      text.message.endsWith('no such file or folder')
        ? problem(file, 'rubric-schema', `Missing required file \`${basename(file)}\` in the rubric folder`)
        : { file, ...text.position, ruleId: 'rubric-syntax', severity: 'error', message: text.message },
    );
    return undefined;
  }
  const parsed = parseYaml(text.text, new LineIndex(text.text));
  if (!parsed.ok) {
    problems.push({ file, ...parsed.position, ruleId: 'rubric-syntax', severity: 'error', message: parsed.message });
    return undefined;
  }
  return parsed.yaml;
}

function loadYamlFile<S extends z.ZodType>(file: string, schema: S, problems: Problem[]): z.output<S> | undefined {
  const yaml = readYaml(file, problems);
  if (!yaml) return undefined;
  const result = parseShape(schema, yaml.value);
  if (!result.success) {
    if ('overflow' in result) problems.push(overflowProblem(file));
    else for (const item of shapeProblems(file, yaml, schema, result.issues)) problems.push(item);
    return undefined;
  }
  return result.data;
}

function loadList<S extends z.ZodType>(
  file: string,
  itemSchema: S,
  label: string,
  problems: Problem[],
): Entry<z.output<S>>[] | undefined {
  const yaml = readYaml(file, problems);
  if (!yaml) return undefined;
  const schema = z.array(itemSchema);
  const result = parseShape(schema, yaml.value ?? []);
  if (!result.success) {
    if ('overflow' in result) problems.push(overflowProblem(file));
    else for (const item of shapeProblems(file, yaml, schema, result.issues, label)) problems.push(item);
    return undefined;
  }
  return result.data.map((value, index) => ({
    value,
    file,
    locate: (path, options) => yaml.locate([index, ...path], options),
  }));
}

/** The framework catalogs of the rubric in `dir`, relative to it (`frameworks/pfmi.yaml`); none without the folder. */
export function frameworkFiles(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'frameworks'))
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => `frameworks/${name}`);
  } catch {
    return [];
  }
}

/**
 * The catalogs in frameworks/, one `<id>.yaml` each; no folder means no
 * catalogs. `undefined` when a catalog cannot be used (its problems are added).
 */
function loadFrameworks(folder: string, problems: Problem[]): Entry<Framework>[] | undefined {
  const entries: Entry<Framework>[] = [];
  let usable = true;
  for (const name of frameworkFiles(dirname(folder))) {
    const file = join(dirname(folder), name);
    const yaml = readYaml(file, problems);
    if (!yaml) {
      usable = false;
      continue;
    }
    const result = parseShape(frameworkSchema, yaml.value);
    if (!result.success) {
      if ('overflow' in result) problems.push(overflowProblem(file));
      else for (const item of shapeProblems(file, yaml, frameworkSchema, result.issues)) problems.push(item);
      usable = false;
      continue;
    }
    entries.push({ value: result.data, file, locate: (path, options) => yaml.locate(path, options) });
  }
  return usable ? entries : undefined;
}

function problem(file: string, ruleId: Problem['ruleId'], message: string): Problem {
  return { file, line: 1, column: 1, ruleId, severity: 'error', message };
}
