/**
 * Finds Pandoc-style citation groups (`[@key]`, `[see @a, p. 4; @b]`) and
 * numbered citations (`[3]`) in raw Markdown source. Working on the source,
 * not on parsed text, keeps escapes (`\[@key]` is not a citation) and gives
 * exact offsets.
 */

import { citationKey, inTextKey } from './syntax.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface CitedKey extends Span {
  readonly key: string;
}

export interface CitationGroup extends Span {
  readonly keys: readonly CitedKey[];
  /** `@` signs with no key after them: `[@]`, `[@ ]`, `[see @; @b]`. */
  readonly empty: readonly Span[];
}

export interface NumberedCitation extends Span {
  readonly number: number;
}

/** A bracketed run with no nested brackets, not escaped, not spanning lines. */
const BRACKETS = /(?<!\\)\[([^[\]\n]*)\]/g;
/** `@` at the start of a part or after a space or `-` (Pandoc's author suppression). */
const AT = /(?:^|(?<=[\s\-;]))@/g;
/** Pandoc keys, at the start of what follows an `@`. */
const KEY = new RegExp(`^${citationKey.source}`);

export function findCitationGroups(source: string): CitationGroup[] {
  const groups: CitationGroup[] = [];
  for (const match of source.matchAll(BRACKETS)) {
    const inner = match[1] as string;
    if (!inner.includes('@')) continue;
    const innerStart = (match.index as number) + 1;
    const keys: CitedKey[] = [];
    const empty: Span[] = [];
    for (const at of inner.matchAll(AT)) {
      const atIndex = at.index as number;
      const key = KEY.exec(inner.slice(atIndex + 1))?.[0];
      const start = innerStart + atIndex;
      if (key) keys.push({ key, start, end: start + 1 + key.length });
      else empty.push({ start, end: start + 1 });
    }
    if (keys.length === 0 && empty.length === 0) continue; // `[mail a@b.c]`: an address, not a citation
    groups.push({ start: match.index as number, end: (match.index as number) + match[0].length, keys, empty });
  }
  return groups;
}

/**
 * Pandoc's in-text citations (`@fsb-2023 says`) are checked when the key has
 * the shape of this project's keys (`publisher-year`, such as `fsb-2023`):
 * an `@` before any other word is an e-mail address or a handle as often as a
 * citation, and reporting those would drown the real findings.
 */
const BARE = new RegExp(`(?<![\\w@\\\\[.])@(${inTextKey.source})(?![\\w-])`, 'gi');

/** In-text citations outside any bracketed group. */
export function findBareCitations(source: string, groups: readonly Span[]): CitedKey[] {
  const found: CitedKey[] = [];
  for (const match of source.matchAll(BARE)) {
    const start = match.index as number;
    if (groups.some((g) => start >= g.start && start < g.end)) continue;
    found.push({ key: match[1] as string, start, end: start + match[0].length });
  }
  return found;
}

const NUMBERED = /(?<!\\)\[(\d{1,6})\]/g;

export function findNumberedCitations(source: string): NumberedCitation[] {
  return [...source.matchAll(NUMBERED)].map((match) => ({
    number: Number(match[1]),
    start: match.index as number,
    end: (match.index as number) + match[0].length,
  }));
}
