/**
 * Reads one milestone file: text, front matter, YAML, shape and file name.
 * Synchronous and free of shared state, so that it runs the same in the main
 * thread and in a worker; its result is plain data that can cross threads.
 */
import { join } from 'node:path';
import type { Problem } from '../problem.js';
import { MAX_BODY_CHARS, type MilestoneFrontMatter, milestoneFrontMatterSchema } from '../schemas.js';
import { splitFrontMatter } from './front-matter.js';
import { LineIndex } from './positions.js';
import { overflowProblem, parseShape, shapeProblems } from './shape.js';
import { readText } from './text.js';
import { type ParsedYaml, parseYaml } from './yaml.js';

export interface MilestoneFile {
  readonly file: string;
  /** Present when the file read, parsed and has the right shape. */
  readonly value?: MilestoneFrontMatter;
  readonly body?: string;
  /** The front matter source and where it starts, to find positions again later. */
  readonly yaml?: { readonly text: string; readonly source: string; readonly offset: number };
  readonly problems: readonly Problem[];
}

const MILESTONE_FILE = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export function readMilestoneFile(folder: string, name: string): MilestoneFile {
  const file = join(folder, name);
  const fail = (
    position: { line: number; column: number },
    message: string,
    ruleId: Problem['ruleId'] = 'rubric-syntax',
  ): MilestoneFile => ({
    file,
    problems: [{ file, ...position, ruleId, severity: 'error', message }],
  });
  const nameMatch = MILESTONE_FILE.exec(name);
  if (!nameMatch) {
    return fail(
      { line: 1, column: 1 },
      `Unexpected file name \`${name}\`: milestone files are named NN-id.md, such as 01-redemption-promise.md`,
      'rubric-schema',
    );
  }
  const text = readText(file, { within: folder, kind: 'rubric files' });
  if (!text.ok) return fail(text.position, text.message);
  const lines = new LineIndex(text.text);
  const split = splitFrontMatter(text.text);
  if (!split.ok) return fail(lines.at(split.offset), split.message);
  const parsed = parseYaml(split.yaml, lines, split.yamlOffset);
  if (!parsed.ok) return fail(parsed.position, parsed.message);
  const result = parseShape(milestoneFrontMatterSchema, parsed.yaml.value ?? {});
  if (!result.success) {
    if ('overflow' in result) return { file, problems: [overflowProblem(file)] };
    return { file, problems: shapeProblems(file, parsed.yaml, milestoneFrontMatterSchema, result.issues) };
  }
  const value = result.data;
  const [, fileNumber = '', fileId] = nameMatch;
  const problems: Problem[] = [];
  if (Number(fileNumber) !== value.number || fileNumber.length < 2 || fileId !== value.id) {
    const expected = `${String(value.number).padStart(2, '0')}-${value.id}.md`;
    problems.push({
      file,
      ...parsed.yaml.locate(['id']),
      ruleId: 'rubric-schema',
      severity: 'error',
      message: `File name \`${name}\` does not match the milestone's number and id: expected \`${expected}\``,
    });
  }
  if (split.body.length > MAX_BODY_CHARS) {
    problems.push({
      file,
      ...lines.at(text.text.length - split.body.length),
      ruleId: 'rubric-schema',
      severity: 'error',
      message: `The body is ${split.body.length.toLocaleString('en')} characters long; a milestone body may be at most ${MAX_BODY_CHARS.toLocaleString('en')}`,
    });
  }
  return {
    file,
    value,
    body: split.body,
    yaml: { text: text.text, source: split.yaml, offset: split.yamlOffset },
    problems,
  };
}

/** Parses the front matter again, once, the first time a position is needed. */
export function lazyLocator(yaml: NonNullable<MilestoneFile['yaml']>): ParsedYaml['locate'] {
  let parsed: ParsedYaml | undefined;
  return (path, options) => {
    if (!parsed) {
      const result = parseYaml(yaml.source, new LineIndex(yaml.text), yaml.offset);
      if (!result.ok) return { line: 1, column: 1 };
      parsed = result.yaml;
    }
    return parsed.locate(path, options);
  };
}
