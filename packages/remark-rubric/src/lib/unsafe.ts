/**
 * Rubric text is data that a website renders, so it may hold Markdown only:
 * no raw HTML, no MDX (JSX, expressions, ESM) and no script-capable URLs.
 */
import type { Nodes } from 'mdast';
import { unsafeUrlReason } from './url.js';

export interface Unsafe {
  readonly reason: string;
  /** Offsets within the node's source, when the problem is a part of it. */
  readonly span?: readonly [start: number, end: number];
}

/** Why `node` is unsafe in rubric text, or undefined. */
export function findUnsafe(node: Nodes, raw: string): Unsafe | undefined {
  const reason = unsafeReason(node, raw);
  if (reason === undefined) return undefined;
  if (node.type !== 'text') return { reason };
  const brace = /\{[^{}\n]*\}?|\}/.exec(raw);
  return brace ? { reason, span: [brace.index, brace.index + brace[0].length] } : { reason };
}

function unsafeReason(node: Nodes, raw: string): string | undefined {
  // MDX node types are not in the base mdast union; compare the type as a plain string.
  const type: string = node.type;
  switch (type) {
    case 'html':
      return `Raw HTML is not allowed in rubric text: found ${preview(raw)}; write Markdown instead`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return `JSX is not allowed in rubric text: found ${preview(raw)}; write Markdown instead`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `MDX expressions are not allowed in rubric text: found ${preview(raw)}`;
    case 'mdxjsEsm':
      return `import and export statements are not allowed in rubric text: found ${preview(raw)}`;
    case 'link':
    case 'image':
    case 'definition':
      return unsafeUrlReason(String((node as { url?: unknown }).url ?? ''));
    case 'text':
      // In CommonMark braces are text, but a site that compiles the text as MDX would run them as code.
      return /[{}]/.test(raw)
        ? `Curly braces are not allowed in rubric text: MDX would read ${preview(/\{[^{}\n]*\}?|\}/.exec(raw)?.[0] ?? '')} as an expression`
        : undefined;
    default:
      return undefined;
  }
}

function preview(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return `\`${line.length > 40 ? `${line.slice(0, 37)}...` : line}\``;
}
