// The USD1 milestones site. Pages are generated from @usd1-milestones/rubric by
// scripts/generate-site.mjs; this config only decides how they are published.
import remarkRubric from '@usd1-milestones/remark-rubric';
import { releasedVersions, versionOfFile, versionPath } from './scripts/versions.mjs';
import rubricText from './src/remark/rubric-text.mjs';

const released = releasedVersions();
/** Links inside a page stay inside that page's version. */
const base = (file) => versionPath(versionOfFile(file.path), released);

/**
 * The plugin reports and never throws; on the site an unknown citation, term
 * or milestone must stop the build like a broken link does.
 */
function failOnRubricErrors() {
  return (_tree, file) => {
    const errors = file.messages.filter((m) => m.source === 'usd1-milestones' && m.fatal);
    if (errors.length > 0) throw new Error(`Rubric link errors in ${file.path}:\n${errors.map(String).join('\n')}`);
  };
}

/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'USD1 stablecoin milestones',
  tagline: 'A versioned rubric of checkable maturity milestones',
  // The public host is not decided yet; set SITE_URL when deploying (the sitemap uses it).
  url: process.env.SITE_URL ?? 'http://localhost:3000',
  baseUrl: '/',
  favicon: 'img/favicon.svg',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.js',
          lastVersion: released[0] ?? 'current',
          versions: {
            current: { label: 'Next', path: 'next', banner: 'unreleased' },
          },
          // Rubric text arrives as parsed trees (see scripts/rubric-text.mjs); they go in before anything else runs.
          beforeDefaultRemarkPlugins: [rubricText],
          remarkPlugins: [
            [
              remarkRubric,
              {
                rewrite: {
                  glossary: ({ slug }, file) => `${base(file)}/glossary#${slug}`,
                  milestone: ({ id }, file) => `${base(file)}/milestones/${id}`,
                  citation: ({ key }, file) => `${base(file)}/sources#${key}`,
                },
              },
            ],
            failOnRubricErrors,
          ],
        },
        blog: false,
        pages: { path: 'src/pages' },
        theme: { customCss: './src/css/custom.css' },
        sitemap: { changefreq: 'weekly', priority: 0.5 },
      }),
    ],
  ],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en'],
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
        { type: 'doc', docId: 'map', label: 'Milestone map', position: 'left' },
        { type: 'doc', docId: 'glossary', label: 'Glossary', position: 'left' },
        { type: 'doc', docId: 'sources', label: 'Sources', position: 'left' },
        { to: '/self-assessment', label: 'Self-assessment', position: 'left' },
        { type: 'docsVersionDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        '"USD1 stablecoins" is a generic, descriptive phrase; this site is independent and not affiliated with any issuer. Educational only: not financial, legal or tax advice.',
    },
  },
};
