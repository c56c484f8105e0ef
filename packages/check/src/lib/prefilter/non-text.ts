/**
 * Blanks out the parts of a Markdown file that can never be text the checker
 * reads, working line by line without a parser: fenced code at the top
 * level, HTML comments that open a line, and reference-link labels whose
 * definition the file holds (`[@stdlib/abs]` beside `[@stdlib/abs]: https://…`).
 *
 * It must never blank real text, or a finding would be skipped. So it only
 * blanks what it is sure of, and gives up (returns undefined: parse the file)
 * at anything it cannot place: a fence inside HTML or indented under a list,
 * a closing fence it cannot tell from text, unclosed front matter. Blanked
 * characters become spaces and line breaks stay, so the heading patterns
 * still see lines.
 */
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { HTML_BLOCKS_WITH_END } from '../html-blocks.js';

type Region =
  | { kind: 'fence'; marker: '`' | '~'; length: number; indent: number }
  | { kind: 'comment'; end: RegExp } // an HTML comment block opened at column 1: blanked
  | { kind: 'html'; end: RegExp | 'blank' } // other HTML blocks: left as they are
  | { kind: 'front-matter'; close: string };

/** Any run of three backticks or tildes, wherever it stands: a fence, or something to give up on. */
const FENCE_ANYWHERE = /(`{3,}|~{3,})/;
const FENCE = /^( *)(`{3,}|~{3,})(.*)$/;
const HTML_START = /^ {0,3}</;
/** `[label]: destination "title"` on one line, as CommonMark reads a definition. */
const DEFINITION =
  /^( {0,3}\[)((?:[^[\]\\\n]|\\.){1,999})(\]:)[ \t]*(?:<[^<>\n\\]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/;
const FULL_REFERENCE = /\[((?:[^[\]\\\n]|\\.){0,999})\]\[((?:[^[\]\\\n]|\\.){1,999})\]/g;
const LABEL = /\[((?:[^[\]\\\n]|\\.){1,999})\]/g;

export function blankNonText(text: string): string | undefined {
  const lines = text.split('\n');
  const out = lines.slice();
  const defined = new Set<string>();
  let region: Region | undefined;
  let previousBlank = true;
  let previousDefinition = false;

  if (/^(?:---|\+\+\+)[ \t]*$/.test(lines[0] ?? '')) region = { kind: 'front-matter', close: lines[0]?.trim() ?? '' };

  for (let i = region ? 1 : 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const blank = /^[ \t]*$/.test(line);
    const wasBlank = previousBlank;
    const afterDefinition = previousDefinition;
    previousBlank = blank;
    previousDefinition = false;

    if (region?.kind === 'fence') {
      const close = FENCE.exec(line);
      const closeIndent = close?.[1]?.length ?? 0;
      // A closing fence less indented than the opening one may belong to an enclosing list
      // item's end; one indented 4 or more closes only a fence opened as deep.
      if (
        close &&
        close[2]?.[0] === region.marker &&
        (close[2]?.length ?? 0) >= region.length &&
        /^\s*$/.test(close[3] ?? '') &&
        (region.indent >= 4 ? closeIndent === region.indent : closeIndent >= region.indent && closeIndent <= 3)
      ) {
        out[i] = '';
        region = undefined;
        continue;
      }
      // A fence of the same kind that is not that closing fence, or content less indented than
      // the opening fence (a list item ending), is something only a parser can place.
      if (new RegExp(`\\${region.marker}{${region.length},}`).test(line)) return undefined;
      if (!blank && indentOf(line) < region.indent) return undefined;
      out[i] = '';
      continue;
    }
    if (region?.kind === 'front-matter') {
      if (line.trim() === region.close) region = undefined;
      if (FENCE_ANYWHERE.test(line)) return undefined;
      continue;
    }
    if (region?.kind === 'comment' || region?.kind === 'html') {
      if (FENCE_ANYWHERE.test(line)) return undefined;
      const ended = region.end === 'blank' ? blank : region.end.test(line);
      if (region.kind === 'comment') out[i] = '';
      if (ended) region = undefined;
      continue;
    }

    const fence = FENCE.exec(line);
    const fenceIndent = fence?.[1]?.length ?? 0;
    // Indented 4 or more, a fence line after a blank line opens fenced code in a list item or
    // is indented code; after text it would be the paragraph's text.
    if (fence && (fenceIndent <= 3 || wasBlank)) {
      const marker = fence[2]?.[0] as '`' | '~';
      // A backtick fence's info string cannot hold a backtick; such a line is text.
      if (marker === '`' && (fence[3] ?? '').includes('`')) return undefined;
      region = { kind: 'fence', marker, length: fence[2]?.length ?? 3, indent: fenceIndent };
      out[i] = '';
      continue;
    }
    if (FENCE_ANYWHERE.test(line)) return undefined;

    if (HTML_START.test(line)) {
      const opening = line.replace(/^ {0,3}/, '');
      const withEnd = HTML_BLOCKS_WITH_END.find(({ opens }) => opens.test(opening));
      if (withEnd) {
        // Only a comment opening the line is blanked: one indented may sit in a list item,
        // which can end before the comment does.
        const comment = line.startsWith('<!--');
        if (comment) out[i] = '';
        // The block ends on the line that holds its end marker, the opening line included.
        if (!withEnd.ends.test(line)) region = { kind: comment ? 'comment' : 'html', end: withEnd.ends };
      } else {
        region = { kind: 'html', end: 'blank' };
      }
      continue;
    }

    // A definition cannot interrupt a paragraph: only after a blank line or another definition.
    if (wasBlank || afterDefinition) {
      const definition = DEFINITION.exec(line);
      const label = definition?.[2] ?? '';
      const labelEnd = (definition?.[1]?.length ?? 0) + label.length + 2;
      if (definition && normalizeIdentifier(label) !== '' && balancedParentheses(line.slice(labelEnd))) {
        defined.add(normalizeIdentifier(label));
        // The destination stays: a definition's URL is checked like a link's.
        out[i] = ' '.repeat(labelEnd) + line.slice(labelEnd);
        previousDefinition = true;
      }
    }
  }
  // An unclosed fence runs to the end of the file: blanked already. Unclosed HTML or
  // front matter was left as it is.

  const joined = out.join('\n');
  if (defined.size === 0) return joined;
  // A bracketed label with a definition is a link (or a link's label), never text to check;
  // an escaped `\[` is text, so it stays.
  const known = (label: string, offset: number) =>
    joined[offset - 1] !== '\\' && defined.has(normalizeIdentifier(label));
  return (
    joined
      // `[text][label]`: the text is the link's, which the checker does not read. Autolinks and
      // raw HTML bind tighter than link brackets, so a text with `<` stays.
      .replace(FULL_REFERENCE, (whole, text: string, label: string, offset: number) =>
        !text.includes('<') && known(label, offset + text.length + 2) && joined[offset - 1] !== '\\'
          ? ' '.repeat(whole.length)
          : whole,
      )
      .replace(LABEL, (whole, label: string, offset: number) =>
        known(label, offset) ? ' '.repeat(whole.length) : whole,
      )
  );
}

/** A destination outside `<…>` must balance its parentheses, or the line is not a definition. */
function balancedParentheses(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}
