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

/**
 * Characters that change what a reader sees without being seen: control
 * characters (ESC starts terminal sequences), the Unicode line and paragraph
 * separators (line breaks to some readers, not to others) and the
 * bidirectional marks, embeddings, overrides and isolates that can reorder
 * text (the "Trojan Source" characters). Tab and line breaks are whitespace.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const invisibleNames: Readonly<Record<number, string>> = {
  27: 'ESCAPE',
  1564: 'ARABIC LETTER MARK',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8232: 'LINE SEPARATOR',
  8233: 'PARAGRAPH SEPARATOR',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
};

/** Each invisible or control character in `text`: its offset and why it is refused. */
export function findInvisible(text: string): { offset: number; reason: string }[] {
  return [...text.matchAll(INVISIBLE)].map((match) => {
    const code = match[0].charCodeAt(0);
    const name = invisibleNames[code] ?? 'a control character';
    const label = `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${name})`;
    return {
      offset: match.index,
      reason: `Invisible character ${label} is not allowed in rubric text: it can hide or reorder what a reader sees; remove it`,
    };
  });
}
