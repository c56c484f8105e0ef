/**
 * The metadata every page carries, as the theme's own SiteMetadata gives it,
 * with one difference: the `hreflang` alternates name only pages that exist.
 * The theme links every language to the same path, and a language's site
 * holds only the versions translated into it, so for every release without a
 * translation it named a missing page.
 */
import Head from '@docusaurus/Head';
import { useLocation } from '@docusaurus/router';
import { PageMetadata, useThemeConfig } from '@docusaurus/theme-common';
import { DEFAULT_SEARCH_TAG } from '@docusaurus/theme-common/internal';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { applyTrailingSlash } from '@docusaurus/utils-common';
import SearchMetadata from '@theme/SearchMetadata';
import type { ReactNode } from 'react';
import { useAlternates } from '../../lib/use-alternates';

/** Open Graph writes a language tag with `_` (`es_ES`). */
const openGraphLocale = (tag: string) => tag.replace('-', '_');

function Alternates(): ReactNode {
  const {
    i18n: { currentLocale, defaultLocale, localeConfigs },
  } = useDocusaurusContext();
  const alternates = useAlternates().filter((a) => a.path !== undefined);
  const fallback = alternates.find((a) => a.locale === defaultLocale);
  const currentLang = localeConfigs[currentLocale]?.htmlLang ?? currentLocale;
  return (
    <Head>
      {alternates.map(({ locale, path, origin }) => (
        <link
          key={locale}
          rel="alternate"
          href={`${origin}${path}`}
          hrefLang={localeConfigs[locale]?.htmlLang ?? locale}
        />
      ))}
      {fallback ? <link rel="alternate" href={`${fallback.origin}${fallback.path}`} hrefLang="x-default" /> : null}
      <meta property="og:locale" content={openGraphLocale(currentLang)} />
      {alternates
        .filter((a) => a.locale !== currentLocale)
        .map(({ locale }) => (
          <meta
            key={`og-${locale}`}
            property="og:locale:alternate"
            content={openGraphLocale(localeConfigs[locale]?.htmlLang ?? locale)}
          />
        ))}
    </Head>
  );
}

function Canonical(): ReactNode {
  const {
    siteConfig: { url, baseUrl, trailingSlash },
  } = useDocusaurusContext();
  const { pathname } = useLocation();
  const canonical = `${url}${applyTrailingSlash(useBaseUrl(pathname), { trailingSlash, baseUrl })}`;
  return (
    <Head>
      <meta property="og:url" content={canonical} />
      <link rel="canonical" href={canonical} />
    </Head>
  );
}

export default function SiteMetadata(): ReactNode {
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  const { metadata, image } = useThemeConfig();
  return (
    <>
      <Head>
        <meta name="twitter:card" content="summary_large_image" />
        {/* The keyboard-focus class goes on <body> when the page is rendered on the server too. */}
        <body />
      </Head>
      {image ? <PageMetadata image={image} /> : null}
      <Canonical />
      <Alternates />
      <SearchMetadata tag={DEFAULT_SEARCH_TAG} locale={currentLocale} />
      {/* A Head of its own, so that the site's metadata can replace the defaults above. */}
      <Head>
        {metadata.map((item) => (
          <meta key={`${item.name ?? item.property ?? ''}-${item.content}`} {...item} />
        ))}
      </Head>
    </>
  );
}
