/**
 * Writes the site's docs before Docusaurus reads them: Next (docs/) from the
 * data package's rubric.json (regenerated from rubric/ by the package's own
 * step in dev), and each frozen release (versioned_docs/version-X/) from its own data, with
 * a sidebar per version and versions.json. Generated output is not committed;
 * generating twice writes the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { type Dirent, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { openTextChecker, type TextChecker } from '@usd1-milestones/check/texts';
import {
  type ExportContext,
  type ExportFormatInfo,
  exportFileName,
  exportFiles,
  exportFormat,
  exportFormats,
  exportRubric,
} from '@usd1-milestones/core/export';
import { releaseDate, releaseTranslationChanges } from '@usd1-milestones/core/loader';
import { PdfUnavailableError, printPdfs } from '@usd1-milestones/core/print';
import { translateRubric } from '@usd1-milestones/core/translations';
import type { Rubric } from '@usd1-milestones/rubric';
import { type RenderedVersion, renderVersion } from './pages';
import { labelsFor } from './pages/labels';
import { resolveTexts } from './text-tokens';
import {
  publishedShape,
  readTranslation,
  releaseData,
  releasedVersions,
  translatedVersions,
  translationPath,
  versionPath,
} from './versions';

export interface SiteSources {
  /** The Docusaurus site folder the pages are written into. */
  readonly siteDir: string;
  /** The data package's folder (@usd1-milestones/rubric): Next is its rubric.json. */
  readonly packageDir: string;
  /** Frozen releases, one `<version>.json` each. */
  readonly releasesDir: string;
  /**
   * For `npm run dev`: before reading Next, run the data package's own generate
   * step on this rubric folder (from the repository `root`), so that an edit in
   * rubric/ shows up at once. The site itself never reads rubric/.
   */
  readonly regenerate?: { readonly rubricDir: string; readonly root: string } | undefined;
  /** The repository's edit URL prefix for Next's pages, or null for none. */
  readonly editBase: string | null;
  /** `next` builds Next only (for `npm run dev`); `all` every release as well. */
  readonly versions: 'all' | 'next';
  /** Per-text time limit in seconds for checking rubric text. */
  readonly seconds?: number;
  /** False leaves out the releases' PDFs (tests of the pages alone); they are printed by default. */
  readonly pdf?: boolean;
  /**
   * The Docusaurus locale being built. Besides the English pages, a locale
   * other than `en` gets its own under i18n/<locale>/: every version that has
   * a translation into it, rendered from the translated data.
   */
  readonly locale?: string;
}

/** A problem in the data or its text: the reader's to fix, so it is reported without a stack trace. */
export class SiteDataError extends Error {
  override name = 'SiteDataError';
}

/**
 * Next: the data package's rubric.json, regenerated first in dev. A problem in
 * rubric/ is reported as the generate step prints it, with file, line and column.
 */
export async function loadNext(sources: SiteSources): Promise<Rubric> {
  if (sources.regenerate) {
    const { rubricDir, root } = sources.regenerate;
    const args = ['run', '--silent', 'generate:files', '-w', '@usd1-milestones/rubric', '--'];
    const run = spawnSync('npm', [...args, '--rubric', rubricDir, '--package', sources.packageDir], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      const printed = run.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'));
      throw new SiteDataError(
        `the rubric in ${rubricDir} has problems:\n${printed.map((line) => `  ${line}`).join('\n')}`,
      );
    }
  }
  const file = join(sources.packageDir, 'rubric.json');
  try {
    return publishedShape(JSON.parse(readFileSync(file, 'utf8')), file);
  } catch (error) {
    throw new SiteDataError(error instanceof Error ? error.message : String(error));
  }
}

/** Every file the site's docs need, as paths relative to the site folder and their contents. */
export async function renderSite(sources: SiteSources): Promise<Map<string, string>> {
  const checker = openTextChecker(sources.seconds ? { seconds: sources.seconds } : {});
  try {
    return await renderWith(sources, checker);
  } finally {
    await checker.close();
  }
}

