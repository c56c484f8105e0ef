/**
 * YAML parsing that keeps source positions, so that a problem found later in
 * the parsed value can be reported at the line and column that holds it.
 */
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';
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

/**
 * Entries one list or map may hold. The real rubric's longest list has under
 * a hundred; far beyond this, validators that report a problem per entry
 * overflow the call stack, so such a file is refused with one message.
 */
export const MAX_COLLECTION_ITEMS = 50_000;

/** Alias expansions beyond this are treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses `source`, which starts at `offset` in a file indexed by `lines`
 * (front matter starts after its `---` line).
 */
export function parseYaml(source: string, lines: LineIndex, offset = 0): YamlResult {
  // The yaml package parses nesting by recursion: past some hundreds of levels it overflows the stack.
  const deep = tooDeeplyNested(source);
  if (deep) return { ok: false, message: deep.message, position: lines.at(offset + deep.at) };
  // The yaml package's own unique-key check compares each key with every earlier one (40,000
  // keys took 9 s), so duplicates are found here instead, with one set per map.
  const doc = parseDocument(source, { uniqueKeys: false, strict: true, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    return { ok: false, message: describeYamlError(error.message), position: lines.at(offset + error.pos[0]) };
  }
  const huge = firstHugeCollection(doc.contents);
  if (huge) {
    return {
      ok: false,
      message: `A ${huge.kind} of ${huge.size.toLocaleString('en')} entries is longer than the ${MAX_COLLECTION_ITEMS.toLocaleString('en')} this tool reads; split it or remove entries`,
      position: lines.at(offset + huge.at),
    };
  }
  const duplicate = firstDuplicateKey(doc.contents);
  if (duplicate !== undefined) {
    return { ok: false, message: 'Invalid YAML: Map keys must be unique', position: lines.at(offset + duplicate) };
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
      const pair = pairsOf(node).get(options.key);
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
    const pair = pairsOf(target).get(String(segment));
    return pair && isNode(pair.value) ? pair.value : pair && isNode(pair.key) ? pair.key : undefined;
  }
  return undefined;
}

/** A map's pairs by key, built once per map: locating thousands of problems stays linear. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key)) {
        const key = String(item.key.value);
        if (!index.has(key)) index.set(key, item as Pair);
      }
    }
    pairIndex.set(map, index);
  }
  return index;
}

function firstHugeCollection(root: unknown): { kind: 'list' | 'map'; size: number; at: number } | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node) || isSeq(node)) {
      if (node.items.length > MAX_COLLECTION_ITEMS) {
        return { kind: isMap(node) ? 'map' : 'list', size: node.items.length, at: node.range?.[0] ?? 0 };
      }
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return undefined;
}

/** The offset of the first key that repeats an earlier key of its map, walking iteratively. */
function firstDuplicateKey(root: unknown): number | undefined {
  const stack: unknown[] = [root];
  let first: number | undefined;
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const at = isNode(pair.key) ? pair.key.range?.[0] : undefined;
          if (at !== undefined && (first === undefined || at < first)) first = at;
        }
        seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return first;
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
  if (/call stack/i.test(first)) return 'Lists and maps are nested too deeply to read here; the file was not read';
  return `Invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** Levels of lists and maps inside each other that a file may have; the rubric and assessments use a few. */
export const MAX_YAML_NESTING = 100;

/**
 * The first place where lists and maps nest past {@link MAX_YAML_NESTING}:
 * brackets inside brackets (`[[[`), or a line indented more columns than that
 * many levels need (block nesting takes at least one column a level; two is usual,
 * so twice the limit is allowed). Quoted text and comments are skipped.
 */
function tooDeeplyNested(source: string): { at: number; message: string } | undefined {
  let depth = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        indent++;
        if (indent > 2 * MAX_YAML_NESTING)
          return {
            at: i,
            message: `A line is indented more than ${2 * MAX_YAML_NESTING} columns: lists and maps nested about ${MAX_YAML_NESTING} levels deep or more; the file was not read`,
          };
        continue;
      }
      lineStart = false;
    }
    if (c === '#' && (i === 0 || /\s/.test(source[i - 1] ?? ''))) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end - 1;
    } else if (c === '"' || c === "'") {
      // A quoted scalar: skip to its closing quote (`\"` escapes in double quotes, `''` in single).
      for (i++; i < source.length && source[i] !== c; i++) if (c === '"' && source[i] === '\\') i++;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > MAX_YAML_NESTING)
        return {
          at: i,
          message: `Lists and maps are nested more than ${MAX_YAML_NESTING} levels deep here; the file was not read`,
        };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}
