/**
 * A document cut into sections that the Markdown parser reads the same way
 * apart as together, so that an editor's check after a keystroke parses only
 * the section that changed and takes the others' findings from the last check.
 *
 * A cut goes before a line that starts a paragraph or a heading at column 0
 * (a letter or `#`) right after a blank line, outside fenced code and front
 * matter. Such a line ends every list, block quote, indented code block and
 * the HTML blocks that a blank line ends; paragraphs, and so every link and
 * citation, never span a blank line. Two things do apply across sections:
 * link reference definitions, and the Sources list that numbered citations
 * (`[n]`) refer to. A document with either is checked twice over: each
 * section alone, for the definitions and the list it holds, then each section
 * followed by all the definitions, written out again, and a list with the
 * same numbers (a section's own findings are those above them; a number the
 * list's section reports unused is dropped when another section cites it).
 * A document where something else carries across a blank line is not cut at
 * all and is checked whole:
 *   - a label defined twice (the first definition wins, wherever it is), or
 *     one that cannot be written out again on one line;
 *   - HTML blocks that only a closing marker ends, but for comments, which
 *     are followed to their end like fences (`<?`, `<!X`, CDATA, script,
 *     pre, style, textarea);
 *   - fence markers anywhere but column 0, or inside an HTML block, where
 *     which fence is open cannot be told without a parse;
 *   - a second Sources or References list (in the whole document it is text);
 *   - front matter without its closing line, a fence still open at the end,
 *     and a byte order mark;
 *   - definitions or a Sources list in a document without a final line break.
 * Which cuts are used depends only on the line after each (a hash of it), not
 * on where earlier sections ended, so an edit moves no cut but its own.
 */
import type { NumberedSources } from '@usd1-milestones/remark-rubric';
import type { LinkDefinition } from './markdown.js';
import type { Finding } from './result.js';

export interface Section {
  readonly text: string;
  /** The document's line number of the section's first line, from 1. */
  readonly line: number;
}

export interface SectionResult {
  readonly findings: readonly Finding[];
  readonly cited: readonly string[];
  /** The section's link reference definitions; the check must return them. */
  readonly definitions?: readonly LinkDefinition[];
  /** Its Sources list and the numbers it cites, when it has one; the check must return them. */
  readonly numbered?: NumberedSources;
}