async function renderWith(sources: SiteSources, checker: TextChecker): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const released = releasedVersions(sources.releasesDir);
  const included = sources.versions === 'all' ? released : [];
  const data = (version: string) => {
    try {
      return releaseData(version, sources.releasesDir);
    } catch (error) {
      throw new SiteDataError(error instanceof Error ? error.message : String(error));
    }
  };
  const add = async (folder: string, sidebarFile: string, rendered: RenderedVersion, rubric: Rubric, base: string) => {
    let pages: Awaited<ReturnType<typeof resolveTexts>>;
    try {
      pages = await resolveTexts(rendered, { rubric, base, checker });
    } catch (error) {
      throw new SiteDataError(error instanceof Error ? error.message : String(error));
    }
    for (const page of pages) files.set(`${folder}/${page.path}`, page.content);
    files.set(sidebarFile, `${JSON.stringify(rendered.sidebar, null, 2)}\n`);
  };

  for (const [i, version] of included.entries()) {
    const older = released[i + 1];
    const rubric = data(version);
    const base = versionPath(version, released);
    const rendered = renderVersion(
      rubric,
      {
        label: version,
        previous: older ? { label: older, data: data(older) } : undefined,
        editBase: null,
        citeVersion: version,
        labels: labelsFor('en'),
        citation: citationOf(rubric, releaseDate(sources.releasesDir, version)),
      },
      base,
    );
    await add(
      `versioned_docs/version-${version}`,
      `versioned_sidebars/version-${version}-sidebars.json`,
      rendered,
      rubric,
      base,
    );
  }

  const next = await loadNext(sources);
  const newest = released[0];
  const rendered = renderVersion(
    next,
    {
      label: `Next (${next.version} and unreleased changes)`,
      previous: newest ? { label: newest, data: data(newest) } : undefined,
      editBase: sources.editBase,
      citeVersion: `${next.version} and unreleased changes`,
      labels: labelsFor('en'),
    },
    '/next',
  );
  await add('docs', 'sidebars.generated.json', rendered, next, '/next');
  files.set('versions.json', `${JSON.stringify(included, null, 2)}\n`);
  // Every version's data as static files, for consumers that fetch over HTTP.
  // `released` is newest first: a release's previous one is the next in the list.
  const previousOf = (version: string) => {
    const older = released[released.indexOf(version) + 1];
    return {
      previous: older ? data(older) : null,
      // What the release changed in its translations, listed apart from the rubric's meaning.
      translations: released.includes(version) ? releaseTranslationChanges(sources.releasesDir, version, older) : [],
    };
  };
  for (const version of included)
    addData(files, data(version), version, releaseDate(sources.releasesDir, version), previousOf(version));
  if (newest && sources.versions === 'all')
    addData(files, data(newest), 'latest', releaseDate(sources.releasesDir, newest), previousOf(newest));
  addData(files, next, 'next', releaseDate(sources.releasesDir, next.version), {
    previous: newest ? data(newest) : null,
  });
  if (sources.locale && sources.locale !== 'en') {
    const versions = { next, data };
    for (const [path, content] of await renderLocale(
      { ...sources, locale: sources.locale },
      checker,
      included,
      released,
      versions,
    ))
      files.set(path, content);
  }
  return files;
}

/**
 * A locale's pages: for each version translated into it, the version's pages
 * from the translated data, with the labels of the locale, in the folder
 * Docusaurus reads a locale's docs from; and the locale's sidebar labels.
 * A string the translation lacks shows in English, and its page says so.
 */
