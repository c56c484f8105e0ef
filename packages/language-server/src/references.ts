/**
 * What a line of Markdown (or a rubric YAML string) refers to, read the way
 * the checker reads it: a citation key after `@` inside brackets, and the link
 * schemes `glossary:`, `milestone:` (with `#criterion`) and `framework:`
 * (`framework:pfmi/P7`). Pure functions over one line's text; positions are
 * UTF-16 offsets into the line, as the Language Server Protocol counts them.
 */

import { citationKeyCharacter, rubricSchemes, targetSeparator } from '@usd1-milestones/remark-rubric/syntax';

export type Reference =
  | { readonly kind: 'source'; readonly key: string }
  | { readonly kind: 'term'; readonly slug: string }
  | { readonly kind: 'milestone'; readonly id: string }
  | { readonly kind: 'criterion'; readonly milestone: string; readonly id: string }
  | { readonly kind: 'framework'; readonly framework: string }
  | { readonly kind: 'framework-item'; readonly framework: string; readonly item: string };

export interface Found {
  readonly reference: Reference;
  /** The identifier's span in the line: [start, end). */
  readonly start: number;
  readonly end: number;
}

/** What completes at `character`: the kind of identifier being typed, and the span it replaces. */
export type CompletionContext =
  | { readonly kind: 'source'; readonly start: number; readonly end: number }
  | { readonly kind: 'term'; readonly start: number; readonly end: number }
  | { readonly kind: 'milestone'; readonly start: number; readonly end: number }
  | { readonly kind: 'criterion'; readonly milestone: string; readonly start: number; readonly end: number }
  | { readonly kind: 'framework'; readonly start: number; readonly end: number }
  | { readonly kind: 'framework-item'; readonly framework: string; readonly start: number; readonly end: number };

/** The characters of a citation key, and of an id after a scheme (up to the link's end). */
const KEY = citationKeyCharacter;
const TARGET = /[^\s()[\]<>"'`]/;
/** A rubric scheme being typed (a backslash may stand before the colon), and its target so far. */
const SCHEMES = rubricSchemes.join('|');
const TYPED_LINK = new RegExp(`(${SCHEMES})\\\\?:([^\\s()[\\]<>"'\`]*)$`);
const LINK = new RegExp(`(${SCHEMES})\\\\?:([^\\s()[\\]<>"'\`]+)`, 'g');

/** Where the identifier around `character` ends: the rest of the word already typed is replaced too. */
function wordEnd(line: string, from: number, chars: RegExp, stopAt = ''): number {
  let end = from;
  while (end < line.length && chars.test(line[end] ?? '') && !stopAt.includes(line[end] ?? '')) end++;
  return end;
}

export function completionContext(line: string, character: number): CompletionContext | undefined {
  const before = line.slice(0, character);
  const scheme = TYPED_LINK.exec(before);
  if (scheme) {
    const [, name, typed = ''] = scheme;
    const start = character - typed.length;
    if (name === 'glossary') return { kind: 'term', start, end: wordEnd(line, character, TARGET) };
    const end = wordEnd(line, character, TARGET);
    // `milestone:id#criterion` and `framework:catalog/item`: after the separator, the second part.
    const separator = targetSeparator[name as keyof typeof targetSeparator];
    const at = typed.indexOf(separator);
    if (at >= 0) {
      const parent = typed.slice(0, at);
      const from = start + at + 1;
      return name === 'milestone'
        ? { kind: 'criterion', milestone: parent, start: from, end }
        : { kind: 'framework-item', framework: parent, start: from, end };
    }
    return {
      kind: name === 'milestone' ? 'milestone' : 'framework',
      start,
      end: wordEnd(line, character, TARGET, separator),
    };
  }
  // A key after `@`, inside an open bracket on this line: `[@`, `[see @`, `[@a; @`.
  const citation = /(?:\[|\[[^[\]\n]*[\s;])@([A-Za-z0-9_:.#$%&+?<>~/-]*)$/.exec(before);
  const bracket = /\[[^[\]]*$/.exec(before);
  if (citation && bracket) {
    const typed = citation[1] ?? '';
    return { kind: 'source', start: character - typed.length, end: wordEnd(line, character, KEY, ']') };
  }
  return undefined;
}

/** Every reference in the line, in order. */
export function referencesIn(line: string): Found[] {
  const found: Found[] = [];
  for (const match of line.matchAll(LINK)) {
    const [whole, name, target = ''] = match;
    const start = (match.index ?? 0) + whole.length - target.length;
    if (name === 'glossary')
      found.push({ reference: { kind: 'term', slug: target }, start, end: start + target.length });
    else if (name === 'milestone') {
      const [id = '', criterion] = target.split(targetSeparator.milestone);
      found.push({ reference: { kind: 'milestone', id }, start, end: start + id.length });
      if (criterion !== undefined && criterion !== '') {
        const from = start + id.length + 1;
        found.push({
          reference: { kind: 'criterion', milestone: id, id: criterion },
          start: from,
          end: from + criterion.length,
        });
      }
    } else {
      const [framework = '', item] = target.split(targetSeparator.framework);
      found.push({ reference: { kind: 'framework', framework }, start, end: start + framework.length });
      if (item !== undefined && item !== '') {
        const from = start + framework.length + 1;
        found.push({ reference: { kind: 'framework-item', framework, item }, start: from, end: from + item.length });
      }
    }
  }
  // Citation keys: `@key` inside a bracket pair on the line (a Pandoc citation group).
  for (const group of line.matchAll(/\[[^[\]]*@[^[\]]*\]/g)) {
    for (const key of group[0].matchAll(/(?:^|[\s;[])@([A-Za-z0-9][A-Za-z0-9_:.#$%&+?<>~/-]*)/g)) {
      const text = (key[1] ?? '').replace(/[.,:;]+$/, '');
      const start = (group.index ?? 0) + (key.index ?? 0) + key[0].indexOf('@') + 1;
      found.push({ reference: { kind: 'source', key: text }, start, end: start + text.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The reference whose identifier holds `character` (its end included: the cursor just after a word). */
export function referenceAt(line: string, character: number): Found | undefined {
  return referencesIn(line).find((f) => character >= f.start && character <= f.end);
}
