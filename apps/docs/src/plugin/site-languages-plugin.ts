/**
 * The site's languages as global data (src/shared/site-languages.ts): for
 * each language built, the versions its site has and the one at its root,
 * and the pages every language has. The language menu and the `hreflang`
 * alternates read it, so they offer only pages that exist.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
import { type LanguageSite, SITE_LANGUAGES_PLUGIN, type SiteLanguages } from '../shared/site-languages';
import { releasedVersions, translatedVersions } from './versions';

interface Options {
  readonly packageDir: string;
  readonly releasesDir: string;
  /** `next` when only Next is built (`npm run dev`). */
  readonly versions: 'all' | 'next';
}

/** Each language's versions, as the docs plugin builds them (src/plugin/index.ts's `localeOptions`). */
export function siteLanguagesData(
  options: Options,
  defaultLocale: string,
  locales: readonly string[],
  pagesDir: string,
): SiteLanguages {
  const released = options.versions === 'all' ? releasedVersions(options.releasesDir) : [];
  const languages: Record<string, LanguageSite> = {};
  for (const locale of locales) {
    if (locale === defaultLocale) {
      languages[locale] = { versions: ['current', ...released], lastVersion: released[0] ?? 'current' };
      continue;
    }
    const included = translatedVersions(locale, options, released).filter(
      (v) => v === 'current' || released.includes(v),
    );
    languages[locale] = { versions: included, lastVersion: included.find((v) => v !== 'current') ?? 'current' };
  }
  // Every page of src/pages (compare.tsx -> /compare), and the search page the search theme adds.
  const pages = [
    ...readdirSync(pagesDir)
      .filter((name) => /\.(tsx|jsx|mdx?)$/.test(name) && !name.startsWith('_'))
      .map((name) => `/${name.replace(/\.[^.]+$/, '')}`)
      .filter((page) => page !== '/index'),
    '/search',
  ].sort();
  return { languages, pages };
}

export default function siteLanguagesPlugin(context: LoadContext, options: unknown): Plugin<SiteLanguages> {
  return {
    name: SITE_LANGUAGES_PLUGIN,
    loadContent: () =>
      siteLanguagesData(
        options as Options,
        context.i18n.defaultLocale,
        context.i18n.locales,
        join(context.siteDir, 'src/pages'),
      ),
    contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}

siteLanguagesPlugin.validateOptions = <T, U>({ options }: OptionValidationContext<T, U>): U => {
  const { packageDir, releasesDir, versions } = (options ?? {}) as Partial<Options>;
  if (typeof packageDir !== 'string' || typeof releasesDir !== 'string' || (versions !== 'all' && versions !== 'next'))
    throw new Error('usd1-milestones site languages plugin: options packageDir, releasesDir and versions are required');
  return { id: 'default', packageDir, releasesDir, versions } as U;
};
