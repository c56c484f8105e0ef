/**
 * The site generator on a mini site: a two-milestone rubric and one release
 * (test/fixtures/mini-site). The pages it writes are asserted exactly against
 * test/fixtures/mini-site/expected, the way Docusaurus tests its own content
 * plugins. After a deliberate change to the pages, regenerate the expected
 * files with `UPDATE_EXPECTED=1 npx vitest run test/plugin.test.ts` and review
 * the diff.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { type ExportFormatInfo, exportFormats } from '@usd1-milestones/core/export';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateSite, loadNext, renderSite, type SiteSources } from '../src/plugin/generate';

const fixture = join(import.meta.dirname, 'fixtures/mini-site');
const expectedDir = join(fixture, 'expected');
const repo = join(import.meta.dirname, '../../..');
const made: string[] = [];

/** A copy of the fixture's data package (package.json and releases/), for the generate step to write into. */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'usd1-mini-package-'));
  cpSync(join(fixture, 'package'), dir, { recursive: true });
  return dir;
}

// The mini rubric's data package, generated once by the package's own step, as `npm run dev` does.
const packageDir = packageCopy();
beforeAll(async () => {
  await loadNext({ ...sources(), regenerate: { rubricDir: join(fixture, 'rubric'), root: repo } });
}, 60_000);
afterAll(() => rmSync(packageDir, { recursive: true, force: true }));

function sources(overrides: Partial<SiteSources> = {}): SiteSources {
  const siteDir = mkdtempSync(join(tmpdir(), 'usd1-mini-site-'));
  made.push(siteDir);
  return {
    siteDir,
    packageDir,
    releasesDir: join(packageDir, 'releases'),
    editBase: 'https://example.org/edit/main',
    versions: 'all',
    // The pages alone: the PDFs are printed and tested in the real site's build (site.test.ts).
    pdf: false,
    ...overrides,
  };
}

