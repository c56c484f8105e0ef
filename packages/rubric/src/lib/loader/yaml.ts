/**
 * YAML parsing that keeps source positions, so that a problem found later in
 * the parsed value can be reported at the line and column that holds it.
 */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Node, parseDocument, visit } from 'yaml';
import type { Position } from '../problem.js';
import type { LineIndex } from './positions.js';

/** A path into a parsed value: keys and array indexes, as zod reports them. */
export type ValuePath = readonly PropertyKey[];

export interface ParsedYaml {
  readonly value: unknown;
  /** Where the value at `path` starts; for a missing key, where its parent starts. */
  locate(path: ValuePath, options?: { key?: string }): Position;
  /** Every string value (not keys), in document order, with a way back from its characters to the source. */
  strings(): StringValue[];
}

/** A string value in the YAML and the position of each of its characters in the file. */
export interface StringValue {
  readonly path: ValuePath;
  readonly value: string;
  /** Where the value's character at `offset` stands in the file (quotes, escapes and folding undone). */
  at(offset: number): Position;
}

export type YamlResult =
  | { readonly ok: true; readonly yaml: ParsedYaml }
  | { readonly ok: false; readonly message: string; readonly position: Position };

/** Alias expansions beyond this are treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses `source`, which starts at `offset` in a file indexed by `lines`
 * (front matter starts after its `---` line).
 */
export function parseYaml(source: string, lines: LineIndex, offset = 0): YamlResult {
  const doc = parseDocument(source, { uniqueKeys: true, strict: true, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    return { ok: false, message: describeYamlError(error.message), position: lines.at(offset + error.pos[0]) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = firstAlias(doc.contents);
    const message =
      error instanceof Error && /alias/i.test(error.message)
        ? `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} times), which looks like an alias bomb; write the values out instead`
        : `YAML cannot be converted to data: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, message, position: lines.at(offset + (alias?.range?.[0] ?? 0)) };
  }

  const root = doc.contents;
  const locate: ParsedYaml['locate'] = (path, options = {}) => {
    let node: unknown = root;
    let last = startOf(root);
    for (const segment of path) {
      const next = child(node, segment);
      if (next === undefined) break;
      node = next;
      last = startOf(next) ?? last;
    }
    if (options.key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === options.key);
      const keyStart = pair && isNode(pair.key) ? pair.key.range?.[0] : undefined;
      if (keyStart !== undefined) last = keyStart;
    }
    return lines.at(offset + (last ?? 0));
  };
  const strings = () => stringValues(root, source, (at) => lines.at(offset + at));
  return { ok: true, yaml: { value, locate, strings } };
}

/** String scalars under `root` with their paths, iteratively (a deep or huge document cannot overflow the stack). */
function stringValues(root: unknown, source: string, position: (offset: number) => Position): StringValue[] {
  const found: StringValue[] = [];
  const stack: { node: unknown; path: ValuePath }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: ValuePath };
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) {
        const value = node.value;
        const start = node.range[0];
        let map: Int32Array | undefined;
        found.push({
          path,
          value,
          at: (at) => {
            map ??= alignScalar(value, source, start, node.range?.[1] ?? source.length);
            const index = Math.max(0, Math.min(at, value.length));
            return position(index < value.length ? (map[index] as number) : (map[value.length - 1] ?? start) + 1);
          },
        });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
    } else if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        if (isPair(pair) && isScalar(pair.key))
          stack.push({ node: pair.value, path: [...path, String(pair.key.value)] });
      }
    }
  }
  return found;
}

/** How far ahead a value's character is looked for in the source (past indentation, quotes, escapes). */
const ALIGN_WINDOW = 256;

/**
 * The source offset of each character of a scalar's value. The value is the
 * source with quotes, escapes, indentation and line folding undone, so each
 * character is found at or shortly after the previous one; a character that
 * an escape produced (`\u00e9`) is not found and keeps the last position.
 */
function alignScalar(value: string, source: string, start: number, end: number): Int32Array {
  const map = new Int32Array(value.length);
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const wanted = value[i];
    const limit = Math.min(end, cursor + ALIGN_WINDOW);
    let at = cursor;
    while (at < limit && source[at] !== wanted) at++;
    if (at < limit) {
      map[i] = at;
      cursor = at + 1;
    } else {
      map[i] = Math.min(cursor, Math.max(start, end - 1));
    }
  }
  return map;
}

function child(node: unknown, segment: PropertyKey): Node | undefined {
  const target = isAlias(node) ? undefined : node;
  if (isSeq(target) && typeof segment === 'number') {
    const item = target.items[segment];
    return isNode(item) ? item : undefined;
  }
  if (isMap(target)) {
    const pair = target.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
    );
    return pair && isNode(pair.value) ? pair.value : pair && isNode(pair.key) ? pair.key : undefined;
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

function firstAlias(root: unknown): Node | undefined {
  let found: Node | undefined;
  visit(root as Node, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** The yaml package's messages, minus its own trailing position suffix. */
function describeYamlError(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return `Invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}
