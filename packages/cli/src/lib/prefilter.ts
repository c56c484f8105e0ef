/**
 * What can be known about a Markdown file without parsing it. Parsing is most
 * of a check's time, and most documentation holds no citation and no rubric
 * link; such a file cannot have a finding, so it needs no syntax tree.
 */

/**
 * True when a documentation file (not rubric text, not MDX) cannot produce a
 * finding. Every check needs one of these, written out in the source:
 * - a citation: an `@` inside brackets on one line (`[see @fsb-2023]`), or an
 *   in-text `@key` of the project's `publisher-year` shape (`@fsb-2023`);
 * - a rubric link scheme, `glossary:`, `milestone:` or `framework:` (a
 *   backslash may stand before the colon: `glossary\:` is read as `glossary:`);
 * - a heading whose text holds `Sources` or `References` (numbered citations
 *   count only under such a heading): an ATX heading line, or a line with a
 *   setext underline after it.
 * A `&` could spell any of them as a character reference (`&#64;`,
 * `glossary&colon;`), so a file with one is parsed. The nesting limit is
 * checked before this, so it still applies.
 */
export function cannotHaveFindings(text: string): boolean {
  return (
    !text.includes('&') &&
    !/\[[^[\]\n]*@/.test(text) &&
    !/@[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}/i.test(text) &&
    !/(?:glossary|milestone|framework)\\?:/i.test(text) &&
    !/^ {0,3}#{1,6}(?:[ \t][^\n]*)?(?:sources|references)/im.test(text) &&
    !/(?:sources|references)[^\n]*\n {0,3}(?:=+|-+)[ \t]*$/im.test(text)
  );
}
