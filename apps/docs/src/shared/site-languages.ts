/**
 * Which pages each language of the site has, and a page's address in another
 * language. Shared by the languages plugin (Node), which computes the data,
 * and the language menu and `hreflang` alternates (browser), which read it:
 * nothing here may import either side.
 *
 * A language's site holds only the versions translated into it (its newest
 * one at its root, Next at /next, others at /<version>), and every page of
 * src/pages. So a page has an equivalent in another language when it is one
 * of those pages, or a docs page of a version that language has; the rest
 * have none, and the menu offers that language's home instead.
 */

export const SITE_LANGUAGES_PLUGIN = 'usd1-milestones-site-languages';

/** One language's site: its versions (`current` for Next) and which of them is at its root. */
export interface LanguageSite {
  readonly versions: readonly string[];
  readonly lastVersion: string;
}

export interface SiteLanguages {
  readonly languages: Readonly<Record<string, LanguageSite>>;
  /** The pages every language has (`/compare`, `/data`, ...). */
  readonly pages: readonly string[];
}

/** The URL prefix of `version` in a language's site. */
function prefixOf(version: string, site: LanguageSite): string {
  if (version === 'current') return '/next';
  return version === site.lastVersion ? '' : `/${version}`;
}

/**
 * `path` (a page of the `from` language's site, without its base URL, such as
 * `/1.3.0/milestones/reserve-policy`) in the `to` language's site, or
 * undefined when that language has no such page.
 */
export function pathIn(path: string, from: string, to: string, data: SiteLanguages): string | undefined {
  const source = data.languages[from];
  const target = data.languages[to];
  if (!source || !target) return undefined;
  const clean = path === '' ? '/' : path;
  if (data.pages.some((page) => clean === page || clean.startsWith(`${page}/`))) return clean;
  const first = /^\/([^/]+)(\/.*)?$/.exec(clean);
  const head = first?.[1];
  const [version, rest] =
    head === 'next'
      ? ['current', first?.[2] ?? '']
      : head !== undefined && head !== source.lastVersion && source.versions.includes(head)
        ? [head, first?.[2] ?? '']
        : [source.lastVersion, clean === '/' ? '' : clean];
  if (!target.versions.includes(version)) return undefined;
  return `${prefixOf(version, target)}${rest}` || '/';
}
