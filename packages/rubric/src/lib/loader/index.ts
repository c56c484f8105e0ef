/**
 * Loads a rubric folder: reads each file as text, parses YAML and front
 * matter with positions, validates shapes with the zod schemas, then runs the
 * cross-reference rules. Never throws for bad content: every failure becomes a
 * problem with file, line and column.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Problem } from '../problem.js';
import {
  bucketSchema,
  milestoneFrontMatterSchema,
  type Rubric,
  rubricMetaSchema,
  sectionSchema,
  signalSchema,
  sourceSchema,
  stageSchema,
  termSchema,
} from '../schemas.js';
import { checkCrossReferences, type Entry } from './cross-references.js';
import { splitFrontMatter } from './front-matter.js';
import { LineIndex } from './positions.js';
import { shapeProblems } from './shape.js';
import { describeFsError, readText } from './text.js';
import { type ParsedYaml, parseYaml } from './yaml.js';

export interface LoadOptions {
  /** The version stamped on the result; the generator passes the package's version. */
  readonly version?: string;
}

export interface LoadResult {
  /** The validated rubric, or `undefined` when a file could not be read or has the wrong shape. */
  readonly rubric: Rubric | undefined;
  /** Every problem found, in file order; empty when the rubric is valid. */
  readonly problems: readonly Problem[];
}

const MILESTONE_FILE = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** Loads and validates the rubric in `dir`. */
export async function loadRubric(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const problems: Problem[] = [];
  const folder = await isFolder(dir);
  if (folder !== true) {
    return { rubric: undefined, problems: [syntax(dir, `Cannot read the rubric folder: ${folder}`)] };
  }

  const meta = await loadYamlFile(join(dir, 'rubric.yaml'), rubricMetaSchema, '', problems);
  const buckets = await loadList(join(dir, 'buckets.yaml'), bucketSchema, 'buckets', problems);
  const sections = await loadList(join(dir, 'sections.yaml'), sectionSchema, 'sections', problems);
  const stages = await loadList(join(dir, 'stages.yaml'), stageSchema, 'stages', problems);
  const signals = await loadList(join(dir, 'signals.yaml'), signalSchema, 'signals', problems);
  const glossary = await loadList(join(dir, 'glossary.yaml'), termSchema, 'glossary', problems);
  const sources = await loadList(join(dir, 'sources.yaml'), sourceSchema, 'sources', problems);
  const milestones = await loadMilestones(dir, problems);

  if (!meta || !buckets || !sections || !stages || !signals || !glossary || !sources || !milestones) {
    return { rubric: undefined, problems };
  }
  const milestoneEntries = milestones.map((m) => m.entry);
  problems.push(
    ...checkCrossReferences({ buckets, sections, stages, signals, milestones: milestoneEntries, glossary, sources }),
  );

  const values = <T>(entries: readonly Entry<T>[]) => entries.map((entry) => entry.value);
  const rubric: Rubric = {
    ...meta,
    version: options.version ?? '0.0.0',
    buckets: values(buckets),
    sections: values(sections),
    stages: values(stages),
    signals: values(signals),
    milestones: milestones
      .map(({ entry, body, path }) => ({ ...entry.value, body, path }))
      .sort((a, b) => a.number - b.number),
    glossary: values(glossary),
    sources: values(sources).sort((a, b) => a.number - b.number),
  };
  return { rubric, problems };
}

async function isFolder(dir: string): Promise<true | string> {
  try {
    return (await stat(dir)).isDirectory() ? true : 'it is a file, not a folder';
  } catch (error) {
    return describeFsError(error);
  }
}

