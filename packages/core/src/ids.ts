/**
 * `@usd1-milestones/core/ids`: how the rubric's identifiers are formed and
 * ordered: a glossary term's slug and the order of release versions. No zod,
 * no Node APIs.
 */
export { slugify } from './lib/slug.js';
export { compareVersions } from './lib/versions.js';
