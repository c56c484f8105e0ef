/**
 * A document cut into sections that the Markdown parser reads the same way
 * apart as together, so that an editor's check after a keystroke parses only
 * the section that changed and takes the others' findings from the last check.
 *
 * A cut goes before a line that starts a paragraph or a heading at column 0
 * (a letter or `#`) right after a blank line, outside fenced code, front
 * matter and the HTML blocks that blank lines do not end (comments, `<?`,
 * `<!X`, CDATA, script, pre, style, textarea), which are followed to their
 * end as fences are. Such a line ends every list, block quote, indented code block and
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
 *   - fence markers after a quote or list marker, indented by four or more
 *     or by a tab, or inside an HTML block; in a fence indented by one to
 *     three spaces (perhaps in a list item), a line indented less or a
 *     closing line indented otherwise: where which fence is open cannot be
 *     told without a parse;
 *   - a second Sources or References list (in the whole document it is text);
 *   - front matter without its closing line, a fence still open at the end,
 *     and a byte order mark;
 *   - definitions or a Sources list in a document without a final line break.
 * Which cuts are used depends only on the line after each (a hash of it), not
 * on where earlier sections ended, so an edit moves no cut but its own.
 */
import type { NumberedSources } from '@usd1-milestones/remark-rubric';
import { HTML_BLOCKS_WITH_END } from './html-blocks.js';
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
/** A fence opening with up to three spaces before it (and no tab, whose width is the parser's to judge). */
const OPENING_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const CLOSING_FENCE = /^( *)(`{3,}|~{3,})[ \t]*\r?$/;
/** What may stand before a block on its line: indentation and the markers of quotes and list items (more, to be safe). */
const LINE_START = /^[ \t>*+\-\d.)]*/;

/**
 * The document's sections, or undefined when it must be checked whole (see above). `every`: use one
 * possible cut in that many (1, every cut, is for tests: the most places where a cut could go wrong).
 */
export function sections(text: string, every = CUT_EVERY): Section[] | undefined {
  if (text.startsWith('\uFEFF')) return undefined;
  const lines = text.split('\n');
  let start = 0;
  if (/^---[ \t]*\r?$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*\r?$/.test(line));
    // Were it not front matter after all, a fence opened in it would run on: no cut then.
    if (close < 0 || lines.slice(1, close).some((line) => /```|~~~|<[!?]|<(?:script|pre|style|textarea)/i.test(line)))
      return undefined;
    start = close + 1;
  }
  const cuts: number[] = [];
  // `indent`: the spaces before the opening marker (0 to 3).
  let fence: { char: string; length: number; indent: number } | undefined;
  let htmlOpen = false;
  // An HTML block of those kinds runs, blank lines and all, to the first line with its end.
  let run: RegExp | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    if (run) {
      if (run.test(line)) run = undefined;
      continue;
    }
    if (fence) {
      const state = insideFence(line, fence);
      if (state === 'unsure') return undefined;
      if (state === 'closed') fence = undefined;
      continue;
    }
    if (BLANK.test(line)) {
      htmlOpen = false;
      continue;
    }
    // Wherever such a block opens a line (even in a list item or a quote, to be safe), it is followed;
    // only an end after the opening counts (`<!-->` is taken as still open, to be safe).
    const rest = line.slice(LINE_START.exec(line)?.[0].length ?? 0);
    const opened = HTML_BLOCKS_WITH_END.find((kind) => kind.opens.test(rest));
    if (opened && !opened.ends.test(rest.replace(opened.opens, ''))) {
      run = opened.ends;
      continue;
    }
    if (/^ {0,3}</.test(line)) htmlOpen = true;
    const open = OPENING_FENCE.exec(line);
    if (open) {
      const marker = open[2] as string;
      // An info string with a backtick makes a backtick line no fence; inside HTML it is no fence either.
      if (htmlOpen || (marker.startsWith('`') && open[3]?.includes('`'))) return undefined;
      fence = { char: marker[0] as string, length: marker.length, indent: (open[1] as string).length };
      continue;
    }
    if (/```|~~~/.test(line)) return undefined;
    if (i > start && BLANK.test(lines[i - 1] as string) && STARTS_PARAGRAPH.test(line) && hash(line) % every === 0)
      cuts.push(i);
  }
  // Text after an unclosed fence is code to the end: what follows a section could not be added to it.
  if (fence || run) return undefined;
  const found: Section[] = [];
  let from = 0;
  for (const cut of [...cuts, lines.length]) {
    found.push({ text: lines.slice(from, cut).join('\n') + (cut < lines.length ? '\n' : ''), line: from + 1 });
    from = cut;
  }
  return found;
}

/**
 * A line inside a fence: still inside, the closing line, or one where the parser's reading depends
 * on what this scan does not know. A fence at column 0 is never in a list item or a quote (they end
 * before it), so any closing line with up to three spaces closes it. An indented one may be in a
 * list item, or not: then only a closing line with the same indentation closes it either way, a
 * line indented less might end the item (and the fence), and one of fence characters indented
 * otherwise might close it or not.
 */
function insideFence(
  line: string,
  fence: { char: string; length: number; indent: number },
): 'inside' | 'closed' | 'unsure' {
  const close = CLOSING_FENCE.exec(line);
  const marker = close?.[2];
  const closes = marker?.startsWith(fence.char) === true && marker.length >= fence.length;
  const indent = (close?.[1] ?? '').length;
  if (fence.indent === 0) {
    if (closes && indent <= 3) return 'closed';
    return /^\t/.test(line) && /`{3,}|~{3,}/.test(line) ? 'unsure' : 'inside';
  }
  if (closes) return indent === fence.indent ? 'closed' : 'unsure';
  if (BLANK.test(line)) return 'inside';
  const leading = /^ */.exec(line)?.[0].length ?? 0;
  return leading < fence.indent || line[leading] === '\t' ? 'unsure' : 'inside';
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
  // A list numbered otherwise than it shows is fixed in every section that cites it: the whole document at once.
  if (alone.some((result) => result.findings.some((f) => f.ruleId === 'citation-numbering'))) return undefined;
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
        ...(item.fix
          ? {
              fix: {
                ...item.fix,
                edits: item.fix.edits.map((e) => ({ ...e, line: e.line + shift, endLine: e.endLine + shift })),
              },
            }
          : {}),
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
