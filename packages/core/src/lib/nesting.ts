/**
 * How deep Markdown nests, known before and after parsing. The parser slows
 * sharply on text nested hundreds of block quotes and lists deep, and any
 * recursive walk of such a tree overflows the call stack; so text nested past
 * these limits is refused with one message instead. One home for the limits:
 * the CLI, the plugin and `checkRubricText` all use them.
 */
/** A syntax tree node, as much of unist's as the walk reads (no dependency on mdast's types). */
interface TreeNode {
  readonly children?: readonly TreeNode[] | undefined;
  readonly position?: { readonly start: { readonly line: number; readonly column: number } } | undefined;
}

/** Container nesting (block quotes and lists) beyond which text is not parsed. */
export const MAX_NESTING = 100;

/**
 * Tree depth beyond which a parsed tree is not walked: far past what
 * {@link MAX_NESTING} containers make, far short of what overflows the stack.
 * Inline markup (emphasis inside emphasis) can nest this deep without any
 * container.
 */
export const MAX_TREE_DEPTH = 1000;

/**
 * The first line whose container depth passes the limit, if any. Depth is
 * estimated from the line's start: each `>` and each list marker (`-`, `*`,
 * `+`, `1.`, `1)`) opens a level, and every two columns of indentation stand
 * for one enclosing list item.
 */
export function deepestNesting(text: string): { line: number; depth: number } | undefined {
  let lineStart = 0;
  for (let line = 1; ; line++) {
    let i = lineStart;
    let columns = 0;
    let markers = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        columns += 1;
        i++;
      } else if (c === 9) {
        columns += 4;
        i++;
      } else if (c === 62 /* > */) {
        markers++;
        i++;
        if (text.charCodeAt(i) === 32) i++; // the space after `>` belongs to the marker
      } else if ((c === 45 || c === 42 || c === 43) && isBlank(text.charCodeAt(i + 1))) {
        markers++;
        i += 2;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const after = text.charCodeAt(j);
        if ((after === 46 || after === 41) && isBlank(text.charCodeAt(j + 1))) {
          markers++;
          i = j + 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    const depth = markers + Math.floor(columns / 2);
    if (depth > MAX_NESTING) return { line, depth };
    const next = text.indexOf('\n', i);
    if (next === -1) return undefined;
    lineStart = next + 1;
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || Number.isNaN(c);
}

/** The first node deeper than `limit` in the tree (its depth and position), found without recursion. */
export function deepestNode(
  tree: TreeNode,
  limit = MAX_TREE_DEPTH,
): { depth: number; line: number; column: number } | undefined {
  const stack: [TreeNode, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [TreeNode, number];
    if (depth > limit) return { depth, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** The message for text (or a file) nested past the limits. */
export function tooDeepMessage(
  where: { line: number; depth: number },
  unit: 'containers' | 'tree',
  what: 'text' | 'file' = 'text',
): string {
  return unit === 'containers'
    ? `Line ${where.line} nests about ${where.depth} block quotes and lists deep (more than ${MAX_NESTING}); the ${what} was not parsed`
    : `Line ${where.line} is nested more than ${MAX_TREE_DEPTH} levels deep (block quotes, lists and inline markup); the ${what} was not checked`;
}
