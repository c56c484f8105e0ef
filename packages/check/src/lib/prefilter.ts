/**
 * What can be known about a Markdown file without parsing it. Parsing is most
 * of a check's time, and most documentation holds no citation and no rubric
 * link; such a file cannot have a finding, so it needs no syntax tree.
 */

import { inTextKey, rubricSchemes, sourcesHeadings } from '@usd1-milestones/remark-rubric/syntax';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { blankNonText } from './prefilter/non-text.js';

/**
 * True when a documentation file (not rubric text, not MDX) cannot produce a
 * finding. Every check needs one of these in the file's text, once fenced code,
 * HTML comments and defined link labels are blanked (`blankNonText`) and
 * character references are read as the characters they stand for:
 * - a citation: an `@` inside brackets on one line (`[see @fsb-2023]`), or an
 *   in-text `@key` of the project's `publisher-year` shape (`@fsb-2023`);
 * - a rubric link scheme, `glossary:`, `milestone:` or `framework:` (a
 *   backslash may stand before the colon: `glossary\:` is read as `glossary:`);
 * - a heading whose text holds `Sources` or `References` (numbered citations
 *   count only under such a heading): an ATX heading line, or a line with a
 *   setext underline after it.
 * A file the blanking cannot place is parsed. The nesting limit is checked
 * before this, so it still applies.
 */
export function cannotHaveFindings(text: string): boolean {
  if (!mayHaveFindings(text)) return true;
  const blanked = blankNonText(text);
  if (blanked === undefined) return false;
  return !mayHaveFindings(blanked.includes('&') ? decodeReferences(blanked) : blanked);
}

/**
 * What each check needs in the text, derived from the grammar (remark-rubric's syntax): wider than
 * the grammar itself (any case, a heading that merely holds the word), never narrower.
 */
const SCHEME = new RegExp(`(?:${rubricSchemes.join('|')})\\\\?:`, 'i');
const IN_TEXT_CITATION = new RegExp(`@${inTextKey.source}`, 'i');
const HEADING_WORDS = sourcesHeadings.join('|');
const ATX_SOURCES = new RegExp(`^ {0,3}#{1,6}(?:[ \\t][^\\n]*)?(?:${HEADING_WORDS})`, 'im');
const SETEXT_SOURCES = new RegExp(`(?:${HEADING_WORDS})[^\\n]*\\n {0,3}(?:=+|-+)[ \\t]*$`, 'im');
/** A citation group's start: an `@` inside brackets on one line. */
const BRACKETED_AT = /\[[^[\]\n]*@/;

function mayHaveFindings(text: string): boolean {
  return (
    text.includes('&') ||
    BRACKETED_AT.test(text) ||
    IN_TEXT_CITATION.test(text) ||
    SCHEME.test(text) ||
    ATX_SOURCES.test(text) ||
    SETEXT_SOURCES.test(text)
  );
}

/** Character references (`&#64;`, `&#x40;`, `&commat;`) as the characters they stand for, the rest left as it is. */
function decodeReferences(text: string): string {
  const decoded = text.replace(
    /&(?:#([0-9]{1,7})|#([xX][0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/g,
    (whole, dec, hex, name) => {
      if (dec !== undefined) return decodeNumericCharacterReference(dec, 10);
      if (hex !== undefined) return decodeNumericCharacterReference(hex.slice(1), 16);
      const character = decodeNamedCharacterReference(name);
      return character === false ? whole : character;
    },
  );
  // A `&` left over is not a reference; it cannot spell anything the checks look for.
  return decoded.replace(/&/g, ' ');
}
