/**
 * What can be known about a Markdown file without parsing it. Parsing is most
 * of a check's time, and most documentation holds no citation and no rubric
 * link; such a file cannot have a finding, so it needs no syntax tree.
 */

/** Container nesting (block quotes and lists) beyond which a file is not parsed. */
export const MAX_NESTING = 100;

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

/**
 * The first line whose container depth passes the limit, if any. Depth is
 * estimated from the line's start: each `>` and each list marker (`-`, `*`,
 * `+`, `1.`, `1)`) opens a level, and every two columns of indentation stand
 * for one enclosing list item.
 */
export function deepestNesting(text: string): { line: number; depth: number } | undefined {
  let lineStart = 0;
  for (let line = 1; ; line++) {
    let i = lineStart;
    let columns = 0;
    let markers = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        columns += 1;
        i++;
      } else if (c === 9) {
        columns += 4;
        i++;
      } else if (c === 62 /* > */) {
        markers++;
        i++;
        if (text.charCodeAt(i) === 32) i++; // the space after `>` belongs to the marker
      } else if ((c === 45 || c === 42 || c === 43) && isBlank(text.charCodeAt(i + 1))) {
        markers++;
        i += 2;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const after = text.charCodeAt(j);
        if ((after === 46 || after === 41) && isBlank(text.charCodeAt(j + 1))) {
          markers++;
          i = j + 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    const depth = markers + Math.floor(columns / 2);
    if (depth > MAX_NESTING) return { line, depth };
    const next = text.indexOf('\n', i);
    if (next === -1) return undefined;
    lineStart = next + 1;
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || Number.isNaN(c);
}