async function renderLocale(
  sources: SiteSources & { readonly locale: string },
  checker: TextChecker,
  included: readonly string[],
  released: readonly string[],
  versions: { readonly next: Rubric; readonly data: (version: string) => Rubric },
): Promise<Map<string, string>> {
  const { locale } = sources;
  const files = new Map<string, string>();
  const labels = labelsFor(locale);
  const root = `i18n/${locale}/docusaurus-plugin-content-docs`;
  for (const version of translatedVersions(locale, sources, released)) {
    if (version !== 'current' && !included.includes(version)) continue;
    const english = version === 'current' ? versions.next : versions.data(version);
    const path = translationPath(version, locale, sources);
    let translation: ReturnType<typeof readTranslation>;
    try {
      translation = readTranslation(path);
    } catch (error) {
      // A file edited by hand: said as the reader's problem, with the file, not as a crash.
      throw new SiteDataError(`${path} is not a translation file: ${(error as Error).message}`);
    }
    const { rubric, fallback } = translateRubric(english, translation.strings);
    const stale = Object.entries(translation.strings).flatMap(([key, s]) => (s.stale ? [key] : []));
    const released_ = version !== 'current';
    const index = released.indexOf(version);
    const older = released_ ? released[index + 1] : released[0];
    const base = versionPath(version, released);
    const rendered = renderVersion(
      rubric,
      {
        label: released_ ? version : labels.next(english.version),
        previous: older ? { label: older, data: versions.data(older) } : undefined,
        editBase: released_ ? null : sources.editBase,
        citeVersion: released_ ? version : labels.nextCite(english.version),
        // The citation of a release names it as published: its English title, as in its citation.bib.
        citation: released_ ? citationOf(english, releaseDate(sources.releasesDir, version)) : undefined,
        labels,
        english,
        fallback: new Set(fallback),
        stale: new Set(stale),
      },
      base,
    );
    let pages: Awaited<ReturnType<typeof resolveTexts>>;
    try {
      pages = await resolveTexts(rendered, { rubric, base, checker });
    } catch (error) {
      throw new SiteDataError(error instanceof Error ? error.message : String(error));
    }
    const folder = version === 'current' ? 'current' : `version-${version}`;
    for (const page of pages) files.set(`${root}/${folder}/${page.path}`, page.content);
    files.set(
      `${root}/${folder}.json`,
      `${JSON.stringify(sidebarLabels(english, rubric, labels, version), null, 2)}\n`,
    );
  }
  return files;
}

/**
 * The sidebar's category labels and the version's label in the locale, as
 * Docusaurus reads them from i18n/<locale>/docusaurus-plugin-content-docs/<version>.json.
 */
function sidebarLabels(
  english: Rubric,
  translated: Rubric,
  labels: ReturnType<typeof labelsFor>,
  version: string,
): Record<string, { message: string; description: string }> {
  const entry = (message: string, description: string) => ({ message, description });
  const out: Record<string, { message: string; description: string }> = {};
  if (version === 'current')
    out['version.label'] = entry(
      labels.next(english.version).split(' (')[0] ?? 'Next',
      'The label for version current',
    );
  for (const [i, b] of english.buckets.entries()) {
    const title = translated.buckets[i]?.title ?? b.title;
    out[`sidebar.rubric.category.${b.number}. ${b.title}`] = entry(
      `${b.number}. ${title}`,
      `The label for category ${b.number}. ${b.title} in sidebar rubric`,
    );
  }
  out['sidebar.rubric.category.Crosswalks'] = entry(
    labels.crosswalks,
    'The label for category Crosswalks in sidebar rubric',
  );
  return out;
}

/** A release's citation, as its citation.bib and citation.csl.json downloads hold it. */
function citationOf(rubric: Rubric, releasedAt: string) {
  return {
    version: rubric.version,
    bibtex: exportRubric(rubric, 'bibtex', releasedAt),
    cslJson: exportRubric(rubric, 'cite-csl-json', releasedAt),
  };
}

/**
 * `/data/<name>/`: rubric.json, one JSON per milestone, the OSCAL catalog, a
 * mapping collection per framework (from 1.5.0), the CSV checklist, each saying which version it is. `name` is a version,
 * `latest` (the newest release) or `next`.
 */
function addData(
  files: Map<string, string>,
  rubric: Rubric,
  name: string,
  releasedAt: string,
  context: ExportContext,
): void {
  const folder = `${STATIC_DATA}/data/${name}`;
  // The PDF is printed apart (see printPdfs below): it is bytes, and only releases have one.
  for (const format of exportFormats.filter((f: ExportFormatInfo) => !f.printed))
    for (const { fileName, framework } of exportFiles(rubric, format))
      files.set(
        `${folder}/${fileName}`,
        exportRubric(rubric, format.id, releasedAt, framework === undefined ? context : { ...context, framework }),
      );
  for (const m of rubric.milestones)
    files.set(
      `${folder}/milestones/${m.id}.json`,
      `${JSON.stringify({ rubricVersion: rubric.version, milestone: m }, null, 2)}\n`,
    );
}

/** The static folder the data files go into; the site config lists it among its static directories. */
export const STATIC_DATA = 'static-data';

/** The folders the generator owns: a file in them that it no longer writes is removed. */
const OWNED = ['docs', 'versioned_docs', 'versioned_sidebars', STATIC_DATA];

