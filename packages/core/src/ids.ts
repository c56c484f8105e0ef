/**
 * `@usd1-milestones/core/ids`: how the rubric's identifiers are formed and
 * ordered: a glossary term's slug, the order of release versions and a
 * translation's language tag. No zod,
 * no Node APIs.
 */
export { languageTagPattern } from './lib/language-tag.js';
export { slugify } from './lib/slug.js';
export { compareVersions } from './lib/versions.js';
