/**
 * Walks one document: checks citations, numbered citations, glossary links
 * and milestone links (and, for rubric text, unsafe content), then rewrites
 * what checked out when the options ask for it.
 */
import {
  closest,
  didYouMeanText,
  type Retirable,
  type RuleId,
  replacedByText,
  soleSuccessor,
  targetProblem,
} from '@usd1-milestones/core/rules';
import type { Link, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { Position } from 'unist';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { type CitedKey, findBareCitations, findCitationGroups, findNumberedCitations } from './citations.js';
import { type OffsetEdit, type OffsetFix, targetSpan } from './fix.js';
import { fillTemplate, type Settings } from './options.js';
import { code, report } from './report.js';
import { findSourcesList, type SourcesList } from './sources-list.js';
import { rubricSchemes } from './syntax.js';
import { findInvisible, findUnsafe } from './unsafe.js';

/** Keys cited in a file, kept in `file.data` for the cross-file `citation-unused` check. */
export const CITED_KEYS = 'usd1MilestonesCitedKeys';

/**
 * The bibliography keys a checked file cites (after the plugin ran). Kept in
 * `file.data` under a key of this plugin's, read through this function rather
 * than a `vfile` type augmentation: an augmentation would reach the published
 * CommonJS types, where TypeScript refuses to augment the ESM-only vfile.
 */
export function citedKeys(file: VFile): string[] {
  const value = (file.data as Record<string, unknown>)[CITED_KEYS];
  return Array.isArray(value) ? (value as string[]) : [];
}

const CITATION_PLACES = 'usd1MilestonesCitationPlaces';

/** Where a file first cites a bibliography key. */
export interface CitationPlace {
  readonly key: string;
  readonly place: Position;
}

/** The first place each bibliography key is cited in a checked file, in the order first cited. */
export function citationPlaces(file: VFile): readonly CitationPlace[] {
  const value = (file.data as Record<string, unknown>)[CITATION_PLACES];
  return Array.isArray(value) ? (value as CitationPlace[]) : [];
}

const NUMBERED_SOURCES = 'usd1MilestonesNumberedSources';

/**
 * A document's numbered mode, for a tool that checks it in parts: the numbers
 * of its Sources list, the line of each item, and the numbers its text cites.
 */
export interface NumberedSources {
  readonly numbers: readonly number[];
  readonly itemLines: readonly number[];
  readonly cited: readonly number[];
}

/** The numbered mode of a checked file; undefined when it has no Sources list. */
export function numberedSources(file: VFile): NumberedSources | undefined {
  return (file.data as Record<string, unknown>)[NUMBERED_SOURCES] as NumberedSources | undefined;
}

export function checkTree(tree: Root, file: VFile, settings: Settings): void {
  const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
  const place = location(file);
  const span = (start: number, end: number): Position | undefined => {
    const from = place.toPoint(start);
    const to = place.toPoint(end);
    return from && to ? { start: from, end: to } : undefined;
  };

  if (settings.rubricContent)
    for (const { offset, reason } of findInvisible(source))
      report(file, 'unsafe-content', reason, span(offset, offset + 1));

  const sourcesList = findSourcesList(tree);
  const cited = new Set<string>();
  const firstCited = new Map<string, Position>();
  const noteCited = (key: string, place: Position | undefined) => {
    cited.add(key);
    if (place && !firstCited.has(key)) firstCited.set(key, place);
  };
  const citedNumbers = new Set<number>();
  /** Every numbered citation of the text, with its offsets in the file: a renumbering rewrites them. */
  const numberedPlaces: { number: number; start: number; end: number }[] = [];
  const textRewrites: { parent: Parents; node: Text; pieces: PhrasingContent[] }[] = [];

  visitParents(tree, (node: Nodes, ancestors: Parents[]) => {
    if (node === sourcesList?.list) return SKIP;
    const raw = rawOf(node, source);

    if (settings.rubricContent) {
      const unsafe = findUnsafe(node, raw ?? ('value' in node ? String(node.value) : ''));
      const base = node.position?.start.offset;
      if (unsafe) {
        const where =
          unsafe.span && base !== undefined ? span(base + unsafe.span[0], base + unsafe.span[1]) : node.position;
        report(file, 'unsafe-content', unsafe.reason, where);
      }
    }

    if (node.type === 'link' || node.type === 'definition') {
      checkLink(node, file, settings, source);
      return undefined;
    }
    if (node.type !== 'text' || raw === undefined || raw === null) return undefined;
    if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return undefined;

    const base = node.position?.start.offset ?? 0;
    const pieces: PhrasingContent[] = [];
    let cursor = 0;
    const groups = findCitationGroups(raw);
    for (const cite of findBareCitations(raw, groups)) {
      if (settings.sourceNumbers.has(cite.key)) noteCited(cite.key, span(base + cite.start, base + cite.end));
      else {
        const near = closest(cite.key, settings.sourceNumbers.keys());
        report(
          file,
          'citation-unknown',
          `Unknown source ${code(cite.key)} in the citation ${code(`@${cite.key}`)}, expected one of the bibliography keys${didYouMeanText(near)}`,
          span(base + cite.start, base + cite.end),
          near,
          keyFix(cite, base, near, settings),
        );
      }
    }
    for (const group of groups) {
      for (const empty of group.empty) {
        report(
          file,
          'citation-malformed',
          `Malformed citation ${code(raw.slice(group.start, group.end))}: expected a source key after \`@\`, such as \`[@fsb-2023]\``,
          span(base + empty.start, base + empty.end),
        );
      }
      for (const cite of group.keys) {
        const number = settings.sourceNumbers.get(cite.key);
        if (number === undefined) {
          const near = closest(cite.key, settings.sourceNumbers.keys());
          report(
            file,
            'citation-unknown',
            `Unknown source ${code(cite.key)}, expected one of the bibliography keys${didYouMeanText(near)}`,
            span(base + cite.start, base + cite.end),
            near,
            keyFix(cite, base, near, settings),
          );
          continue;
        }
        noteCited(cite.key, span(base + cite.start, base + cite.end));
        if (settings.rewrite.citation) {
          pieces.push(textPiece(raw.slice(cursor, cite.start)));
          pieces.push({
            type: 'link',
            url: fillTemplate(settings.rewrite.citation, { key: cite.key, number }, file),
            title: null,
            data: { hProperties: { className: ['citation'], dataSource: cite.key } },
            children: [{ type: 'text', value: String(number) }],
          } as Link);
          cursor = cite.end;
        }
      }
    }
    if (sourcesList) {
      for (const numbered of findNumberedCitations(raw)) {
        numberedPlaces.push({ number: numbered.number, start: base + numbered.start, end: base + numbered.end });
        if (sourcesList.numbers.includes(numbered.number)) {
          citedNumbers.add(numbered.number);
        } else {
          const first = sourcesList.numbers[0] ?? 1;
          const last = sourcesList.numbers[sourcesList.numbers.length - 1] ?? 0;
          report(
            file,
            'citation-unknown',
            `Unknown source number ${code(`[${numbered.number}]`)}, expected a number of this document's Sources list (${first}-${last})`,
            span(base + numbered.start, base + numbered.end),
          );
        }
      }
    }
    if (cursor > 0) {
      pieces.push(textPiece(raw.slice(cursor)));
      const parent = ancestors[ancestors.length - 1];
      if (parent)
        textRewrites.push({ parent, node, pieces: pieces.filter((p) => p.type !== 'text' || p.value !== '') });
    }
    return undefined;
  });

  if (sourcesList) checkNumbering(sourcesList, source, numberedPlaces, file, span);
  if (sourcesList) {
    sourcesList.list.children.forEach((item, i) => {
      const number = sourcesList.numbers[i] as number;
      if (!citedNumbers.has(number)) {
        report(
          file,
          'citation-unused',
          `Source ${number} of this document's Sources list is never cited: expected ${code(`[${number}]`)} in the text, or remove the entry`,
          item.position,
        );
      }
    });
  }

  // Each parent's children are rebuilt once (a splice per text node, with its pieces spread
  // into arguments, is quadratic and overflows the stack on a text with 100,000 citations).
  const byParent = new Map<Parents, Map<Nodes, PhrasingContent[]>>();
  for (const { parent, node, pieces } of textRewrites) {
    const replacements = byParent.get(parent) ?? new Map<Nodes, PhrasingContent[]>();
    byParent.set(parent, replacements);
    replacements.set(node, pieces);
  }
  for (const [parent, replacements] of byParent) {
    const children: Nodes[] = [];
    for (const child of parent.children) {
      const pieces = replacements.get(child);
      if (pieces) for (const piece of pieces) children.push(piece);
      else children.push(child);
    }
    parent.children = children as never[];
  }
  (file.data as Record<string, unknown>)[CITED_KEYS] = [...cited].sort();
  (file.data as Record<string, unknown>)[CITATION_PLACES] = [...firstCited].map(([key, place]) => ({ key, place }));
  if (sourcesList) {
    const numbered: NumberedSources = {
      numbers: sourcesList.numbers,
      itemLines: sourcesList.list.children.map((item) => item.position?.start.line ?? 0),
      cited: [...citedNumbers].sort((a, b) => a - b),
    };
    (file.data as Record<string, unknown>)[NUMBERED_SOURCES] = numbered;
  }
}

/**
 * A Sources list whose written numbers are not the ones it shows. Markdown numbers an ordered list
 * by place, from its first number, whatever the later items say: after `4. New` is inserted
 * between `1.` and `2.`, the new source shows as 2 and the text's `[4]` points at another source.
 * A list with the same number on every item (`1.` each time) is numbered by place on purpose and
 * is left alone. When the written numbers are all different, what each citation means is certain:
 * the fix numbers the list in order and rewrites each citation of a written number to the number
 * it shows.
 */
function checkNumbering(
  list: SourcesList,
  source: string,
  citations: readonly { number: number; start: number; end: number }[],
  file: VFile,
  span: (start: number, end: number) => Position | undefined,
): void {
  const markers: { number: number; start: number; end: number }[] = [];
  for (const item of list.list.children) {
    const offset = item.position?.start.offset;
    const marker = offset === undefined ? null : /^[ \t]*(\d{1,9})[.)]/.exec(source.slice(offset, offset + 20));
    if (offset === undefined || !marker) return;
    const start = offset + marker[0].length - 1 - (marker[1] as string).length;
    markers.push({ number: Number(marker[1]), start, end: start + (marker[1] as string).length });
  }
  const shown = list.numbers;
  const first = markers.findIndex((m, i) => m.number !== shown[i]);
  const written = markers.map((m) => m.number);
  if (first === -1 || written.every((n) => n === written[0])) return;
  const marker = markers[first] as (typeof markers)[number];
  const distinct = new Set(written).size === written.length;
  const renumbered = new Map(markers.map((m, i) => [m.number, shown[i] as number]));
  const edits: OffsetEdit[] = [];
  if (distinct) {
    markers.forEach((m, i) => {
      if (m.number !== shown[i]) edits.push({ start: m.start, end: m.end, text: String(shown[i]) });
    });
    for (const cite of citations) {
      const to = renumbered.get(cite.number);
      if (to !== undefined && to !== cite.number) edits.push({ start: cite.start, end: cite.end, text: `[${to}]` });
    }
  }
  report(
    file,
    'citation-numbering',
    `The Sources list item written \`${marker.number}.\` is shown as ${shown[first]}: a list is numbered by place, so a citation \`[${marker.number}]\` points at another source; number the list in order, and its citations with it`,
    span(marker.start, marker.end),
    undefined,
    distinct ? { safe: true, edits } : undefined,
  );
}

