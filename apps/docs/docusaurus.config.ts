// The USD1 milestones site. Its pages are generated from the rubric by the
// local plugin in src/plugin (the classic docs plugin, wrapped); this config
// decides how they are published.
import { join } from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { repositoryUrl } from '@usd1-milestones/core/rules';
import remarkRubric from '@usd1-milestones/remark-rubric';
import { packageFolder } from '@usd1-milestones/rubric/folder';
import type { VFile } from 'vfile';
import type { Options as RubricDocsOptions } from './src/plugin';
import { labelLanguages } from './src/plugin/pages/labels';
import { releasedVersions, siteLanguages, versionOfFile, versionPath } from './src/plugin/versions';
import rubricText from './src/remark/splice-rubric-text';

const root = join(__dirname, '../..');
// `npm run dev` builds Next only: a release never changes, so it need not be rebuilt while editing.
const nextOnly = process.env.USD1_MILESTONES_SITE_VERSIONS === 'next';
// The data package the site is built from. The dev-server test points these at copies (of the package
// and of rubric/); `npm run bench:site` builds a synthetic set of releases from outside the repository.
const packageDir = process.env.USD1_MILESTONES_SITE_PACKAGE ?? packageFolder;
const releasesDir = process.env.USD1_MILESTONES_SITE_RELEASES ?? join(packageDir, 'releases');
const released = nextOnly ? [] : releasedVersions(releasesDir);
// A language is on the site when the data package translates the rubric into it and the page templates
// have its labels (src/plugin/pages/labels.ts). Each is built under /<lang>/, with its own versions.
// USD1_MILESTONES_SITE_LANGUAGES=en (or es, ...) builds only those: `npm run bench:site` measures with and without.
const only = process.env.USD1_MILESTONES_SITE_LANGUAGES?.split(',');
const languages = siteLanguages({ packageDir, releasesDir }, released, nextOnly).filter(
  (lang) => labelLanguages.includes(lang) && (only === undefined || only.includes(lang)),
);
const languageNames: Record<string, string> = { en: 'English', es: 'Español' };
// Docusaurus Faster (Rspack, SWC, Lightning CSS); USD1_MILESTONES_SITE_FASTER=0 builds with the classic webpack/Babel.
const faster = process.env.USD1_MILESTONES_SITE_FASTER !== '0';
/** Links inside a page stay inside that page's version. */
const base = (file: VFile) => versionPath(versionOfFile(file.path), released);

/**
 * The remark plugin reports and never throws; on the site an unknown citation,
 * term or milestone must stop the build like a broken link does.
 */
function failOnRubricErrors() {
  return (_tree: unknown, file: VFile) => {
    const errors = file.messages.filter((m) => m.source === 'usd1-milestones' && m.fatal);
    if (errors.length > 0) throw new Error(`Rubric link errors in ${file.path}:\n${errors.map(String).join('\n')}`);
  };
}

const docs: RubricDocsOptions = {
  path: 'docs',
  routeBasePath: '/',
  sidebarPath: './sidebars.generated.json',
  lastVersion: released[0] ?? 'current',
  versions: { current: { label: 'Next', path: 'next', banner: 'unreleased' } },
  ...(nextOnly ? { onlyIncludeVersions: ['current'] } : {}),
  // Rubric text arrives as parsed trees (see src/plugin/text-tokens.ts); they go in before anything else runs.
  beforeDefaultRemarkPlugins: [rubricText],
  remarkPlugins: [
    [
      remarkRubric,
      {
        rewrite: {
          glossary: ({ slug }: { slug: string }, file: VFile) => `${base(file)}/glossary#${slug}`,
          milestone: ({ id }: { id: string }, file: VFile) => `${base(file)}/milestones/${id}`,
          citation: ({ key }: { key: string }, file: VFile) => `${base(file)}/sources#${key}`,
          framework: ({ framework, item }: { framework: string; item: string }, file: VFile) =>
            `${base(file)}/frameworks/${framework}#${item}`,
        },
      },
    ],
    failOnRubricErrors,
  ],
  rubric: {
    packageDir,
    releasesDir,
    // In dev, the data package is regenerated from rubric/ by its own step, so edits show up at once.
    regenerate: nextOnly
      ? { rubricDir: process.env.USD1_MILESTONES_SITE_RUBRIC ?? join(root, 'rubric'), root }
      : undefined,
    editBase: `${repositoryUrl}/edit/main`,
    versions: nextOnly ? 'next' : 'all',
  },
};

