/**
 * What every page renderer of one version shares: the data, the version's
 * label, where its pages are edited, and the table its rubric texts go into.
 * The MDX around those texts is this project's own; rubric text only ever
 * enters a page as a token (see ../text-tokens.ts).
 */
import type { Bucket, Milestone, Rubric, Source } from '@usd1-milestones/rubric';
import type { Page, TextTable } from '../text-tokens';
import type { Labels } from './labels';

export interface VersionInfo {
  /** How the version is named on its pages: `1.1.0`, or `Next (…)`. */
  readonly label: string;
  /** The version the "What changed" page compares with (its English data). */
  readonly previous?: { readonly label: string; readonly data: Rubric } | undefined;
  /**
   * In a translation: this version's English data. What changed is worked out
   * between the English texts; comparing a translation with the English would
   * list every translated string as a change.
   */
  readonly english?: Rubric | undefined;
  /** The repository's edit URL for Next; null for releases, which are frozen. */
  readonly editBase: string | null;
  /** The rubric version a citation names: the release, or the package version Next builds on. */
  readonly citeVersion: string;
  /** The words around the rubric's text, in the version's language. */
  readonly labels: Labels;
  /**
   * How to cite a released version (core's BibTeX and CSL-JSON writers, from
   * its English data and release date); absent for Next, which is not released.
   */
  readonly citation?: { readonly version: string; readonly bibtex: string; readonly cslJson: string } | undefined;
  /** In a translation: the keys of strings shown in English, and of strings translated from an older English. */
  readonly fallback?: ReadonlySet<string> | undefined;
  readonly stale?: ReadonlySet<string> | undefined;
}

export interface PageContext extends VersionInfo {
  readonly data: Rubric;
  readonly texts: TextTable;
  readonly milestonesByNumber: readonly Milestone[];
  readonly milestone: (id: string) => Milestone | undefined;
  readonly bucket: (id: string) => Bucket | undefined;
  readonly source: (id: string) => Source | undefined;
  /** `[Milestone 5: title](milestone:id)`, with the title as a token. */
  readonly milestoneLink: (m: Milestone) => string;
  /** The edit URL of a file in rubric/, or null. */
  readonly edit: (file: string) => string | null;
  /** The words around the rubric's text (`ctx.t.criteria`). */
  readonly t: Labels;
  /**
   * The notes a translated page opens with when some of its strings (those
   * whose keys `covers` accepts) are shown in English or are out of date.
   */
  readonly translationNotes: (covers: (key: string) => boolean) => string[];
}

export function pageContext(data: Rubric, info: VersionInfo, texts: TextTable): PageContext {
  const milestones = new Map(data.milestones.map((m) => [m.id, m]));
  const buckets = new Map(data.buckets.map((b) => [b.id, b]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return {
    ...info,
    data,
    texts,
    milestonesByNumber: [...data.milestones].sort((a, b) => a.number - b.number),
    milestone: (id) => milestones.get(id),
    bucket: (id) => buckets.get(id),
    source: (id) => sources.get(id),
    milestoneLink: (m) => `[${info.labels.milestone(m.number)}: ${texts.plain(m.title)}](milestone:${m.id})`,
    edit: (file) => (info.editBase ? `${info.editBase}/${file}` : null),
    t: info.labels,
    translationNotes: (covers) => [
      ...([...(info.fallback ?? [])].some(covers) ? [`:::note\n\n${info.labels.partlyEnglish}\n\n:::`] : []),
      ...([...(info.stale ?? [])].some(covers) ? [`:::caution\n\n${info.labels.partlyStale}\n\n:::`] : []),
    ],
  };
}

/** YAML front matter with JSON-quoted values (JSON strings are valid YAML). */
export function frontMatter(fields: Record<string, string | number | null | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value === null ? 'null' : JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/** A page from its front matter and its blocks, one blank line apart. */
export function page(
  path: string,
  fields: Record<string, string | number | null | undefined>,
  blocks: readonly string[],
): Page {
  return { path, content: `${frontMatter(fields)}${blocks.join('\n\n')}\n` };
}

/** `1 stage`, `5 stages`. */
export const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 ? singular : plural}`;

export const pad = (n: number): string => String(n).padStart(2, '0');

/** Data for a component, as an attribute MDX passes through untouched: base64 of JSON. */
export function componentData(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64');
}

export function authors(source: Source | undefined): string {
  if (!source) return '';
  const names = source.author?.map((a) => a.literal).join('; ');
  // People who wrote for an institution: the institution is named too.
  if (names && source.publisher) return `${names} (${source.publisher})`;
  return names ?? source.publisher ?? '';
}
