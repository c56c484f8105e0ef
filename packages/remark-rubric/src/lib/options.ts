import { slugify } from '@usd1-milestones/core/ids';
import type { CatalogLike, Retirable } from '@usd1-milestones/core/rules';
import type { VFile } from 'vfile';
import type { RuleLevels } from './report.js';

/** The parts of a rubric the plugin reads; the full `Rubric` fits. */
export interface RubricLike {
  readonly sources: readonly { readonly id: string; readonly number: number }[];
  readonly glossary: readonly (Retirable & {
    readonly slug: string;
    readonly term: string;
    readonly aliases: readonly string[];
  })[];
  readonly milestones: readonly (Retirable & {
    readonly id: string;
    readonly number: number;
    readonly title: string;
    /** For `milestone:id#criterion-id` links; without them the part after `#` is not checked. */
    readonly criteria?: readonly (Retirable & { readonly id: string })[];
  })[];
  /** The framework catalogs, for `framework:pfmi/P7` links; without them such links are not checked. */
  readonly frameworks?: readonly CatalogLike[];
}

/**
 * A URL template with `{slug}`, `{id}` or `{key}` (and `{number}` for sources), or a
 * function; a function also gets the file, so a versioned site can link within the
 * version that the file belongs to.
 */
export type UrlTemplate<Arg> = string | ((value: Arg, file: VFile) => string);

export interface RewriteOptions {
  /** `glossary:slug` links; a template sees `{slug}`. */
  readonly glossary?: UrlTemplate<{ slug: string }>;
  /** `milestone:id` links; a template sees `{id}` and `{number}`. */
  readonly milestone?: UrlTemplate<{ id: string; number: number }>;
  /** `framework:id/item` links; a template sees `{framework}` and `{item}`. */
  readonly framework?: UrlTemplate<{ framework: string; item: string }>;
  /** `[@key]` citations become links to the source's entry; a template sees `{key}` and `{number}`. */
  readonly citation?: UrlTemplate<{ key: string; number: number }>;
}

export interface Options {
  /** The rubric to check against; defaults to the installed `@usd1-milestones/rubric` data. */
  readonly rubric?: RubricLike;
  /** Rubric text (milestone bodies): also reject raw HTML, MDX and unsafe URLs (`unsafe-content`). */
  readonly rubricContent?: boolean;
  /**
   * Levels per rule, as remark-lint has them: `{ 'citation-unused': 'off' }`.
   * `usd1-milestones check` reads the same object from usd1-milestones.json.
   */
  readonly rules?: RuleLevels;
  /** Turn checked links and citations into real URLs. */
  readonly rewrite?: RewriteOptions;
  /**
   * In a unified-engine file set, warn about bibliography entries that no
   * file cites (`citation-unused`). Meant for runs over the whole rubric.
   */
  readonly reportUnusedSources?: boolean;
}

export interface Settings {
  readonly sourceNumbers: ReadonlyMap<string, number>;
  readonly slugs: ReadonlySet<string>;
  /** Lower-cased term names and aliases -> slug, for suggestions. */
  readonly termNames: ReadonlyMap<string, string>;
  readonly milestoneNumbers: ReadonlyMap<string, number>;
  readonly milestoneIdsByNumber: ReadonlyMap<number, string>;
  readonly criteriaByMilestone: ReadonlyMap<string, ReadonlySet<string>>;
  /** Retirement of milestones, criteria (with the milestone that holds each) and terms: where a retired id went. */
  readonly milestones: ReadonlyMap<string, Retirable>;
  readonly criteria: ReadonlyMap<string, Retirable & { readonly milestone: string }>;
  readonly terms: ReadonlyMap<string, Retirable>;
  /** Catalogs by framework id; undefined when the rubric given has none to check against. */
  readonly frameworks: ReadonlyMap<string, CatalogLike> | undefined;
  readonly rubricContent: boolean;
  readonly rewrite: RewriteOptions;
  readonly reportUnusedSources: boolean;
  readonly rules: RuleLevels | undefined;
}

const cache = new WeakMap<RubricLike, Omit<Settings, 'rubricContent' | 'rewrite' | 'reportUnusedSources' | 'rules'>>();

/**
 * The rubric used when the options name none: the installed data package's, which the package's
 * main entry sets. The `/grammar` entry sets none, so that the check engine, which always passes
 * its rubric, never loads the data package (the data package's own generate step runs the engine).
 */
let installedRubric: RubricLike | undefined;
export function setInstalledRubric(rubric: RubricLike): void {
  installedRubric = rubric;
}

export function resolveSettings(options: Options | null | undefined): Settings {
  const rubric = options?.rubric ?? installedRubric;
  if (!rubric) throw new TypeError('No rubric to check against: pass the `rubric` option');
  let indexes = cache.get(rubric);
  if (!indexes) {
    const termNames = new Map<string, string>();
    for (const term of rubric.glossary) {
      for (const name of [term.term, ...term.aliases]) {
        termNames.set(name.toLowerCase(), term.slug);
        termNames.set(slugify(name), term.slug); // `know-your-customer` also finds `kyc`
      }
    }
    indexes = {
      sourceNumbers: new Map(rubric.sources.map((s) => [s.id, s.number])),
      slugs: new Set(rubric.glossary.map((t) => t.slug)),
      termNames,
      milestoneNumbers: new Map(rubric.milestones.map((m) => [m.id, m.number])),
      milestoneIdsByNumber: new Map(rubric.milestones.map((m) => [m.number, m.id])),
      criteriaByMilestone: new Map(
        rubric.milestones.flatMap((m) => (m.criteria ? [[m.id, new Set(m.criteria.map((c) => c.id))] as const] : [])),
      ),
      milestones: new Map(rubric.milestones.map((m) => [m.id, m])),
      criteria: new Map(
        rubric.milestones.flatMap((m) => (m.criteria ?? []).map((c) => [c.id, { ...c, milestone: m.id }] as const)),
      ),
      terms: new Map(rubric.glossary.map((t) => [t.slug, t])),
      frameworks: rubric.frameworks ? new Map(rubric.frameworks.map((f) => [f.id, f])) : undefined,
    };
    cache.set(rubric, indexes);
  }
  return {
    ...indexes,
    rubricContent: options?.rubricContent ?? false,
    rewrite: options?.rewrite ?? {},
    reportUnusedSources: options?.reportUnusedSources ?? false,
    rules: options?.rules,
  };
}

/** Fills `{name}` placeholders, URL-encoding each value. */
export function fillTemplate<Arg extends object>(template: UrlTemplate<Arg>, value: Arg, file: VFile): string {
  if (typeof template === 'function') return template(value, file);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in value ? encodeURIComponent(String((value as Record<string, unknown>)[name])) : whole,
  );
}