async function readYaml(file: string, problems: Problem[], required = true): Promise<ParsedYaml | undefined> {
  const text = await readText(file);
  if (!text.ok) {
    const missing = text.message.endsWith('no such file or folder');
    problems.push(
      missing && required
        ? {
            file,
            line: 1,
            column: 1,
            ruleId: 'rubric-schema',
            severity: 'error',
            message: `Missing required file: ${file}`,
          }
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

async function loadYamlFile<S extends z.ZodType>(
  file: string,
  schema: S,
  label: string,
  problems: Problem[],
): Promise<z.output<S> | undefined> {
  const yaml = await readYaml(file, problems);
  if (!yaml) return undefined;
  const result = schema.safeParse(yaml.value);
  if (!result.success) {
    problems.push(...shapeProblems(file, yaml, schema, result.error.issues, label));
    return undefined;
  }
  return result.data;
}

async function loadList<S extends z.ZodType>(
  file: string,
  itemSchema: S,
  label: string,
  problems: Problem[],
): Promise<Entry<z.output<S>>[] | undefined> {
  const yaml = await readYaml(file, problems);
  if (!yaml) return undefined;
  const schema = z.array(itemSchema);
  const result = schema.safeParse(yaml.value ?? []);
  if (!result.success) {
    problems.push(...shapeProblems(file, yaml, schema, result.error.issues, label));
    return undefined;
  }
  return result.data.map((value, index) => ({
    value,
    file,
    locate: (path, key) => yaml.locate([index, ...path], key === undefined ? {} : { key }),
  }));
}

interface LoadedMilestone {
  readonly entry: Entry<z.output<typeof milestoneFrontMatterSchema>>;
  readonly body: string;
  readonly path: string;
}

async function loadMilestones(dir: string, problems: Problem[]): Promise<LoadedMilestone[] | undefined> {
  const folder = join(dir, 'milestones');
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    problems.push({
      file: folder,
      line: 1,
      column: 1,
      ruleId: 'rubric-schema',
      severity: 'error',
      message: `Cannot read the milestones folder: ${describeFsError(error)}`,
    });
    return undefined;
  }
  if (names.length === 0) {
    problems.push({
      file: folder,
      line: 1,
      column: 1,
      ruleId: 'rubric-schema',
      severity: 'error',
      message: 'No milestone files: expected at least one file named NN-id.md, such as 01-redemption-promise.md',
    });
    return undefined;
  }
  const loaded: LoadedMilestone[] = [];
  let failed = false;
  for (const name of names) {
    const milestone = await loadMilestone(folder, name, problems);
    if (milestone) loaded.push(milestone);
    else failed = true;
  }
  return failed ? undefined : loaded;
}

async function loadMilestone(folder: string, name: string, problems: Problem[]): Promise<LoadedMilestone | undefined> {
  const file = join(folder, name);
  const nameMatch = MILESTONE_FILE.exec(name);
  if (!nameMatch) {
    problems.push({
      file,
      line: 1,
      column: 1,
      ruleId: 'rubric-schema',
      severity: 'error',
      message: `Unexpected file name ${'`'}${name}${'`'}: milestone files are named NN-id.md, such as 01-redemption-promise.md`,
    });
    return undefined;
  }
  const text = await readText(file);
  if (!text.ok) {
    problems.push({ file, ...text.position, ruleId: 'rubric-syntax', severity: 'error', message: text.message });
    return undefined;
  }
  const lines = new LineIndex(text.text);
  const split = splitFrontMatter(text.text);
  if (!split.ok) {
    problems.push({
      file,
      ...lines.at(split.offset),
      ruleId: 'rubric-syntax',
      severity: 'error',
      message: split.message,
    });
    return undefined;
  }
  const parsed = parseYaml(split.yaml, lines, split.yamlOffset);
  if (!parsed.ok) {
    problems.push({ file, ...parsed.position, ruleId: 'rubric-syntax', severity: 'error', message: parsed.message });
    return undefined;
  }
  const yaml = parsed.yaml;
  const result = milestoneFrontMatterSchema.safeParse(yaml.value ?? {});
  if (!result.success) {
    problems.push(...shapeProblems(file, yaml, milestoneFrontMatterSchema, result.error.issues));
    return undefined;
  }
  const value = result.data;
  const expected = `${String(value.number).padStart(2, '0')}-${value.id}.md`;
  if (name !== expected) {
    problems.push({
      file,
      ...yaml.locate(['id']),
      ruleId: 'rubric-schema',
      severity: 'error',
      message: `File name ${'`'}${name}${'`'} does not match the milestone's number and id: expected ${'`'}${expected}${'`'}`,
    });
  }
  return {
    entry: { value, file, locate: (path, key) => yaml.locate(path, key === undefined ? {} : { key }) },
    body: split.body,
    path: `milestones/${name}`,
  };
}

function syntax(file: string, message: string): Problem {
  return { file, line: 1, column: 1, ruleId: 'rubric-syntax', severity: 'error', message };
}
