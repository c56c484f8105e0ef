/**
 * Rubric text on the site. A page is MDX that this project writes; every
 * piece of rubric text in it is first a token (a NUL-delimited number that no
 * rubric text or template contains), then, once the whole version is
 * rendered, each text is parsed and checked by the rubric's one parser
 * (@usd1-milestones/remark-rubric, the parser `usd1-milestones check` uses),
 * within a time limit, on worker threads. The token becomes
 * `<RubricText tree="..."/>` carrying the resulting tree as base64 JSON, and
 * the remark plugin in ../remark/splice-rubric-text.ts splices that tree into
 * the page. The MDX compiler never reads rubric text, so none of it can run.
 */

import { createHash } from 'node:crypto';
import {
  checkRubricTexts,
  type Outcome,
  plainRubric,
  type TextChecker,
  tooComplexMessage,
} from '@usd1-milestones/check/texts';
import type { TextCheck } from '@usd1-milestones/remark-rubric';
import { inlineContent, unsafeUrlReason } from '@usd1-milestones/remark-rubric';
import type { Rubric } from '@usd1-milestones/rubric';
import type { Root, RootContent } from 'mdast';

/** How a text is read: Markdown blocks, one line of Markdown, text shown as typed, or a bare URL. */
export type TextMode = 'block' | 'inline' | 'plain' | 'link';

export interface TextEntry {
  readonly text: string;
  readonly mode: TextMode;
  /** Where the text comes from, for error messages: `glossary.yaml api definition`. */
  readonly origin: string;
}

/** A page of a version's docs folder: its path there and its MDX. */
export interface Page {
  readonly path: string;
  readonly content: string;
}

export interface TextTable {
  readonly entries: readonly TextEntry[];
  block(text: string, origin?: string): string;
  inline(text: string, origin?: string): string;
  plain(text: string | number, origin?: string): string;
  link(url: string, origin?: string): string;
}

