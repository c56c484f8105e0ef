/**
 * The rubric's editorial rules, for a milestone file: what its front matter
 * says agrees with its body, the body has the sections every milestone page
 * shows, and each criterion can be marked met or not met by an assessor
 * from a document, a report or the chain. They read the file as written
 * (front matter and body), so that `check`, the editor, the Action and
 * pre-commit report them at their places.
 */

import type { Fix } from '@usd1-milestones/core/rules';
import type { LineIndex, ParsedYaml } from '@usd1-milestones/core/yaml';
import type { CitationPlace, RubricLike } from '@usd1-milestones/remark-rubric';
import { type Finding, finding } from './result.js';

/** The sections every milestone page shows, the first of them first. */
export const REQUIRED_SECTIONS = ['Why it matters', 'Reading the evidence'] as const;

/**
 * Words that make a criterion impossible to mark from a document, a report or
 * the chain: hedges, judgements with no stated test, and states nobody outside
 * can observe. The guide's own words stay in a criterion's `seed`, which this
 * does not read. Each pattern names why it is refused.
 */
export const UNMARKABLE: readonly (readonly [RegExp, string])[] = [
  [
    /\b(?:as far as (?:it|they) knows?|where possible|when possible|if possible|as appropriate|where appropriate|to the extent)\b/i,
    'a hedge',
  ],
  [
    /\b(?:adequate(?:ly)?|sufficient(?:ly)?|reasonabl[ey]|robust|reputable|openly|predictable|usable|practical|findable|transparently|clear(?:ly)?|appropriate(?:ly)?|effective(?:ly)?)\b/i,
    'a judgement with no stated test',
  ],
  [
    /\b(?:shows? awareness|is aware|adapts? to|respects?|do(?:es)? not break|is continuous|are continuous|understands?)\b/i,
    'a state nobody outside can observe',
  ],
  [/^There (?:is|are)\b/, 'no one named whose document shows it'],
];

export interface MilestoneFile {
  /** The path findings are shown at. */
  readonly file: string;
  /** The whole file, and its line starts (the one index its front matter was parsed with). */
  readonly text: string;
  readonly lines: LineIndex;
  /** Its front matter, parsed with positions into the whole file. */
  readonly front: ParsedYaml;
  /** Where the body starts in `text`. */
  readonly bodyOffset: number;
  /** Where the body first cites each key. */
  readonly citations: readonly CitationPlace[];
}

export function editorialFindings(milestone: MilestoneFile, rubric: RubricLike): Finding[] {
  return [...sourceFindings(milestone, rubric), ...sectionFindings(milestone), ...criterionFindings(milestone, rubric)];
}

/** Compiled once per rubric: a worker checks every milestone file against the same one. */
const definitions = new WeakMap<RubricLike, RegExp | undefined>();

/** `sources:` lists exactly the keys the body cites (a key the bibliography lacks is the loader's finding). */
function sourceFindings(milestone: MilestoneFile, rubric: RubricLike): Finding[] {
  const { file, front, citations } = milestone;
  const value = front.value as { sources?: unknown } | null;
  if (!value || !Array.isArray(value.sources)) return [];
  const listed = value.sources.filter((key): key is string => typeof key === 'string');
  const cited = new Set(citations.map((c) => c.key));
  const found: Finding[] = [];
  const known = new Set(rubric.sources.map((source) => source.id));
  listed.forEach((key, i) => {
    if (cited.has(key) || !known.has(key)) return;
    const at = front.locate(['sources', i]);
    found.push(
      withEnd(
        finding(
          file,
          at.line,
          at.column,
          'milestone-sources',
          `\`sources\` lists \`${key}\`, which the body never cites: cite it where the body relies on it, or remove it from \`sources\``,
        ),
        at.line,
        at.column + key.length,
      ),
    );
  });
  for (const { key, place } of citations) {
    if (listed.includes(key)) continue;
    found.push({
      ...finding(
        file,
        place.start.line,
        place.start.column,
        'milestone-sources',
        `The body cites \`${key}\`, which the front matter's \`sources\` does not list: add it to \`sources\``,
      ),
      endLine: place.end.line,
      endColumn: place.end.column,
      ...(known.has(key) ? addToSources(milestone, listed.length, key) : {}),
    });
  }
  return found;
}

