import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import { pathIn, SITE_LANGUAGES_PLUGIN, type SiteLanguages } from '../shared/site-languages';

export interface Alternate {
  readonly locale: string;
  /** This page in that language (a path on this site), or undefined where that language has none. */
  readonly path: string | undefined;
  /** That language's home page. */
  readonly home: string;
  /** The site's address, for fully qualified `hreflang` links. */
  readonly origin: string;
}

/** This page in each language of the site, where it has one (a version not translated into it has none). */
export function useAlternates(): Alternate[] {
  const {
    siteConfig: { url: siteUrl },
    i18n: { currentLocale, locales, localeConfigs },
  } = useDocusaurusContext();
  const { pathname } = useLocation();
  const data = usePluginData(SITE_LANGUAGES_PLUGIN) as SiteLanguages;
  const base = localeConfigs[currentLocale]?.baseUrl ?? '/';
  // The page's path without this language's base URL (`/es/1.4.0/x` -> `/1.4.0/x`).
  const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  return locales.map((locale) => {
    const target = localeConfigs[locale]?.baseUrl ?? '/';
    const at = (p: string) => (p === '/' ? target : `${target.replace(/\/$/, '')}${p}`);
    const inTarget = pathIn(path.replace(/\/+$/, '') || '/', currentLocale, locale, data);
    return {
      locale,
      path: inTarget === undefined ? undefined : at(inTarget),
      home: at('/'),
      origin: localeConfigs[locale]?.url ?? siteUrl,
    };
  });
}
