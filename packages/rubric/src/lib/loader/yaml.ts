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
  return { ok: true, yaml: { value, locate } };
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