/**
 * The edit that adds `key` at the end of `sources:`: in a flow list (`[a, b]`) before its `]`, in a
 * block list on a line of its own after the last item, written as that item is. None for a list
 * written otherwise (a flow list over several lines).
 */
function addToSources({ file, text, lines, front }: MilestoneFile, count: number, key: string): { fix?: Fix } {
  const insert = (offset: number, what: string): { fix: Fix } => {
    const at = lines.at(offset);
    return {
      fix: {
        safe: true,
        edits: [{ file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column, text: what }],
      },
    };
  };
  const start = lines.offset(front.locate(['sources']));
  if (text[start] === '[') {
    const close = text.indexOf(']', start);
    if (close === -1 || text.slice(start, close).includes('\n')) return {};
    return insert(close, count === 0 ? key : `, ${key}`);
  }
  if (count === 0) return {};
  const last = lines.offset(front.locate(['sources', count - 1]));
  const lineStart = text.lastIndexOf('\n', last - 1) + 1;
  const prefix = text.slice(lineStart, last);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return {};
  const lineEnd = text.indexOf('\n', last);
  const end = lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return insert(end, `${text[lineEnd - 1] === '\r' ? '\r\n' : '\n'}${prefix}${key}`);
}

/** The body opens with the first required section and has every other one. */
function sectionFindings({ file, text, lines, bodyOffset }: MilestoneFile): Finding[] {
  const body = text.slice(bodyOffset);
  const headings = [...body.matchAll(/^##[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((m) => m[1]);
  const [first, ...rest] = REQUIRED_SECTIONS;
  const at = lines.at(bodyOffset + (body.length - body.trimStart().length));
  const found: Finding[] = [];
  if (
    body
      .trimStart()
      .split('\n', 1)[0]
      ?.replace(/[ \t]+$/, '') !== `## ${first}`
  ) {
    found.push(
      finding(
        file,
        at.line,
        at.column,
        'milestone-sections',
        `A milestone's body starts with the heading \`## ${first}\``,
      ),
    );
  }
  for (const section of rest) {
    if (headings.includes(section)) continue;
    const end = lines.at(text.length);
    found.push(
      finding(file, end.line, end.column, 'milestone-sections', `A milestone's body has a \`## ${section}\` section`),
    );
  }
  return found;
}

/** Each criterion's `text` is one an assessor can mark met or not met. */
function criterionFindings({ file, front }: MilestoneFile, rubric: RubricLike): Finding[] {
  if (!definitions.has(rubric)) definitions.set(rubric, definitionPattern(rubric));
  const definition = definitions.get(rubric);
  const found: Finding[] = [];
  for (const string of front.strings()) {
    const [list, index, field] = string.path;
    if (list !== 'criteria' || typeof index !== 'number' || field !== 'text') continue;
    const reasons: { at: number; length: number; why: string }[] = [];
    for (const [pattern, why] of UNMARKABLE) {
      const match = pattern.exec(string.value);
      if (match) reasons.push({ at: match.index, length: match[0].length, why: `${why} (\`${match[0]}\`)` });
    }
    const defines = definition?.exec(string.value);
    if (defines)
      reasons.push({
        at: 0,
        length: defines[0].length,
        why: 'a definition of a glossary term, true whatever the arrangement does',
      });
    for (const { at, length, why } of reasons) {
      const start = string.at(at);
      const last = string.at(at + length - 1);
      found.push(
        withEnd(
          finding(
            file,
            start.line,
            start.column,
            'criterion-unmarkable',
            `This criterion cannot be marked met or not met from a document, a report or the chain: ${why}. Say what a document shows, and whose`,
          ),
          last.line,
          last.column + 1,
        ),
      );
    }
  }
  return found;
}

/** "<term> [word] is|are|means|lets|...": a sentence that defines a glossary term. */
function definitionPattern(rubric: RubricLike): RegExp | undefined {
  const names = rubric.glossary
    .flatMap((t) => [t.term, ...t.aliases])
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (names.length === 0) return undefined;
  return new RegExp(
    `^(?:${names.join('|')})s?(?:\\s+\\w+)?\\s+(?:is|are|means|refers to|lets?|tracks?|ensures?|requires?|protects?)\\b`,
    'i',
  );
}

function withEnd(found: Finding, endLine: number, endColumn: number): Finding {
  return { ...found, endLine, endColumn };
}
