/**
 * The site's docs as one Docusaurus plugin: the classic docs plugin, with the
 * rubric's pages generated before it reads them. It wraps
 * @docusaurus/plugin-content-docs (the way Docusaurus documents extending a
 * plugin) instead of running beside it, because plugins start in parallel and
 * the docs plugin reads versions.json and the version folders as it starts:
 * only a wrapper can guarantee the pages exist by then. It keeps the docs
 * plugin's name, so the theme and search find it as usual.
 *
 * In `docusaurus start`, a change in the rubric folder (dev only), the data
 * package's rubric.json or the releases reloads this plugin: `loadContent` regenerates (writing only files whose bytes
 * changed, so the docs plugin's own watcher settles) and then loads the docs.
 */
import { join } from 'node:path';
import type {
  Options as DocsOptions,
  PluginOptions as DocsPluginOptions,
  LoadedContent,
} from '@docusaurus/plugin-content-docs';
import pluginContentDocs, { validateOptions as validateDocsOptions } from '@docusaurus/plugin-content-docs';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
import { generateSite, SiteDataError, type SiteSources } from './generate';
import { releasedVersions, translatedVersions } from './versions';

/** Where the rubric's data comes from; the site folder is Docusaurus's own. */
export type RubricSources = Omit<SiteSources, 'siteDir'>;

export type Options = DocsOptions & { readonly rubric: RubricSources };
type PluginOptions = DocsPluginOptions & { readonly rubric: RubricSources };

// Docusaurus hands a plugin its options as `unknown`; they have passed `validateOptions` below.
export default async function rubricDocs(context: LoadContext, options: unknown): Promise<Plugin<LoadedContent>> {
  const { rubric: sources, ...englishOptions } = options as PluginOptions;
  const locale = context.i18n.currentLocale;
  const site: SiteSources = { ...sources, siteDir: context.siteDir, locale };
  const docsOptions =
    locale === context.i18n.defaultLocale ? englishOptions : localeOptions(englishOptions, sources, locale);
  // A problem in the data ends a build (or the start of `docusaurus start`) with its message, not a stack trace.
  if (!(await generateReporting(site))) throw withoutStackTrace('the site was not built; see the problem above');
  const docs = await pluginContentDocs(context, docsOptions as DocsPluginOptions);
  const loadDocs = docs.loadContent;
  if (!loadDocs)
    throw new Error('@docusaurus/plugin-content-docs no longer has loadContent; update src/plugin/index.ts');
  let generated = true;
  return {
    ...docs,
    getPathsToWatch: () => [
      ...(docs.getPathsToWatch?.() ?? []),
      ...(sources.regenerate ? [join(sources.regenerate.rubricDir, '**/*.{md,yaml}')] : []),
      join(sources.packageDir, 'rubric.json'),
      join(sources.releasesDir, '*.json'),
    ],
    async loadContent() {
      // The first load follows the generation above; a reload means something it reads has changed.
      // While serving, a problem is reported and the last good pages stay up until it is fixed.
      if (!generated) await generateReporting(site);
      generated = false;
      return loadDocs();
    },
  };
}

/**
 * The error that ends Docusaurus for a problem in the data. Docusaurus prints
 * what a plugin throws with `util.inspect`, inside an error of its own ("Unable
 * to build website for locale en.") made a few microtasks later, so both would
 * show their stack traces: a reader's mistake would look like a crash. Stack
 * traces are captured when an error is made, so none are captured until the
 * next task, by which time Docusaurus has made its error and printed it.
 */
function withoutStackTrace(message: string): SiteDataError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  setTimeout(() => {
    Error.stackTraceLimit = limit;
  }, 0);
  return new SiteDataError(message);
}

/**
 * The docs options of a translated locale: only the versions translated into
 * it (a version without a translation is not in that language's site), the
 * newest of them as its last version.
 */
function localeOptions(options: DocsOptionsOf<PluginOptions>, sources: RubricSources, locale: string) {
  const released = sources.versions === 'all' ? releasedVersions(sources.releasesDir) : [];
  const translated = translatedVersions(locale, sources, released);
  const included = translated.filter((v) => v === 'current' || released.includes(v));
  const lastVersion = included.find((v) => v !== 'current') ?? 'current';
  return { ...options, onlyIncludeVersions: included, lastVersion };
}

type DocsOptionsOf<T> = Omit<T, 'rubric'>;

/** Generates the pages; a problem in the data is printed as its message and gives false. */
async function generateReporting(site: SiteSources): Promise<boolean> {
  try {
    await generateSite(site);
    return true;
  } catch (error) {
    if (!(error instanceof SiteDataError)) throw error;
    process.stderr.write(`usd1-milestones site: ${error.message}\n`);
    return false;
  }
}

/** The docs plugin's own validation, with the rubric sources checked here. */
rubricDocs.validateOptions = <T, U>({ validate, options }: OptionValidationContext<T, U>): U => {
  const { rubric, ...docs } = options as Options;
  for (const key of ['packageDir', 'releasesDir'] as const) {
    if (typeof rubric?.[key] !== 'string')
      throw new Error(`usd1-milestones docs plugin: option rubric.${key} must be a string`);
  }
  return { ...validateDocsOptions({ validate, options: docs } as never), rubric } as U;
};
