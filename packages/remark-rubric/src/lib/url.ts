/**
 * URL schemes in rubric text. A browser drops control characters, spaces and
 * tabs inside a URL before reading its scheme (`java\tscript:` runs), and the
 * Markdown parser has already decoded character references (`&#106;avascript:`),
 * so the scheme is read from the URL with every such character removed.
 */

import { rubricSchemes } from './syntax.js';

/** Schemes rubric text may link to: the web, mail, and the rubric's own link schemes. */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', ...rubricSchemes]);

/** Schemes that run code or embed content when followed. */
const SCRIPT_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'data', 'vbscript']);

/** The lower-cased scheme of `url` as a browser would read it, or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // Everything a browser may skip or that only looks like a space: C0 controls, space, DEL, C1, NBSP and Unicode spaces.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed here.
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
}

/** Why `url` may not appear in rubric text, or undefined when it may. */
export function unsafeUrlReason(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return undefined;
  return SCRIPT_SCHEMES.has(scheme)
    ? `Unsafe URL scheme \`${scheme}:\` in rubric text; link to an https: address instead`
    : `URL scheme \`${scheme}:\` is not allowed in rubric text; expected https:, http:, mailto:, glossary:, milestone: or framework:`;
}