/** About one cut in CUT_EVERY possible ones is used: sections of a few KB, each parsed in a few milliseconds. */
const CUT_EVERY = 8;
const BLANK = /^[ \t]*\r?$/;
const STARTS_PARAGRAPH = /^[\p{L}#]/u;
const COLUMN_0_FENCE = /^(`{3,}|~{3,})(.*)$/;
const CLOSING_FENCE = /^(`{3,}|~{3,})[ \t]*\r?$/;
const CARRIES_ACROSS = [/<(?:\?|!\[CDATA\[|![A-Za-z]|(?:script|pre|style|textarea)(?![\w-]))/i, /^\uFEFF/];
const COMMENT_OPENS_LINE = /^[ \t>*+\-\d.)]*<!--/;

/**
 * The document's sections, or undefined when it must be checked whole (see above). `every`: use one
 * possible cut in that many (1, every cut, is for tests: the most places where a cut could go wrong).
 */
export function sections(text: string, every = CUT_EVERY): Section[] | undefined {
  if (CARRIES_ACROSS.some((pattern) => pattern.test(text))) return undefined;
  const lines = text.split('\n');
  let start = 0;
  if (/^---[ \t]*\r?$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*\r?$/.test(line));
    // Were it not front matter after all, a fence opened in it would run on: no cut then.
    if (close < 0 || lines.slice(1, close).some((line) => /```|~~~|<!--/.test(line))) return undefined;
    start = close + 1;
  }
  const cuts: number[] = [];
  let fence: { char: string; length: number } | undefined;
  let htmlOpen = false;
  // An HTML comment that opens a line runs, blank lines and all, to the first line with `-->`.
  let comment = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    if (fence) {
      const close = CLOSING_FENCE.exec(line);
      if (close?.[1]?.startsWith(fence.char) && close[1].length >= fence.length) fence = undefined;
      // An indented line of fence characters may close it too: which one does is the parser's call.
      else if (/^[ \t]+(?:`{3,}|~{3,})/.test(line)) return undefined;
      continue;
    }
    if (BLANK.test(line)) {
      htmlOpen = false;
      continue;
    }
    // Wherever a comment opens a line (even in a list item or a quote, to be safe), it is followed.
    const opener = COMMENT_OPENS_LINE.exec(line);
    if (opener && !line.slice(opener[0].length).includes('-->')) {
      comment = true;
      continue;
    }
    if (/^ {0,3}</.test(line)) htmlOpen = true;
    const open = COLUMN_0_FENCE.exec(line);
    if (open) {
      const marker = open[1] as string;
      // An info string with a backtick makes a backtick line no fence; inside HTML it is no fence either.
      if (htmlOpen || (marker.startsWith('`') && open[2]?.includes('`'))) return undefined;
      fence = { char: marker[0] as string, length: marker.length };
      continue;
    }
    if (/```|~~~/.test(line)) return undefined;
    if (i > start && BLANK.test(lines[i - 1] as string) && STARTS_PARAGRAPH.test(line) && hash(line) % every === 0)
      cuts.push(i);
  }
  // Text after an unclosed fence is code to the end: what follows a section could not be added to it.
  if (fence || comment) return undefined;
  const found: Section[] = [];
  let from = 0;
  for (const cut of [...cuts, lines.length]) {
    found.push({ text: lines.slice(from, cut).join('\n') + (cut < lines.length ? '\n' : ''), line: from + 1 });
    from = cut;
  }
  return found;
}

/** FNV-1a, 32 bits: a cheap, stable hash of a line, to pick cuts by content. */
function hash(line: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Checks a document section by section: each section's findings come from
 * `remembered` when the same text was checked before, else from `check`;
 * lines are moved to where the section now is. Returns the result and what
 * to remember for the next check (this check's sections only), or undefined
 * when the document must be checked whole after all (see above).
 */
export async function checkBySections(
  parts: readonly Section[],
  check: (text: string) => Promise<SectionResult>,
  remembered: ReadonlyMap<string, SectionResult>,
): Promise<{ result: SectionResult; remember: Map<string, SectionResult> } | undefined> {
  const remember = new Map<string, SectionResult>();
  const checked = async (text: string) => {
    const result = remember.get(text) ?? remembered.get(text) ?? (await check(text));
    remember.set(text, result);
    return result;
  };
  const alone: SectionResult[] = [];
  for (const part of parts) alone.push(await checked(part.text));
  const definitions = alone.flatMap((result) => result.definitions ?? []);
  // Numbered mode: the document's first Sources list is the one its `[n]` refer to; a second is text.
  const listed = alone.flatMap((result, i) => (result.numbered ? [i] : []));
  if (listed.length > 1) return undefined;
  const listAt = listed[0];
  const numbered = listAt === undefined ? undefined : alone[listAt]?.numbered;
  let results = alone;
  if (parts.length > 1 && (definitions.length > 0 || numbered)) {
    // Without a final line break, the last line is read differently when more text follows
    // (`</pre>` after a list item is HTML at the end of a file, else part of the item).
    if (!(parts[parts.length - 1] as Section).text.endsWith('\n')) return undefined;
    const block = definitions.length > 0 ? definitionBlock(definitions) : '';
    if (block === undefined) return undefined;
    // Each section with every definition, and the Sources list's numbers, after it: its references
    // resolve, and its `[n]` are checked, as in the whole document.
    const after = numbered ? `${block}\n\n${sourcesBlock(numbered.numbers)}` : block;
    const full: SectionResult[] = [];
    for (const part of parts) full.push(await checked(`${part.text}\n\n${after}`));
    results = full.map((result, i) => {
      const lines = (parts[i] as Section).text.split('\n').length;
      return { ...result, findings: result.findings.filter((item) => item.line <= lines) };
    });
    if (listAt !== undefined && numbered) {
      // The list's own section reports the numbers it does not cite; those another section cites are not unused.
      const cited = new Set(full.flatMap((result) => result.numbered?.cited ?? []));
      const own = full[listAt]?.numbered ?? numbered;
      const numberAt = new Map(own.itemLines.map((line, i) => [line, own.numbers[i]]));
      const section = results[listAt] as SectionResult;
      results[listAt] = {
        ...section,
        findings: section.findings.filter(
          (item) => !(item.ruleId === 'citation-unused' && cited.has(numberAt.get(item.line) ?? Number.NaN)),
        ),
      };
    }
  }
  const findings: Finding[] = [];
  const cited = new Set<string>();
  results.forEach((result, i) => {
    const shift = (parts[i] as Section).line - 1;
    for (const item of result.findings)
      findings.push({
        ...item,
        line: item.line + shift,
        ...(item.endLine === undefined ? {} : { endLine: item.endLine + shift }),
      });
    for (const key of result.cited) cited.add(key);
  });
  return { result: { findings, cited: [...cited].sort() }, remember };
}

/** A Sources list with these numbers, for numbered citations to be checked against. */
function sourcesBlock(numbers: readonly number[]): string {
  return `## Sources\n\n${numbers.map((n) => `${n}. A source`).join('\n')}\n`;
}

/**
 * The definitions written out again, one a line, so that they parse to the same labels,
 * destinations and titles; undefined when a label is defined twice or a part cannot be written so.
 */
function definitionBlock(definitions: readonly LinkDefinition[]): string | undefined {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const { label, identifier, url, title } of definitions) {
    if (seen.has(identifier) || /[\r\n]/.test(label + url + (title ?? ''))) return undefined;
    seen.add(identifier);
    // In <…> and "…", a backslash before ASCII punctuation keeps it literal (`\&` keeps `&amp;` from decoding).
    const destination = url.replace(/[\\<>&]/g, '\\$&');
    const quoted = title === null ? '' : ` "${title.replace(/[\\"&]/g, '\\$&')}"`;
    lines.push(`[${label}]: <${destination}>${quoted}`);
  }
  return `${lines.join('\n')}\n`;
}
