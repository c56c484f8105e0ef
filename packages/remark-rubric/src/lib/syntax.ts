/**
 * The rubric's Markdown syntax, defined once. The plugin's checks, the check
 * engine's shortcut for files that cannot hold a finding (derived from these
 * definitions, and tested against a full parse), and the language server's
 * completion and go-to-definition all read it from here.
 */

/** The rubric's own link schemes: `glossary:slug`, `milestone:id#criterion`, `framework:catalog/item`. */
export const rubricSchemes = ['glossary', 'milestone', 'framework'] as const;
export type RubricScheme = (typeof rubricSchemes)[number];

/** What separates a link target's second part: a milestone's criterion, a catalog's item. */
export const targetSeparator = { milestone: '#', framework: '/' } as const;

/** A heading with this text, followed by an ordered list, gives a document numbered citations (`[n]`). */
export const sourcesHeadings = ['Sources', 'References'] as const;

/** A character a Pandoc citation key may hold. */
export const citationKeyCharacter = /[\w:.#$%&+?<>~/-]/;

/** A Pandoc citation key (after `@`): a letter, digit or `_` first, internal punctuation allowed. */
export const citationKey = new RegExp(`[A-Za-z0-9_](?:${citationKeyCharacter.source}*[\\w])?`);

/**
 * The shape of this project's keys (`publisher-year`, such as `fsb-2023`): an in-text citation
 * (`@fsb-2023 says`) counts only with it, since any other `@word` is as often a handle or an address.
 */
export const inTextKey = /[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}[a-z]?/i;
