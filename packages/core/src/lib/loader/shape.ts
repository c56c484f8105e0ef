/**
 * Turns zod issues into problems that name the file, the line and column of
 * the offending value or key, what was found and what was expected.
 */
import type { z } from 'zod';
import { code } from '../format.js';
import type { Problem } from '../problem.js';
import { didYouMean } from '../suggest.js';
import type { ParsedYaml, ValuePath } from './yaml.js';

type Issue = z.core.$ZodIssue;

export type ShapeResult<T> =
  | { success: true; data: T }
  | { success: false; issues: readonly Issue[] }
  | { success: false; overflow: true };

/**
 * `schema.safeParse(value)`, except that a value with so many problems that
 * the validator overflows the call stack (it spreads each level's issues into
 * a call) comes back as `overflow` instead of throwing.
 */
export function parseShape<S extends z.ZodType>(schema: S, value: unknown): ShapeResult<z.output<S>> {
  try {
    const result = schema.safeParse(value);
    return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
  } catch (error) {
    if (error instanceof RangeError) return { success: false, overflow: true };
    throw error;
  }
}

/** The one problem reported for an overflowing value. */
export function overflowProblem(file: string, ruleId: Problem['ruleId'] = 'rubric-schema'): Problem {
  return {
    file,
    line: 1,
    column: 1,
    ruleId,
    severity: 'error',
    message: 'The file has too many problems to list; it is probably not the kind of file expected here',
  };
}

export function shapeProblems(
  file: string,
  yaml: ParsedYaml,
  schema: z.ZodType,
  issues: readonly Issue[],
  rootLabel = '',
  ruleId: Problem['ruleId'] = 'rubric-schema',
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const hint =
          didYouMean(key, allowed) || (allowed.length > 0 ? `; expected one of ${allowed.map(code).join(', ')}` : '');
        problems.push(
          problem(
            file,
            yaml,
            issue.path,
            `Unknown key ${code(key)}${where(issue.path, rootLabel)}${hint}`,
            ruleId,
            key,
          ),
        );
      }
      continue;
    }
    problems.push(problem(file, yaml, issue.path, describe(issue, yaml.value, rootLabel), ruleId));
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function problem(
  file: string,
  yaml: ParsedYaml,
  path: ValuePath,
  message: string,
  ruleId: Problem['ruleId'],
  key?: string,
): Problem {
  const position = yaml.locate(path, key === undefined ? {} : { key });
  return { file, ...position, ruleId, severity: 'error', message };
}

function describe(issue: Issue, root: unknown, rootLabel: string): string {
  const found = valueAt(root, issue.path);
  const name = label(issue.path, rootLabel);
  switch (issue.code) {
    case 'invalid_type':
      if (found.missing) {
        const key = issue.path[issue.path.length - 1];
        return `Missing required key ${code(String(key))}${where(issue.path.slice(0, -1), rootLabel)}: expected ${article(issue.expected)}`;
      }
      if (typeof found.value === 'number' && !Number.isFinite(found.value)) {
        return `${name} must be a finite number, found ${kind(found.value)}`;
      }
      return `${name} must be ${article(issue.expected)}, found ${kind(found.value)}`;
    case 'too_big':
    case 'too_small': {
      const limit = String(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const bound =
        issue.code === 'too_big'
          ? issue.inclusive === false
            ? `less than ${limit}`
            : `at most ${limit}`
          : issue.inclusive === false
            ? `greater than ${limit}`
            : `at least ${limit}`;
      if (issue.origin === 'string' && typeof found.value === 'string') {
        const size =
          issue.code === 'too_small' && found.value.trim() === '' ? 'is empty' : `has ${found.value.length} characters`;
        return `${name} ${size}: expected ${bound} characters`;
      }
      if (issue.origin === 'array' && Array.isArray(found.value)) {
        return `${name} has ${found.value.length} items: expected ${bound}`;
      }
      return `${name} is ${preview(found.value)}: expected ${bound}`;
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => String(value));
      return `${name} is ${preview(found.value)}: expected one of ${options.map(code).join(', ')}${didYouMean(String(found.value), options)}`;
    }
    case 'invalid_format':
      return `${name} is ${preview(found.value)}: ${issue.message}`;
    default:
      return `${name}: ${issue.message}`;
  }
}

function where(path: ValuePath, rootLabel: string): string {
  const name = path.length === 0 ? rootLabel : pathString(path, rootLabel);
  return name ? ` in ${code(name)}` : '';
}

function label(path: ValuePath, rootLabel: string): string {
  return code(pathString(path, rootLabel) || rootLabel || 'the document');
}

function pathString(path: ValuePath, rootLabel: string): string {
  let out = rootLabel;
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function valueAt(root: unknown, path: ValuePath): { missing: boolean; value: unknown } {
  let value: unknown = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment))
      return { missing: true, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return { missing: false, value };
}

/** The keys a strict object schema allows at `path`, for suggestions. */
function keysAt(schema: z.ZodType, path: ValuePath): string[] {
  let current: unknown = schema;
  for (const segment of [...path, undefined]) {
    current = unwrap(current);
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (segment === undefined) return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    if (def?.type === 'array') current = def.element;
    else if (def?.type === 'record') current = (def as { valueType?: unknown }).valueType;
    else if (def?.type === 'object' && def.shape) current = def.shape[String(segment)];
    else return [];
  }
  return [];
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    const def = (current as { def?: { type?: string; innerType?: unknown } } | undefined)?.def;
    if ((def?.type === 'optional' || def?.type === 'default' || def?.type === 'readonly') && def.innerType)
      current = def.innerType;
    else return current;
  }
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '`.nan` (not a number)' : '`.inf` (infinity)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${article(typeof value)} (${preview(value)})`;
}

function article(type: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'a mapping', int: 'an integer', number: 'a number' };
  return names[type] ?? (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
}

function preview(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value)
        : (JSON.stringify(value) ?? String(value));
  return code(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