/** And, when a locale other than English is built, its folder: i18n/<locale>/docusaurus-plugin-content-docs. */
const ownedFor = (locale: string | undefined): string[] =>
  locale && locale !== 'en' ? [...OWNED, `i18n/${locale}/docusaurus-plugin-content-docs`] : OWNED;

/**
 * Renders the site and writes it. Only files whose bytes differ are written,
 * so a watcher on the output sees changes only where there are some.
 */
export async function generateSite(sources: SiteSources): Promise<{ written: number; removed: number }> {
  const files = await renderSite(sources);
  const pdfs = sources.pdf === false ? [] : plannedPdfs(sources);
  let written = 0;
  let removed = 0;
  const owned = ownedFor(sources.locale);
  for (const path of owned.flatMap((folder) => filesUnder(sources.siteDir, folder))) {
    if (!files.has(path) && !pdfs.some((pdf) => pdf.path === path)) {
      rmSync(join(sources.siteDir, path));
      removed++;
    }
  }
  for (const folder of owned) pruneEmptyFolders(join(sources.siteDir, folder));
  for (const [path, content] of files) {
    const target = join(sources.siteDir, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written++;
  }
  written += await writePdfs(sources.siteDir, pdfs);
  return { written, removed };
}

interface PlannedPdf {
  /** Where it goes, relative to the site folder. */
  readonly path: string;
  readonly html: string;
  readonly releasedAt: string;
}

/** A PDF per release (and the newest again as `latest`); Next has none, having no release date. */
export function plannedPdfs(sources: SiteSources): PlannedPdf[] {
  if (sources.versions !== 'all') return [];
  const released = releasedVersions(sources.releasesDir);
  const pdf = exportFormat('pdf');
  if (!pdf) return [];
  return [...released.map((v) => [v, v] as const), ...(released[0] ? [['latest', released[0]] as const] : [])].map(
    ([folder, version]) => {
      const releasedAt = releaseDate(sources.releasesDir, version);
      return {
        path: `${STATIC_DATA}/data/${folder}/${exportFileName(pdf, version)}`,
        html: exportRubric(releaseData(version, sources.releasesDir), 'pdf', releasedAt),
        releasedAt,
      };
    },
  );
}

/** Where printed PDFs are kept by the hash of their print layout: a frozen release is printed once per machine. */
const PDF_CACHE = 'node_modules/.cache/usd1-milestones-pdf';

/**
 * Prints the PDFs that are not printed yet and copies them into place. With
 * no Chromium the site is built without them, and says so and how to get them.
 */
async function writePdfs(siteDir: string, pdfs: readonly PlannedPdf[]): Promise<number> {
  const cache = join(siteDir, PDF_CACHE);
  const keyOf = (pdf: PlannedPdf) => createHash('sha256').update(pdf.releasedAt).update(pdf.html).digest('hex');
  const missing = pdfs.filter((pdf) => !existsSync(join(cache, `${keyOf(pdf)}.pdf`)));
  if (missing.length > 0) {
    try {
      const printed = await printPdfs(missing);
      mkdirSync(cache, { recursive: true });
      for (const [i, pdf] of missing.entries())
        writeFileSync(join(cache, `${keyOf(pdf)}.pdf`), printed[i] as Uint8Array);
    } catch (error) {
      if (!(error instanceof PdfUnavailableError)) throw error;
      process.stderr.write(
        `usd1-milestones site: the PDFs were skipped (${error.message}); build again once Chromium is there, or make one with \`npx usd1-milestones export --format pdf --version V --out FILE\`\n`,
      );
    }
  }
  let written = 0;
  for (const pdf of pdfs) {
    const cached = join(cache, `${keyOf(pdf)}.pdf`);
    if (!existsSync(cached)) continue;
    const target = join(siteDir, pdf.path);
    const bytes = readFileSync(cached);
    if (existsSync(target) && readFileSync(target).equals(bytes)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    written++;
  }
  return written;
}

/** Removes the folders under `folder` that a removed page left empty (a version that is gone). */
function pruneEmptyFolders(folder: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const path = join(folder, entry.name);
    pruneEmptyFolders(path);
    if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
  }
}

/** Files under `folder` of `root`, as root-relative paths with `/`. */
function filesUnder(root: string, folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
