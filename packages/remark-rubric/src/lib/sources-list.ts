/**
 * Numbered mode: a document with a `Sources` or `References` heading followed
 * by an ordered list cites that list as `[n]`.
 */
import type { List, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { sourcesHeadings } from './syntax.js';

export interface SourcesList {
  readonly list: List;
  /** The numbers the list defines, in order. */
  readonly numbers: readonly number[];
}

const HEADING = new RegExp(`^(?:${sourcesHeadings.join('|')})$`, 'i');

export function findSourcesList(tree: Root): SourcesList | undefined {
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node?.type !== 'heading' || !HEADING.test(mdastToString(node).trim())) continue;
    const next = children[i + 1];
    if (next?.type === 'list' && next.ordered) {
      const first = next.start ?? 1;
      return { list: next, numbers: next.children.map((_, n) => first + n) };
    }
  }
  return undefined;
}