/** A link to one of the rubric's schemes, and its target. */
const RUBRIC_LINK = new RegExp(`^(${rubricSchemes.join('|')}):(.*)$`);

function checkLink(
  node: Link | Extract<Nodes, { type: 'definition' }>,
  file: VFile,
  settings: Settings,
  source: string,
): void {
  const match = RUBRIC_LINK.exec(node.url);
  if (!match) return;
  const [, scheme = '', target = ''] = match;
  const written = targetSpan(source, node, scheme, target);
  /** A fix that writes `text` where the target is written; none when the target cannot be placed exactly. */
  const rewriteTo = (text: string | undefined, safe: boolean): OffsetFix | undefined =>
    text !== undefined && written ? { safe, edits: [{ ...written, text: asDestination(text) }] } : undefined;
  const say = (ruleId: RuleId, reason: string, suggestion: string | undefined, fix: OffsetFix | undefined) =>
    report(file, ruleId, reason, node.position, suggestion, fix);

  if (scheme === 'framework') {
    // A rubric given without catalogs (an older RubricLike) cannot check these links.
    if (!settings.frameworks) return;
    const problem = targetProblem(safeDecode(target), settings.frameworks);
    if (problem) {
      const safe = problem.replacement !== undefined;
      say(
        'framework-unknown',
        problem.message,
        problem.suggestion,
        rewriteTo(problem.replacement ?? problem.suggestion, safe),
      );
    } else if (settings.rewrite.framework) {
      const [framework = '', item = ''] = safeDecode(target).split('/');
      node.url = fillTemplate(settings.rewrite.framework, { framework, item }, file);
    }
    return;
  }

  if (scheme === 'glossary') {
    const term = settings.terms.get(target);
    if (term?.status === 'retired') {
      const successor = soleSuccessor(target, (slug) => settings.terms.get(slug));
      say(
        'glossary-unknown',
        `The glossary term ${code(target)} is retired${replacedByText(term)}: link to a term that is not retired`,
        undefined,
        rewriteTo(successor, true),
      );
    } else if (!settings.slugs.has(target)) {
      // A term's name, an alias or a case variant names one term for certain; a near spelling does not.
      const named = settings.termNames.get(safeDecode(target).toLowerCase());
      const certain = named === undefined ? undefined : activeOrSuccessor(named, settings.terms);
      const near = named ?? closest(target, active(settings.terms));
      say(
        'glossary-unknown',
        `Unknown glossary term ${code(target)}, expected a glossary slug${didYouMeanText(near)}`,
        near,
        certain !== undefined ? rewriteTo(certain, true) : rewriteTo(near, false),
      );
    } else if (settings.rewrite.glossary) {
      node.url = fillTemplate(settings.rewrite.glossary, { slug: target }, file);
    }
    return;
  }

  const hash = target.indexOf('#');
  const id = hash === -1 ? target : target.slice(0, hash);
  const criterion = hash === -1 ? undefined : target.slice(hash + 1);
  const after = criterion === undefined ? '' : `#${criterion}`;
  const number = settings.milestoneNumbers.get(id);
  if (number === undefined) {
    // `milestone:5` means Milestone 5: name its id (numbers are as permanent as ids, so this is certain).
    const numbered = /^\d+$/.test(id) ? settings.milestoneIdsByNumber.get(Number(id)) : undefined;
    // A retired milestone's number names where it went.
    const byNumber = numbered === undefined ? undefined : certainTarget(numbered, undefined, settings);
    const near = byNumber ?? closest(id, active(settings.milestones));
    const hint = byNumber
      ? `; did you mean \`${byNumber}\` (Milestone ${id})? Links use the id, not the number`
      : didYouMeanText(near);
    const certain = byNumber === undefined ? undefined : certainTarget(byNumber, criterion, settings);
    say(
      'milestone-unknown',
      `Unknown milestone ${code(id)}, expected a milestone id${hint}`,
      near,
      certain !== undefined
        ? rewriteTo(certain, true)
        : near === undefined || byNumber !== undefined
          ? undefined
          : rewriteTo(`${near}${after}`, false),
    );
    return;
  }
  if (criterion !== undefined) {
    const criteria = settings.criteriaByMilestone.get(id);
    // A rubric given without criteria (an older RubricLike) cannot check the part after `#`.
    if (criteria && !criteria.has(criterion)) {
      // Criterion ids are unique in the rubric: one held by another milestone names that milestone for certain.
      const holder = settings.criteria.get(criterion)?.milestone;
      const near = closest(
        criterion,
        [...criteria].filter((c) => settings.criteria.get(c)?.status !== 'retired'),
      );
      const suggestion =
        holder !== undefined ? `${holder}#${criterion}` : near === undefined ? undefined : `${id}#${near}`;
      const hint =
        holder !== undefined
          ? `; it belongs to milestone ${code(holder)}: did you mean \`${holder}#${criterion}\`?`
          : didYouMeanText(near);
      say(
        'milestone-unknown',
        `Unknown criterion ${code(criterion)} of milestone ${code(id)}, expected one of its criterion ids${hint}`,
        suggestion,
        holder !== undefined ? rewriteTo(certainTarget(id, criterion, settings), true) : rewriteTo(suggestion, false),
      );
      return;
    }
    const retired = settings.criteria.get(criterion);
    if (retired?.status === 'retired') {
      say(
        'milestone-unknown',
        `The criterion ${code(criterion)} of milestone ${code(id)} is retired${replacedByText(retired)}: link to a criterion that is not retired`,
        undefined,
        rewriteTo(certainTarget(id, criterion, settings), true),
      );
      return;
    }
  }
  const milestone = settings.milestones.get(id);
  if (milestone?.status === 'retired') {
    say(
      'milestone-unknown',
      `The milestone ${code(id)} is retired${replacedByText(milestone)}: link to a milestone that is not retired`,
      undefined,
      // With a criterion, the criterion (active here) says where the link goes; it is left to the writer.
      criterion === undefined ? rewriteTo(certainTarget(id, undefined, settings), true) : undefined,
    );
    return;
  }
  if (settings.rewrite.milestone) {
    const url = fillTemplate(settings.rewrite.milestone, { id, number }, file);
    node.url = criterion === undefined ? url : `${url}#${encodeURIComponent(criterion)}`;
  }
}