function filesIn(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  }
  return files;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the site generator on a mini site', () => {
  it('writes exactly the expected pages, sidebars and versions', async () => {
    const site = sources();
    await generateSite(site);
    const written = filesIn(site.siteDir);
    if (process.env.UPDATE_EXPECTED) {
      rmSync(expectedDir, { recursive: true, force: true });
      for (const [path, content] of written) {
        mkdirSync(dirname(join(expectedDir, path)), { recursive: true });
        writeFileSync(join(expectedDir, path), content);
      }
    }
    const expected = filesIn(expectedDir);
    expect([...written.keys()].filter((path) => !path.startsWith('static-data/')).sort()).toEqual([
      'docs/changes.mdx',
      'docs/glossary.mdx',
      'docs/index.mdx',
      'docs/map.mdx',
      'docs/milestones/01-alpha.mdx',
      'docs/milestones/02-beta.mdx',
      'docs/signals.mdx',
      'docs/sources.mdx',
      'docs/stages.mdx',
      'sidebars.generated.json',
      'versioned_docs/version-1.0.0/changes.mdx',
      'versioned_docs/version-1.0.0/glossary.mdx',
      'versioned_docs/version-1.0.0/index.mdx',
      'versioned_docs/version-1.0.0/map.mdx',
      'versioned_docs/version-1.0.0/milestones/01-alpha.mdx',
      'versioned_docs/version-1.0.0/milestones/02-beta.mdx',
      'versioned_docs/version-1.0.0/signals.mdx',
      'versioned_docs/version-1.0.0/sources.mdx',
      'versioned_docs/version-1.0.0/stages.mdx',
      'versioned_sidebars/version-1.0.0-sidebars.json',
      'versions.json',
    ]);
    for (const [path, content] of written) expect(content, path).toBe(expected.get(path));
    expect(expected.size).toBe(written.size);
  });

  it('says on Next what changed since the release, from the semantic diff', async () => {
    const files = await renderSite(sources());
    expect(files.get('docs/changes.mdx')).toContain(
      'Changes since version 1.0.0, item by item. This release is a **minor** release.',
    );
    expect(files.get('versioned_docs/version-1.0.0/changes.mdx')).toContain(
      'Version 1.0.0 is the first release: 2 milestones with 2 criteria, 2 glossary terms and 1 source',
    );
  });

  it('writes nothing on a second run, and removes a page it no longer makes', async () => {
    const site = sources();
    const first = await generateSite(site);
    expect(first.removed).toBe(0);
    const before = filesIn(site.siteDir);
    writeFileSync(join(site.siteDir, 'docs/milestones/03-gone.mdx'), 'left over\n');
    mkdirSync(join(site.siteDir, 'versioned_docs/version-0.9.0/milestones'), { recursive: true });
    writeFileSync(join(site.siteDir, 'versioned_docs/version-0.9.0/milestones/01-alpha.mdx'), 'left over\n');
    expect(await generateSite(site)).toEqual({ written: 0, removed: 2 });
    expect(filesIn(site.siteDir)).toEqual(before);
    // The folders of a version that is gone go too.
    expect(existsSync(join(site.siteDir, 'versioned_docs/version-0.9.0'))).toBe(false);
  });

  it('builds without the PDFs where there is no Chromium, and says so and how to get them', async () => {
    const site = sources({ pdf: true });
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    const said: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((text: string) => said.push(String(text)) > 0) as typeof process.stderr.write;
    try {
      await generateSite(site);
    } finally {
      process.stderr.write = write;
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
    expect(said).toEqual([
      'usd1-milestones site: the PDFs were skipped (no Chromium at /nonexistent/chromium: install it (`apt-get install chromium` on Debian) or set CHROMIUM_PATH); build again once Chromium is there, or make one with `npx usd1-milestones export --format pdf --version V --out FILE`\n',
    ]);
    expect(existsSync(join(site.siteDir, 'static-data/data/1.0.0/checklist.csv'))).toBe(true);
    expect(existsSync(join(site.siteDir, 'static-data/data/1.0.0/usd1-milestones-1.0.0.pdf'))).toBe(false);
  });

  it('builds Next alone for `npm run dev`', async () => {
    const files = await renderSite(sources({ versions: 'next' }));
    expect([...files.keys()].filter((path) => !path.startsWith('docs/') && !path.startsWith('static-data/'))).toEqual([
      'sidebars.generated.json',
      'versions.json',
    ]);
    expect(
      [...files.keys()].filter((path) => path.startsWith('static-data/') && !path.includes('/milestones/')),
    ).toEqual(
      // The mini rubric has no frameworks, so no crosswalk (a file per framework mapped).
      exportFormats
        .filter((format: ExportFormatInfo) => !format.printed && !format.perFramework)
        .map((format) => `static-data/data/next/${format.fileName}`),
    );
    expect(files.get('versions.json')).toBe('[]\n');
  });

  it('stops with the rubric problem, file, line and column, when the rubric has one', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'usd1-mini-rubric-'));
    made.push(broken);
    for (const [path, content] of filesIn(join(fixture, 'rubric'))) {
      mkdirSync(dirname(join(broken, path)), { recursive: true });
      writeFileSync(join(broken, path), content.replace('sources: [fsb-2023]', 'sources: [fsb-2032]'));
    }
    const copy = packageCopy();
    made.push(copy);
    const error = await renderSite(sources({ packageDir: copy, regenerate: { rubricDir: broken, root: repo } })).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(
      new RegExp(
        `^the rubric in ${broken} has problems:\\n {2}\\S*${broken.split('/').at(-1)}/milestones/01-alpha\\.md:14:11: error Unknown source key \`fsb-2032\`; did you mean \`fsb-2023\`\\? \\[citation-unknown\\]\\n {2}\\S*${broken.split('/').at(-1)}/milestones/01-alpha\\.md:18:14: error The body cites \`fsb-2023\`, which the front matter's \`sources\` does not list: add it to \`sources\` \\[milestone-sources\\]\\n {2}generate: 2 error\\(s\\) in \\S+ \\(as \`usd1-milestones check\` reports them\\); nothing written$`,
      ),
    );
  });

  it('ends `docusaurus build` with the problem in one message, no stack trace, when a release is malformed', () => {
    const releases = mkdtempSync(join(tmpdir(), 'usd1-bad-releases-'));
    made.push(releases);
    writeFileSync(join(releases, '9.9.9.json'), '{"version": "9.9.9"}\n');
    const site = join(import.meta.dirname, '..');
    const out = join(releases, 'build');
    const run = spawnSync(
      process.execPath,
      [join(site, '../../node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '.', '--out-dir', out],
      {
        cwd: site,
        env: { ...process.env, USD1_MILESTONES_SITE_RELEASES: releases },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.status).toBe(1);
    // The problem, then Docusaurus's own report of the error that ended the build, without a stack trace.
    expect(run.stderr).toMatch(
      /^usd1-milestones site: releases\/9\.9\.9\.json does not have the published shape: title: Invalid input: expected string, received undefined\n\[ERROR\] \[Error: Unable to build website for locale en\.\] \{\n {2}\[cause\]: \[SiteDataError: the site was not built; see the problem above\]\n\}\n$/,
    );
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /);
  });
});