/** A version's pages with the table of the texts their tokens stand for. */
export interface RenderedPages {
  readonly pages: readonly Page[];
  readonly texts: TextTable;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the token's delimiter because no text contains it.
const TOKEN = /\u0000(\d+)\u0000/g;

/**
 * Collects a version's texts while its pages are rendered. `block` and
 * `inline` are Markdown (a block may hold paragraphs and lists; an inline one
 * is a line of text); `plain` is shown as typed (titles, names); `link` is a
 * bare URL.
 */
export function createTextTable(): TextTable {
  const entries: TextEntry[] = [];
  const token = (text: string | number, mode: TextMode, origin: string | undefined) => {
    entries.push({ text: String(text ?? ''), mode, origin: origin ?? 'rubric text' });
    return `\u0000${entries.length - 1}\u0000`;
  };
  return {
    entries,
    block: (text, origin) => `\n${token(text, 'block', origin)}\n`,
    inline: (text, origin) => token(text, 'inline', origin),
    plain: (text, origin) => token(text, 'plain', origin),
    link: (url, origin) => token(url, 'link', origin),
  };
}

/** Pages with their tokens replaced by the raw texts: for reading and tests, never for the site. */
export function previewPages(pages: readonly Page[], texts: TextTable): Page[] {
  return pages.map((page) => ({
    ...page,
    content: page.content.replace(TOKEN, (_, i) => texts.entries[Number(i)]?.text ?? ''),
  }));
}

/**
 * Parses and checks every text of a rendered version, then returns its pages
 * with each token replaced by the placeholder that carries its tree. Links and
 * citations are rewritten to `base` (the version's URL prefix). Throws one
 * error listing every problem: rubric text that `usd1-milestones check` would
 * reject never reaches the site. A caller with several versions passes one
 * `checker` for all of them (see openTextChecker).
 */
export async function resolveTexts(
  { pages, texts }: RenderedPages,
  { rubric, base, checker }: { rubric: Rubric; base: string; checker?: TextChecker },
): Promise<Page[]> {
  const plain = plainRubric(rubric);
  const rubricKey = createHash('sha256').update(JSON.stringify(plain)).digest('hex');
  const jobs = texts.entries.map((entry) => ({
    text: entry.text,
    rewrite: {
      glossary: `${base}/glossary#{slug}`,
      milestone: `${base}/milestones/{id}`,
      citation: `${base}/sources#{key}`,
      framework: `${base}/frameworks/{framework}#{item}`,
    },
  }));
  const keys = jobs.map((job) => JSON.stringify([rubricKey, job.text, job.rewrite]));
  const cache = checkedTexts();
  const unchecked = jobs.filter((_, i) => !cache.has(keys[i] as string));
  const checked = checker
    ? await checker.check(unchecked, plain)
    : await checkRubricTexts(unchecked, { rubric: plain });
  const fresh = new Map(unchecked.map((job, i) => [job, checked[i] as Outcome<TextCheck>]));
  const outcomes = jobs.map((job, i) => cache.get(keys[i] as string) ?? (fresh.get(job) as Outcome<TextCheck>));
  remember(cache, keys, outcomes);
  const problems: string[] = [];
  const trees = outcomes.map((outcome, i): RootContent[] => {
    const entry = texts.entries[i] as TextEntry;
    if (outcome.status === 'timeout') problems.push(`${entry.origin}: ${tooComplexMessage(outcome.seconds)}`);
    if (outcome.status === 'failed') problems.push(`${entry.origin}: cannot check the text: ${outcome.message}`);
    if (outcome.status !== 'done') return [];
    for (const m of outcome.result.messages) {
      if (m.fatal) problems.push(`${entry.origin}: ${m.reason} [${m.ruleId}]`);
    }
    return nodesFor(entry, outcome.result.tree);
  });
  if (problems.length > 0) {
    throw new Error(
      `Rubric text that is not safe to publish (run \`npx usd1-milestones check\` for file, line and column):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return pages.map((page) => ({
    ...page,
    content: page.content.replace(TOKEN, (_, i) => {
      const encoded = Buffer.from(JSON.stringify(trees[Number(i)])).toString('base64');
      return `<RubricText tree="${encoded}" />`;
    }),
  }));
}

/**
 * Texts already checked in this process, by rubric, text and link templates.
 * A build checks the same English texts once per language (each locale's
 * pass regenerates the English pages its docs are read from), and Docusaurus
 * loads this module afresh for each locale, so the cache lives on globalThis.
 * Only finished checks are kept: a timeout depends on the time limit.
 */
function checkedTexts(): Map<string, Outcome<TextCheck>> {
  const slot = Symbol.for('usd1-milestones.site.checked-texts');
  const holder = globalThis as { [slot]?: Map<string, Outcome<TextCheck>> };
  holder[slot] ??= new Map();
  return holder[slot];
}

/** At most this many texts are remembered; a long `npm run dev` session starts over past it. */
const REMEMBERED_TEXTS = 50_000;

function remember(
  cache: Map<string, Outcome<TextCheck>>,
  keys: readonly string[],
  outcomes: readonly Outcome<TextCheck>[],
) {
  if (cache.size + keys.length > REMEMBERED_TEXTS) cache.clear();
  for (const [i, key] of keys.entries()) if (outcomes[i]?.status === 'done') cache.set(key, outcomes[i]);
}

/** The nodes a token stands for, by the kind of place it is in. */
function nodesFor(entry: TextEntry, tree: Root): RootContent[] {
  switch (entry.mode) {
    case 'plain':
      return [{ type: 'text', value: entry.text }];
    case 'link':
      return unsafeUrlReason(entry.text) || !/^https?:/i.test(entry.text)
        ? [{ type: 'text', value: entry.text }]
        : [{ type: 'link', url: entry.text, title: null, children: [{ type: 'text', value: entry.text }] }];
    case 'inline':
      // A line of text: one paragraph's content; anything more is joined into one line.
      return (
        inlineContent(tree) ??
        tree.children.flatMap((block, i): RootContent[] => [
          ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
          ...(block.type === 'paragraph' || block.type === 'heading'
            ? block.children
            : [{ type: 'text' as const, value: textOf(block) }]),
        ])
      );
    default:
      return tree.children;
  }
}

/** The text a node shows, for a block that has to be flattened into a line. */
function textOf(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join(' ') : '';
}