/**
 * The fix for an unknown key (`cite` spans `@key`, offsets from `base`): the one key it differs
 * from only in case, for certain; else the close candidate, offered.
 */
function keyFix(cite: CitedKey, base: number, near: string | undefined, settings: Settings): OffsetFix | undefined {
  const certain = caseVariant(cite.key, settings.sourceNumbers.keys());
  const text = certain ?? near;
  if (text === undefined) return undefined;
  return { safe: certain !== undefined, edits: [{ start: base + cite.start + 1, end: base + cite.end, text }] };
}

/** The ids of the items that are not retired: a "did you mean" never names a retired one. */
function active(items: ReadonlyMap<string, Retirable>): string[] {
  return [...items].filter(([, item]) => item.status !== 'retired').map(([id]) => id);
}

/**
 * The target a `milestone:` link certainly means, in one step, so that a second `--fix` has
 * nothing left to do: a retired milestone or criterion is followed to its one successor, and a
 * criterion (its id is unique in the rubric) goes under the milestone that holds it. Undefined when
 * any part of that is not certain.
 */
function certainTarget(id: string, criterion: string | undefined, settings: Settings): string | undefined {
  if (criterion === undefined) {
    const milestone = settings.milestones.get(id);
    if (!milestone) return undefined;
    return milestone.status === 'retired' ? soleSuccessor(id, (m) => settings.milestones.get(m)) : id;
  }
  const known = settings.criteria.get(criterion);
  if (!known) return undefined;
  const final = known.status === 'retired' ? soleSuccessor(criterion, (c) => settings.criteria.get(c)) : criterion;
  const holder = final === undefined ? undefined : settings.criteria.get(final)?.milestone;
  return holder === undefined ? undefined : `${holder}#${final}`;
}

/** `slug`, or where it went when it is retired; undefined when that is not one certain term. */
function activeOrSuccessor(slug: string, terms: Settings['terms']): string | undefined {
  return terms.get(slug)?.status === 'retired' ? soleSuccessor(slug, (s) => terms.get(s)) : slug;
}

/** An id as a link destination: what an id may hold passes, anything else is percent-encoded. */
function asDestination(text: string): string {
  return text.replace(/[^\w.~:/#-]/g, (c) => encodeURIComponent(c));
}

/** For a citation key written in another case than the one key it matches: that key. */
function caseVariant(key: string, keys: Iterable<string>): string | undefined {
  const lower = key.toLowerCase();
  let found: string | undefined;
  for (const candidate of keys) {
    if (candidate.toLowerCase() !== lower) continue;
    if (found !== undefined) return undefined;
    found = candidate;
  }
  return found;
}

function textPiece(value: string): Text {
  return { type: 'text', value: value.replace(/\\([[\]])/g, '$1') };
}

/** The node's own source text, when the tree has offsets into this file. */
function rawOf(node: Nodes, source: string): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : source.slice(start, end);
}

/** A percent-decoded link target, or the target as written when its escapes are broken (`%E0%A4%A`). */
function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
