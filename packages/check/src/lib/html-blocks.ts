/**
 * The HTML blocks that run to an end marker, blank lines and all (CommonMark's
 * kinds 1 to 5), for the line scans that must not lose track of them (the
 * prefilter and the editor's sections): how each opens, at the start of what
 * is left of a line once its indentation (and any container markers) is
 * taken off, and what a line must hold to end it.
 */
export const HTML_BLOCKS_WITH_END: readonly { readonly opens: RegExp; readonly ends: RegExp }[] = [
  { opens: /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, ends: /<\/(?:script|pre|style|textarea)>/i },
  { opens: /^<!--/, ends: /-->/ },
  { opens: /^<\?/, ends: /\?>/ },
  { opens: /^<![A-Za-z]/, ends: />/ },
  { opens: /^<!\[CDATA\[/, ends: /\]\]>/ },
];
