/**
 * The one grammar for rubric text. Every string of the rubric (milestone
 * bodies, titles, summaries, criteria, definitions, descriptions) is
 * CommonMark, parsed here and nowhere else: `usd1-milestones check` checks the
 * tree this returns, and the site renders that same tree, never the text. So
 * no rubric text can reach an MDX compiler and become code.
 */

import { deepestNesting, deepestNode, tooDeepMessage } from '@usd1-milestones/core/rules';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { checkTree, citedKeys } from './check.js';
import { fixOf, type OffsetFix } from './fix.js';
import { type Options, resolveSettings } from './options.js';
import { applyLevels } from './report.js';
import { unsafeUrlReason } from './url.js';

/** A problem in a piece of rubric text, with offsets into that text. */
export interface TextMessage {
  readonly ruleId: string;
  readonly fatal: boolean;
  readonly reason: string;
  /** The close candidate a "did you mean" names, when there is one. */
  readonly suggestions?: readonly string[];
  /** The edit that repairs it, as offsets into the text. */
  readonly fix?: OffsetFix;
  /** Offsets into the text (0-based, end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface TextCheck {
  /** The parsed text with checked links rewritten (when `rewrite` asks), made inert by {@link inertTree}. */
  readonly tree: Root;
  readonly messages: readonly TextMessage[];
  /** Bibliography keys the text cites. */
  readonly cited: readonly string[];
}

const parser = unified().use(remarkParse);

/** Parses rubric text exactly as the checker does: CommonMark, no HTML rendering, no MDX, no GFM. */
export function parseRubricText(text: string): Root {
  return parser.parse(text);
}

/**
 * Parses and checks one piece of rubric text in rubric-content mode (raw
 * HTML, JSX-like braces and script URLs are `unsafe-content`), then returns
 * the tree made inert. Never throws for any input string.
 */
export function checkRubricText(text: string, options: Options = {}): TextCheck {
  // Text nested past the limits is refused before it is parsed, or before its tree is walked.
  const deep = deepestNesting(text);
  if (deep) return refused(text, deep.line, tooDeepMessage(deep, 'containers'));
  const tree = parseRubricText(text);
  const deepNode = deepestNode(tree);
  if (deepNode) return refused(text, deepNode.line, tooDeepMessage(deepNode, 'tree'));
  const file = new VFile({ value: text });
  const settings = { ...resolveSettings(options), rubricContent: true };
  checkTree(tree, file, settings);
  applyLevels(file, settings.rules);
  const messages = file.messages.map((m): TextMessage => {
    const start = m.place && 'start' in m.place ? m.place.start.offset : undefined;
    const end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
    const fix = fixOf(m);
    return {
      ...(fix ? { fix } : {}),
      ruleId: m.ruleId ?? 'rubric-syntax',
      fatal: m.fatal === true,
      reason: m.reason,
      ...(m.expected && m.expected.length > 0 ? { suggestions: [...m.expected] } : {}),
      start: start ?? 0,
      end: end ?? start ?? 0,
    };
  });
  return { tree: inertTree(tree), messages, cited: citedKeys(file) };
}

/** A text that is not checked: an empty tree and one fatal message at the start of `line`. */
function refused(text: string, line: number, reason: string): TextCheck {
  let start = 0;
  for (let l = 1; l < line && start !== -1; l++) start = text.indexOf('\n', start) + 1 || -1;
  const offset = Math.max(0, start);
  return {
    tree: { type: 'root', children: [] },
    messages: [{ ruleId: 'rubric-syntax', fatal: true, reason, start: offset, end: offset }],
    cited: [],
  };
}

/**
 * The tree with nothing in it that a renderer could turn into markup or code:
 * raw HTML becomes the literal text it was written as, a link or image to a
 * scheme other than the safe ones keeps only its text, and positions are
 * dropped (they point into the text, not into whatever page shows it).
 */
export function inertTree(tree: Root): Root {
  return { type: 'root', children: tree.children.flatMap((child) => inert(child) as RootContent[]) };
}

function inert(node: Nodes): Nodes[] {
  const { position: _position, ...rest } = node as Nodes & { position?: unknown };
  const copy = rest as Nodes;
  switch (copy.type) {
    case 'html':
      return [{ type: 'text', value: copy.value }];
    case 'link':
      if (unsafeUrlReason(copy.url)) return copy.children.flatMap(inert);
      break;
    case 'image':
      if (unsafeUrlReason(copy.url)) return [{ type: 'text', value: copy.alt ?? '' }];
      break;
    case 'definition':
      if (unsafeUrlReason(copy.url)) return [];
      break;
    default:
      break;
  }
  if ('children' in copy) {
    (copy as Parents).children = (copy as Parents).children.flatMap((child) => inert(child)) as never[];
  }
  return [copy];
}

/** The phrasing content of text that is one paragraph, for places that take a line of text (a heading, a list item). */
export function inlineContent(tree: Root): PhrasingContent[] | undefined {
  const [only, ...rest] = tree.children;
  return only?.type === 'paragraph' && rest.length === 0 ? only.children : undefined;
}
