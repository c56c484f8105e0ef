/**
 * usd1-milestones.json: the project's settings for `usd1-milestones check`,
 * found in the working folder: each rule's level, in the same form the remark
 * plugin's `rules` option takes (plus `assessment-consistency`, for
 * `usd1-milestones assess`), and the documentation that `check` with no
 * paths checks along with the rubric:
 *
 *   { "rules": { "citation-unused": "off" }, "docs": ["docs", "README.md"] }
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { configurableRules as checkRules, closest } from '@usd1-milestones/core/rules';
import { readText } from '@usd1-milestones/core/text';
import type { RuleLevel, RuleLevels } from '@usd1-milestones/remark-rubric';
import { CheckError } from './errors.js';

export const CONFIG_FILE = 'usd1-milestones.json';
/** Every rule whose level the file may set: the checker's, and the one warning of `assess`. */
const configurableRules = [...checkRules, 'assessment-consistency'] as const;
const LEVELS = ['off', 'warn', 'error'];

/** A problem of usd1-milestones.json, with its place for tools that show it there (an editor). */
export class ConfigError extends CheckError {
  constructor(
    readonly reason: string,
    readonly line = 1,
    readonly column = 1,
    at = true,
  ) {
    super(at ? `${CONFIG_FILE}:${line}:${column}: ${reason}` : `${CONFIG_FILE}: ${reason}`);
  }
}

export interface Config {
  readonly rules: RuleLevels & { readonly 'assessment-consistency'?: RuleLevel };
  /** Documentation checked with the rubric when no paths are given (files, folders, globs); default: ./docs. */
  readonly docs?: readonly string[];
}

/** The working folder's settings; none when there is no file. A bad file is a usage error with its position. */
export async function readConfig(cwd: string): Promise<Config> {
  const path = join(cwd, CONFIG_FILE);
  if (!existsSync(path)) return { rules: {} };
  const read = readText(path, { kind: 'config files' });
  if (!read.ok) throw new ConfigError(read.message, read.position.line, read.position.column, false);
  // The YAML parser (a superset of JSON that knows where each value is) loads only when there is a file to read.
  const { LineIndex, parseYaml } = await import('@usd1-milestones/core/yaml');
  const parsed = parseYaml(read.text, new LineIndex(read.text));
  if (!parsed.ok) throw new ConfigError(parsed.message, parsed.position.line, parsed.position.column);
  const fail = (path: (string | number)[], key: string | undefined, message: string): never => {
    const at = parsed.yaml.locate(path, key === undefined ? {} : { key });
    throw new ConfigError(message, at.line, at.column);
  };
  const value = parsed.yaml.value;
  if (!isObject(value)) return fail([], undefined, 'Expected an object such as {"rules": {"citation-unused": "off"}}');
  for (const key of Object.keys(value)) {
    if (key !== 'rules' && key !== 'docs') {
      const near = closest(key, ['rules', 'docs']);
      fail(
        [],
        key,
        `Unknown setting \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ''}; expected \`rules\` or \`docs\``,
      );
    }
  }
  const rules = value.rules ?? {};
  if (!isObject(rules)) return fail(['rules'], undefined, '`rules` must be an object of rule ids and levels');
  const levels: Record<string, string> = {};
  for (const [rule, level] of Object.entries(rules)) {
    if (!(configurableRules as readonly string[]).includes(rule)) {
      const near = closest(rule, configurableRules);
      fail(
        ['rules'],
        rule,
        `Unknown rule \`${rule}\`${near ? ` (did you mean \`${near}\`?)` : ''}; the rules with a level are ${configurableRules.join(', ')}`,
      );
    }
    if (typeof level !== 'string' || !LEVELS.includes(level)) {
      fail(
        ['rules', rule],
        undefined,
        `The level of \`${rule}\` must be "off", "warn" or "error", not ${JSON.stringify(level)}`,
      );
    }
    levels[rule] = level as string;
  }
  const docs = value.docs;
  if (docs !== undefined && (!Array.isArray(docs) || docs.some((d) => typeof d !== 'string' || d === ''))) {
    fail(['docs'], undefined, '`docs` must be a list of paths, folders or globs, such as ["docs", "README.md"]');
  }
  return { rules: levels as Config['rules'], ...(docs === undefined ? {} : { docs: docs as string[] }) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
