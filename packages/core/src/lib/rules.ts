/**
 * Rule ids shared by the loader, the remark plugin and the CLI. They are a
 * public contract (docs/architecture.md): tools filter and document messages by them.
 */

/**
 * The checker's rules whose level a user may set (usd1-milestones.json, the
 * remark plugin's `rules` option); the rest guard that the data can be read at all.
 */
export const configurableRules = [
  'citation-unknown',
  'citation-malformed',
  'citation-unused',
  'glossary-unknown',
  'milestone-unknown',
  'framework-unknown',
] as const;

export const ruleIds = [
  ...configurableRules,
  'rubric-schema',
  'rubric-duplicate',
  'rubric-syntax',
  'unsafe-content',
  'assessment-syntax',
  'assessment-schema',
  'assessment-consistency',
  'translation-stale',
  'translation-missing',
  'translation-structure',
  'translation-orphan',
] as const;

export type RuleId = (typeof ruleIds)[number];
export type Severity = 'error' | 'warning';

export interface RuleInfo {
  readonly severity: Severity;
  readonly description: string;
}

export const rules: { readonly [Id in RuleId]: RuleInfo } = {
  'citation-unknown': {
    severity: 'error',
    description: 'A citation key, or a number, that the bibliography or Sources list lacks.',
  },
  'citation-malformed': { severity: 'error', description: 'A citation with an empty key: `[@]`, `[@ ]`.' },
  'citation-unused': {
    severity: 'warning',
    description: 'A source that is never cited: in its document (numbered mode) or anywhere in the rubric.',
  },
  'glossary-unknown': { severity: 'error', description: 'A `glossary:` link to a slug the glossary lacks.' },
  'milestone-unknown': { severity: 'error', description: 'A `milestone:` link to an id the rubric lacks.' },
  'framework-unknown': {
    severity: 'error',
    description: 'A `framework:` link or a mapping `target` whose framework or item the catalogs lack.',
  },
  'rubric-schema': {
    severity: 'error',
    description: 'A rubric file breaks the schema: wrong type, missing or unknown field, unknown reference.',
  },
  'rubric-duplicate': {
    severity: 'error',
    description: 'Two milestones, criteria, terms or sources share an id or a number.',
  },
  'rubric-syntax': {
    severity: 'error',
    description: 'A file that cannot be read as text, YAML or front matter: bad syntax, invalid UTF-8, too large.',
  },
  'assessment-syntax': {
    severity: 'error',
    description: 'An assessment file that cannot be read as YAML or JSON: bad syntax, a duplicate key, invalid UTF-8.',
  },
  'assessment-schema': {
    severity: 'error',
    description:
      'An assessment file that breaks its schema: an unknown milestone or criterion id, a wrong status, a bad date.',
  },
  'assessment-consistency': {
    severity: 'warning',
    description:
      'An assessment that reads but says two things: a milestone marked met whose criteria are not, or a rubricVersion the rubric never had.',
  },
  'unsafe-content': {
    severity: 'error',
    description:
      'Raw HTML, MDX/JSX, expressions, `javascript:`/`data:` URLs, or invisible characters (control characters, line and paragraph separators, bidirectional marks and overrides) in rubric text.',
  },
  'translation-stale': {
    severity: 'warning',
    description: 'A translation whose English text changed since it was translated; the message shows what changed.',
  },
  'translation-missing': {
    severity: 'warning',
    description: 'A string of the rubric with no translation in a language that exists.',
  },
  'translation-structure': {
    severity: 'error',
    description: 'A translation that cites other keys or links other targets than its English text.',
  },
  'translation-orphan': {
    severity: 'error',
    description: 'A translation for an id, a field or a file that the rubric does not have.',
  },
};

/** The project's repository: rule documentation and the site's "Edit this page" links point here. */
export const repositoryUrl = 'https://github.com/usd1-milestones/usd1-milestones';

/** Where each rule is documented; messages link here. */
export function ruleUrl(ruleId: RuleId): string {
  return `${repositoryUrl}/blob/main/docs/rules.md#${ruleId}`;
}