const config: Config = {
  title: 'USD1 stablecoin milestones',
  tagline: 'A versioned rubric of checkable maturity milestones',
  // The public host is not decided yet; set SITE_URL when deploying (the sitemap and citations use it).
  url: process.env.SITE_URL ?? 'http://localhost:3000',
  baseUrl: '/',
  favicon: 'img/favicon.svg',
  // static-data/ holds /data/<version>/..., written by the site's plugin (src/plugin/generate.ts).
  staticDirectories: ['static', 'static-data'],
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', ...languages],
    localeConfigs: Object.fromEntries(
      // `translate: true`: the translated pages are written by the site's plugin as it starts, after Docusaurus
      // would otherwise have decided, from whether i18n/<lang>/ exists yet, that there is nothing to translate.
      ['en', ...languages].map((lang) => [
        lang,
        { label: languageNames[lang] ?? lang, htmlLang: lang, translate: lang !== 'en' },
      ]),
    ),
  },
  future: faster ? { v4: { removeLegacyPostBuildHeadAttribute: true }, faster: true } : {},
  presets: [
    [
      'classic',
      {
        // The docs plugin is the wrapped one below.
        docs: false,
        blog: false,
        pages: { path: 'src/pages' },
        theme: { customCss: './src/css/custom.css' },
        sitemap: { changefreq: 'weekly', priority: 0.5 },
      } satisfies Preset.Options,
    ],
  ],
  // Local plugins by path, the way Docusaurus loads them (its loader reads TypeScript).
  plugins: [
    ['./src/plugin/index.ts', docs],
    ['./src/plugin/examples-plugin.ts', { examplesDir: join(root, 'examples') }],
    './src/plugin/shown-rubric-plugin.ts',
    ['./src/plugin/site-languages-plugin.ts', { packageDir, releasesDir, versions: nextOnly ? 'next' : 'all' }],
    ['./src/plugin/printed-pdfs-plugin.ts', { newest: released[0] }],
    ['./src/plugin/release-digests-plugin.ts', { releasesDir }],
  ],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en', ...languages],
        docsRouteBasePath: '/',
        indexBlog: false,
        indexPages: false,
        highlightSearchTermsOnTargetPage: true,
      },
    ],
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'USD1 milestones',
      items: [
        // A link per page, current only on that page (a `doc` item is current on every page of its sidebar).
        { type: 'custom-docPage', docId: 'map', label: 'Milestone map', position: 'left' },
        { type: 'custom-docPage', docId: 'glossary', label: 'Glossary', position: 'left' },
        { type: 'custom-docPage', docId: 'sources', label: 'Sources', position: 'left' },
        { to: '/self-assessment', label: 'Self-assessment', position: 'left' },
        { to: '/compare', label: 'Compare', position: 'left' },
        { to: '/data', label: 'Download', position: 'left' },
        // The version menu marks the version being read inside it; its button is not a page of its own.
        { type: 'docsVersionDropdown', position: 'right', dropdownActiveClassDisabled: true },
        // The language menu offers only pages that exist (src/components/LanguageMenu).
        ...(languages.length > 0 ? [{ type: 'custom-languages', position: 'right' as const }] : []),
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        '"USD1 stablecoins" is a generic, descriptive phrase; this site is independent and not affiliated with any issuer. Educational only: not financial, legal or tax advice.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
