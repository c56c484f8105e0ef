/**
 * The words a crosswalk mapping is stated in, as OSCAL's mapping model names
 * them. Plain data, no zod: the schemas and the exports (which run without
 * zod) both read them here.
 */

/**
 * OSCAL's relationship types (NIST IR 8477's set-theory terms), read from the rubric item to the
 * framework item; `no-relationship` says a framework was considered and nothing in it applies.
 */
export const relationships = [
  'equivalent-to',
  'equal-to',
  'subset-of',
  'superset-of',
  'intersects-with',
  'no-relationship',
] as const;

/** OSCAL's rationale types: whether a mapping compares the words, the meaning or the function of two texts. */
export const rationaleTypes = ['syntactic', 'semantic', 'functional'] as const;
