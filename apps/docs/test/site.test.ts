/**
 * The built site in a real Chromium (Debian's /usr/bin/chromium through
 * playwright-core), served on 127.0.0.1. Build first: `npm run build -w @usd1-milestones/docs`
 * (turbo does it before `npm test`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  assessmentStatement,
  coverageText,
  type GroupScore,
  type Outcome,
  outcomeTitles,
  PAYLOAD_TYPE,
  parseAssessment,
  type Scorecard,
  scoreAssessment,
} from '@usd1-milestones/assess';
import { generateKeyPair, readPrivateKey, signEnvelope } from '@usd1-milestones/assess/node';
import { groupChanges } from '@usd1-milestones/core/diff';
import { type ExportFormatInfo, exportFiles, exportFormats, exportRubric } from '@usd1-milestones/core/export';
import { releaseDate } from '@usd1-milestones/core/loader';
import { CHROMIUM_ARGS } from '@usd1-milestones/core/print';
import { type Rubric, rubric } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseData, releasedVersions, versionPath } from '../src/plugin/versions';
import { type Served, serve } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const site = join(import.meta.dirname, '..', 'build');
const artifacts = join(import.meta.dirname, '..', '.reports', 'screenshots');
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  const message = `\n*** Browser tests NOT RUN: no Chromium at ${CHROMIUM}. Install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH). In CI this is a failure. ***\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

const released = releasedVersions();

/** What the tests read of an axe-core result. */
interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

// Every released version (the newest at /, older ones under /<version>) and Next.
const versions: { label: string; prefix: string; data: Rubric }[] = [
  ...released.map((label) => ({ label, prefix: versionPath(label, released), data: releaseData(label) })),
  { label: 'Next', prefix: '/next', data: rubric as Rubric },
];

let server: Served;
let browser: Browser;
const consoleErrors: string[] = [];
const repo = join(import.meta.dirname, '../../..');
const cli = join(repo, 'packages/cli/dist/cli.js');
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface OpenOptions {
  readonly viewport?: { width: number; height: number };
  readonly colorScheme?: 'light' | 'dark';
}

async function openPage(
  path: string,
  { viewport = { width: 1280, height: 900 }, colorScheme = 'light' }: OpenOptions = {},
) {
  const page = await browser.newPage({ viewport, colorScheme });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}

/** Every id in a page's server-rendered HTML, fetched once per path. */
const idsByPath = new Map<string, Set<string> | undefined>();
async function idsOf(path: string): Promise<Set<string> | undefined> {
  if (!idsByPath.has(path)) {
    const response = await fetch(`${server.url}${path}`);
    const html = response.ok ? await response.text() : '';
    // Minified HTML may leave an attribute value unquoted.
    const ids = [...html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? '',
    );
    idsByPath.set(path, response.ok ? new Set(ids) : undefined);
  }
  return idsByPath.get(path);
}

describe.skipIf(!haveChromium)('the built site in Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(join(site, 'index.html')))
      throw new Error('apps/docs/build is missing: run `npm run build -w @usd1-milestones/docs`');
    server = await serve(site);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // The flags the PDF is printed with: root in a container needs --no-sandbox; the rest keep Chromium off the network.
      args: [...CHROMIUM_ARGS],
    });
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const version of versions) {
    it(`renders every milestone page of ${version.label} with its title and criteria, and its links resolve`, async () => {
      const page = await browser.newPage();
      page.on('pageerror', (error) => consoleErrors.push(`${version.label}: ${error.message}`));
      const broken: string[] = [];
      for (const m of version.data.milestones) {
        const path = `${version.prefix}/milestones/${m.id}`;
        await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
        expect(await page.locator('article h1').first().textContent()).toBe(`${m.number}. ${m.title}`);
        // Each criterion: its anchor, then a link to it that shows its id, then its text.
        const criteria = await page
          .locator('article li:has(> span.rubric-anchor)')
          .evaluateAll((items) =>
            items.map((li) => [
              li.querySelector('span[id]')?.id,
              li.querySelector('a.criterion-link')?.getAttribute('href'),
              li.textContent?.replace(/\s+/g, ' ').trim(),
            ]),
          );
        // A criterion that may be marked not applicable says when, after its text.
        const when = (c: object) =>
          'mayNotApply' in c && typeof c.mayNotApply === 'string'
            ? ` May be marked not applicable: ${c.mayNotApply}`
            : '';
        expect(criteria).toEqual(m.criteria.map((c) => [c.id, `#${c.id}`, `#${c.id} ${c.text}${when(c)}`]));
        // Rubric text reaches the page only as parsed Markdown: no element carries a handler or a script URL.
        const injected = await page
          .locator('article *')
          .evaluateAll((elements) =>
            elements.flatMap((el) =>
              [...el.attributes]
                .filter((a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value))
                .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
            ),
          );
        expect(injected).toEqual([]);
        expect(await page.locator('article script, article iframe, article object, article embed').count()).toBe(0);
        const links = await page
          .locator('article a[href]')
          .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
        for (const href of links) {
          if (!href || /^(https?:|mailto:)/.test(href) || href.startsWith('#')) continue;
          // Data files (/data/<version>/...) name their version themselves; the data test fetches them.
          if (href.startsWith('/data/')) continue;
          if (!/\/(glossary|milestones|sources|map|stages|frameworks)\b/.test(href)) continue;
          // Links stay inside the page's version.
          const inVersion =
            version.prefix === '' ? !/^\/(next|\d+\.\d+\.\d+)\//.test(href) : href.startsWith(`${version.prefix}/`);
          if (!inVersion) broken.push(`${path}: ${href} leaves the version`);
          const [target = '', fragment] = href.split('#');
          const ids = await idsOf(target);
          if (!ids) broken.push(`${path}: ${href} (no such page)`);
          else if (fragment && !ids.has(decodeURIComponent(fragment))) broken.push(`${path}: ${href} (no such anchor)`);
        }
      }
      await page.close();
      expect(broken).toEqual([]);
    });
  }

  it('goes to the previous and next milestone by number', async () => {
    const page = await openPage('/milestones/reserve-policy');
    const labels = await page
      .locator('nav.pagination-nav a .pagination-nav__label')
      .evaluateAll((links) => links.map((l) => l.textContent));
    expect(labels).toEqual([
      '4. A usable disclosure on which blockchains are supported',
      '6. Segregation and legal clarity around reserve ownership',
    ]);
    await page.close();
  });

  it('turns citations into links to the source entry', async () => {
    const page = await openPage('/milestones/reserve-policy');
    const citations = await page
      .locator('article a.citation')
      .evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(citations.slice(0, 2)).toEqual([
      ['5', '/sources#treasury-2021'],
      ['6', '/sources#imf-2025'],
    ]);
    await page.close();
  });

  it('finds "attestation" with the offline search', async () => {
    const page = await openPage('/');
    await page.locator('.navbar input.navbar__search-input').fill('attestation');
    const suggestion = page.locator('.aa-suggestion, [class*="suggestion"]').first();
    await suggestion.waitFor({ state: 'visible', timeout: 15_000 });
    expect((await suggestion.textContent())?.toLowerCase()).toContain('attestation');
    await page.close();
  });

  it('switches version from the dropdown', async () => {
    const page = await openPage('/milestones/reserve-policy');
    await page.locator('.navbar .dropdown').filter({ hasText: released[0] }).hover();
    await page.locator('.navbar .dropdown__menu a', { hasText: 'Next' }).click();
    await page.waitForURL(/\/next\/milestones\/reserve-policy$/);
    expect(await page.locator('article h1').first().textContent()).toBe(
      '5. A conservative reserve policy linked to redemption reality',
    );
    await page.close();
  });

  it('has dark mode, a sitemap, a print layout and a phone layout', async () => {
    const page = await openPage('/');
    // The toggle cycles system -> light -> dark; dark must be reached within one cycle.
    const toggle = page.locator('button[title*="mode" i], button[aria-label*="mode" i]').first();
    const themes = [await page.locator('html').getAttribute('data-theme')];
    for (let i = 0; i < 3 && !themes.includes('dark'); i++) {
      await toggle.click();
      themes.push(await page.locator('html').getAttribute('data-theme'));
    }
    expect(themes[0]).toBe('light');
    expect(themes).toContain('dark');
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
    expect(sitemap).toContain('/milestones/reserve-policy</loc>');
    expect(sitemap).toContain('/next/milestones/reserve-policy</loc>');
    await page.goto(`${server.url}/milestones/reserve-policy`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.theme-doc-sidebar-container').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await page.close();
    const phone = await openPage('/milestones/reserve-policy', { viewport: { width: 375, height: 740 } });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });

  it('keeps the navbar on one line from the widest screen down to the phone menu, title whole, nothing overlapping', async () => {
    const measured: string[] = [];
    for (const width of [997, 1100, 1199, 1280, 1440])
      for (const path of ['/', '/es/']) {
        const page = await openPage(path, { viewport: { width, height: 400 } });
        const layout = await page.evaluate(() => {
          const parts = [...document.querySelectorAll('.navbar__brand, .navbar__item, .navbar__search')].map((e) =>
            e.getBoundingClientRect(),
          );
          let overlaps = 0;
          for (let i = 0; i < parts.length; i++)
            for (let j = i + 1; j < parts.length; j++) {
              const [a, b] = [parts[i] as DOMRect, parts[j] as DOMRect];
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom && b.top < a.bottom) overlaps++;
            }
          const title = document.querySelector('.navbar__title') as HTMLElement;
          const tallest = Math.max(...[...document.querySelectorAll('.navbar__item')].map((e) => e.clientHeight));
          return { overlaps, cut: title.scrollWidth > title.clientWidth, tallest };
        });
        measured.push(`${path} ${width}: ${layout.overlaps} overlaps, cut ${layout.cut}, tallest ${layout.tallest}px`);
        await page.close();
      }
    // One line of text is about 34 px here; a wrapped item is about 50.
    expect(measured.filter((m) => !/: 0 overlaps, cut false, tallest (2\d|3\d|40)px$/.test(m))).toEqual([]);
  });

  it('saves screenshots of the home page and a milestone page that show the page', async () => {
    for (const [name, path, heading, colorScheme] of [
      ['home-light', '/', 'USD1 stablecoin milestones', 'light'],
      ['home-dark', '/', 'USD1 stablecoin milestones', 'dark'],
      ['milestone-reserve-policy', '/milestones/reserve-policy', '5. A conservative reserve policy', 'light'],
      ['compare-light', '/compare', 'Compare arrangements', 'light'],
      ['compare-dark', '/compare', 'Compare arrangements', 'dark'],
      ['milestone-es-light', '/es/milestones/reserve-policy', '5. Una política de reservas', 'light'],
      ['milestone-es-dark', '/es/milestones/reserve-policy', '5. Una política de reservas', 'dark'],
    ] as const) {
      const page = await openPage(path, { colorScheme });
      expect(await page.locator('main h1, article h1').first().textContent()).toContain(heading);
      expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
      const png = await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
      // The image is the viewport, and it is a rendered page rather than a blank one: read back in the
      // browser, it has many colours and is not mostly one.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 900]);
      const colours = await page.evaluate(
        async (dataUrl: string) => {
          const image = new Image();
          image.src = dataUrl;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d') as CanvasRenderingContext2D;
          context.drawImage(image, 0, 0);
          const { data } = context.getImageData(0, 0, image.width, image.height);
          const counts = new Map<number, number>();
          for (let i = 0; i < data.length; i += 4 * 7) {
            const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          const samples = Math.ceil(data.length / (4 * 7));
          return { distinct: counts.size, top: Math.max(...counts.values()) / samples };
        },
        `data:image/png;base64,${png.toString('base64')}`,
      );
      expect(colours.distinct).toBeGreaterThan(20);
      expect(colours.top).toBeLessThan(0.97);
      await page.close();
    }
  });

  it('shows the milestone map on the landing page: every milestone once, a link, in its bucket and stage', async () => {
    const page = await openPage('/');
    const cells = await page
      .locator('[data-testid="milestone-map"] tbody tr')
      .evaluateAll((rows) =>
        rows.flatMap((row) =>
          [...row.querySelectorAll('td')].flatMap((td) =>
            [...td.querySelectorAll('a')].map((a) => [
              row.querySelector('th')?.textContent,
              td.dataset.stage,
              a.getAttribute('href'),
              a.querySelector('.milestone-map__number')?.textContent,
            ]),
          ),
        ),
      );
    const data = versions[0]?.data as Rubric;
    const stageTitle = (id: string | undefined) => {
      const stage = data.stages.find((s) => s.id === id);
      return stage ? `${stage.number}. ${stage.title}` : 'No stage named';
    };
    expect(cells).toHaveLength(data.milestones.length);
    expect(new Set(cells.map((c) => c[2])).size).toBe(data.milestones.length);
    for (const m of data.milestones) {
      const bucket = data.buckets.find((b) => b.id === m.bucket);
      expect(cells).toContainEqual([
        `${bucket?.number}. ${bucket?.title}`,
        stageTitle(m.stage),
        `/milestones/${m.id}`,
        String(m.number),
      ]);
    }
    // Chips in a cell stand in rows: each is level with the first or a whole chip lower (wrapped), never a few pixels off.
    const offsets = await page.locator('[data-testid="milestone-map"] td ul').evaluateAll((lists) =>
      lists
        .filter((ul) => ul.children.length > 1)
        .flatMap((ul) => {
          const boxes = [...ul.querySelectorAll('.milestone-map__item')].map((a) => a.getBoundingClientRect());
          const first = boxes[0] as DOMRect;
          return boxes.slice(1).map((b) => {
            const offset = b.top - first.top;
            return offset === 0 || offset >= first.height ? 'in a row' : `${offset}px off`;
          });
        }),
    );
    expect(offsets.length).toBeGreaterThan(0);
    expect(new Set(offsets)).toEqual(new Set(['in a row']));
    await page.close();
    // On a phone it stacks instead of overflowing, and its caption spans the width.
    const phone = await openPage('/', { viewport: { width: 375, height: 740 } });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const caption = await phone.locator('[data-testid="milestone-map"] caption').boundingBox();
    expect(caption?.width).toBeGreaterThan(300);
    expect(caption?.height).toBeLessThan(80);
    await phone.close();
  });

  it('marks one navbar link as the current page, and only on that page', async () => {
    for (const [path, current] of [
      ['/map', ['Milestone map']],
      ['/glossary', ['Glossary']],
      ['/sources', ['Sources']],
      ['/milestones/reserve-policy', []],
      ['/next/glossary', ['Glossary']],
      ['/compare', ['Compare']],
    ] as const) {
      const page = await openPage(path);
      // The navbar's own links; the version menu marks the version being read, which is right.
      const marked = await page
        .locator('.navbar__items a.navbar__link[aria-current="page"]')
        .evaluateAll((links) => links.map((l) => l.textContent));
      expect({ path, marked }).toEqual({ path, marked: current });
      await page.close();
    }
  });

  it("shows a milestone's crosswalk mappings, each a link to its framework item, with relationship and rationale", async () => {
    // Next, whose mappings are the rubric package's own (the newest release may have fewer).
    const page = await openPage('/next/milestones/wind-down-plan');
    const items = await page
      .locator('article h2#crosswalks ~ ul > li')
      .evaluateAll((lis) => lis.map((li) => [li.querySelector('a')?.getAttribute('href'), li.textContent?.trim()]));
    const m = rubric.milestones.find((x) => x.id === 'wind-down-plan');
    expect(items.map(([href]) => href)).toEqual(
      m?.mappings.map((x) => `/next/frameworks/${x.target.split('/')[0]}#${x.target.split('/')[1]}`),
    );
    // Each mapping: its item, relationship and rationale type, rationale, then the words of the law it rests on.
    expect(items[0]?.[0]).toBe('/next/frameworks/genius#5910');
    expect(items[0]?.[1]).toMatch(
      /^12 U\.S\.C\. 5910: Treatment of payment stablecoin issuers in insolvency proceedings \(genius\/5910\), intersects-with, semantic: The provision gives holders priority/,
    );
    expect(items[0]?.[1]).toContain('§ 5910(1): “the claim of a person holding payment stablecoins');
    expect(items[0]?.[1]).toContain('(read in civic-source/us-code on GitHub');
    expect(await page.locator('article').textContent()).toContain("Mappings are this rubric's judgement");
    await page.close();
    // A Title III article of MiCA names the Title IV article that applies it to e-money tokens.
    const policy = await openPage('/next/milestones/reserve-policy');
    const art36 = await policy
      .locator('article h2#crosswalks ~ ul > li:has(a[href="/next/frameworks/mica#art-36"])')
      .textContent();
    expect(art36).toContain(
      'which Article 58(1) applies to electronic money institutions issuing significant e-money tokens',
    );
    await policy.close();
  });

  it('gives each source its full date and its link where they were verified', async () => {
    const page = await openPage('/next/sources');
    const text = (await page.locator('article').textContent()) ?? '';
    expect(text).toContain('17 July 2023');
    expect(text).toContain('31 May 2023');
    const links = await page
      .locator('article a[href^="https://"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const verified = (rubric.sources as readonly { URL?: string }[]).flatMap((s) => (s.URL ? [s.URL] : []));
    expect(links).toEqual(expect.arrayContaining(verified));
    expect(verified).toHaveLength(3);
    await page.close();
    // A milestone's own sources list links them too, and "How to cite this" points to the bibliography.
    const citing = rubric.milestones.find((m) => (m.sources as readonly string[]).includes('fsb-2023'));
    const milestone = await openPage(`/next/milestones/${citing?.id}`);
    const hrefs = await milestone.locator('article a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(verified[0]);
    expect(hrefs).toContain('/data/next/sources.csl.json');
    await milestone.close();
  });

  it('says on the MiCA page which title governs a token that references the U.S. dollar', async () => {
    const page = await openPage('/next/frameworks/mica');
    expect(await page.locator('article').textContent()).toContain('so Title IV (Articles 48 to 58) governs it');
    await page.close();
  });

  it('lists each framework item with the milestones that map to it, and the items nothing maps to', async () => {
    const page = await openPage('/frameworks/pfmi');
    expect(await page.locator('article h1').textContent()).toBe('Principles for financial market infrastructures');
    const p1 = await page
      .locator('article h2#P1 + ul > li')
      .evaluateAll((lis) => lis.map((li) => li.querySelector('a')?.getAttribute('href')));
    const expected = rubric.milestones
      .filter((m) => m.mappings.some((x) => x.target === 'pfmi/P1'))
      .map((m) => `/milestones/${m.id}`);
    expect(p1).toEqual(expected);
    // The words of the principle the mapping rests on, quoted, with where they were read.
    expect(await page.locator('article').textContent()).toContain(
      'Principle 1, headline standard: “An FMI should have a well-founded, clear, transparent, and enforceable legal basis',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.locator('article h2#P8').textContent()).toContain('Topic: Settlement finality');
    const unmapped = await page
      .locator('article h2#unmapped + ul > li a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const mappedIds = new Set<string>(
      rubric.milestones.flatMap((m) => m.mappings.map((x) => x.target)).filter((t) => t.startsWith('pfmi/')),
    );
    const pfmi = rubric.frameworks.find((f) => f.id === 'pfmi');
    expect(unmapped).toEqual(pfmi?.items.filter((i) => !mappedIds.has(`pfmi/${i.id}`)).map((i) => `#${i.id}`));
    expect(unmapped).toContain('#P4');
    await page.close();
  });

  it("gives each release's citation on its home page, the same as its downloads, and none for Next", async () => {
    for (const version of released) {
      const data = releaseData(version);
      const at = releaseDate(releasesFolder, version);
      const home = await openPage(versionPath(version, released) || '/');
      expect(await home.locator('[data-testid="cite-bibtex"]').textContent()).toBe(exportRubric(data, 'bibtex', at));
      expect(JSON.parse((await home.locator('[data-testid="cite-csl-json"]').textContent()) ?? '')).toEqual(
        JSON.parse(exportRubric(data, 'cite-csl-json', at)),
      );
      expect(await (await fetch(`${server.url}/data/${version}/citation.bib`)).text()).toBe(
        exportRubric(data, 'bibtex', at),
      );
      await home.close();
    }
    // Each release's PDF, linked from its home page and served with the other files; Next has none.
    for (const version of released) {
      const file = `usd1-milestones-${version}.pdf`;
      const home = await openPage(versionPath(version, released) || '/');
      expect(await home.locator('[data-testid="version-pdf"]').getAttribute('href')).toBe(`/data/${version}/${file}`);
      await home.close();
      const response = await fetch(`${server.url}/data/${version}/${file}`);
      expect({ version, status: response.status }).toEqual({ version, status: 200 });
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    expect((await fetch(`${server.url}/data/latest/usd1-milestones-${released[0]}.pdf`)).status).toBe(200);
    const download = await openPage('/data');
    expect(
      await download
        .locator(`[data-testid="data-versions"] a[href="/data/latest/usd1-milestones-${released[0]}.pdf"]`)
        .count(),
    ).toBe(1);
    await download.close();
    const [newest] = released;
    const bib = await (await fetch(`${server.url}/data/${newest}/citation.bib`)).text();
    expect(bib).toContain(`  version = {${newest}},`);
    expect(bib).toContain(`  date = {${releaseDate(releasesFolder, newest ?? '').slice(0, 10)}},`);
    const next = await openPage('/next');
    expect(await next.locator('[data-testid="cite-bibtex"]').count()).toBe(0);
    expect(await next.locator('main').textContent()).toContain('Next holds unreleased changes and has no citation');
    await next.close();
  });

  it("renders each release's changes page from its changes.json, changed texts word by word", async () => {
    const version = '1.3.0';
    const changes = JSON.parse(await (await fetch(`${server.url}/data/${version}/changes.json`)).text());
    expect([changes.from, changes.to]).toEqual(['1.2.0', version]);
    const page = await openPage(`${versionPath(version, released)}/changes`);
    const items = page.locator('main article .markdown > ul > li');
    expect(await items.count()).toBe(changes.changes.length);
    const withTexts = changes.changes.filter((c: { texts?: unknown[] }) => c.texts);
    expect(withTexts.length).toBeGreaterThan(10);
    expect(await page.locator('main details.word-diff').count()).toBe(
      withTexts.reduce((n: number, c: { texts: unknown[] }) => n + c.texts.length, 0),
    );
    // The first changed text on the page (the changes are shown in the diff's groups), word by word.
    const first = groupChanges(changes.changes)
      .flatMap((g) => g.changes)
      .find((c) => c.texts)?.texts?.[0];
    if (!first) throw new Error('no changed text in 1.3.0');
    const diff = page.locator('main details.word-diff').first();
    expect(await diff.locator('del').allTextContents()).toEqual(
      first.words.filter((w) => w.type === 'removed').map((w) => w.text),
    );
    expect(await diff.locator('ins').allTextContents()).toEqual(
      first.words.filter((w) => w.type === 'added').map((w) => w.text),
    );
    await page.close();
    // A translation changes nothing of meaning: the Spanish page of a release with no English change lists none.
    const [newest] = released;
    const english = JSON.parse(await (await fetch(`${server.url}/data/${newest}/changes.json`)).text());
    const es = await openPage('/es/changes');
    expect(await es.locator('main article .markdown > ul > li').count()).toBe(english.changes.length);
    await es.close();
  });

  it("serves every version's data files, each with its version inside", async () => {
    const names = [...released, 'latest', 'next'];
    for (const name of names) {
      const expected = name === 'latest' ? released[0] : name === 'next' ? rubric.version : name;
      const get = async (file: string) => {
        const response = await fetch(`${server.url}/data/${name}/${file}`);
        expect({ file: `${name}/${file}`, status: response.status }).toEqual({ file: `${name}/${file}`, status: 200 });
        return response.text();
      };
      expect(JSON.parse(await get('rubric.json')).version).toBe(expected);
      expect(JSON.parse(await get('oscal-catalog.json')).catalog.metadata.version).toBe(expected);
      expect((await get('checklist.csv')).split('\r\n')[1]?.split(',')[0]).toBe(expected);
      const milestone = JSON.parse(await get('milestones/reserve-policy.json'));
      expect([milestone.rubricVersion, milestone.milestone.id]).toEqual([expected, 'reserve-policy']);
      const label = name === 'latest' ? released[0] : name === 'next' ? 'Next' : name;
      const data = versions.find((v) => v.label === label)?.data;
      const bibliography = JSON.parse(await get('sources.csl.json')) as { id: string }[];
      expect(bibliography.map((s) => s.id)).toEqual(data?.sources.map((s) => s.id));
      // Every format in core's registry is served, whatever was added since this test was written
      // (the PDF, named with its version, only for releases: Next has no release date; a crosswalk
      // per framework mapped, from 1.5.0).
      if (!data) throw new Error(`no data for ${label}`);
      for (const format of exportFormats.filter((f: ExportFormatInfo) => !(f.printed && name === 'next')))
        for (const { fileName } of exportFiles(data, format)) expect((await get(fileName)).length).toBeGreaterThan(100);
    }
    const genius = JSON.parse(await (await fetch(`${server.url}/data/1.5.0/oscal-mapping-genius.json`)).text());
    expect(genius['mapping-collection'].metadata['oscal-version']).toBe('1.2.2');
    const page = await openPage('/data');
    const links = await page
      .locator('[data-testid="data-versions"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The Download page links one file per version and registered format (Next: no PDF; a crosswalk
    // per framework mapped), and nothing else.
    const dataOf = (name: string) => {
      const label = name === 'latest' ? released[0] : name === 'next' ? 'Next' : name;
      const data = versions.find((v) => v.label === label)?.data;
      if (!data) throw new Error(`no data for ${name}`);
      return data;
    };
    expect([...links].sort()).toEqual(
      ['latest', ...released, 'next']
        .flatMap((name) =>
          exportFormats
            .filter((f: ExportFormatInfo) => !(f.printed && name === 'next'))
            .flatMap((f) => exportFiles(dataOf(name), f).map(({ fileName }) => `/data/${name}/${fileName}`)),
        )
        .sort(),
    );
    expect(links).toContain(`/data/${released[0]}/oscal-catalog.json`);
    expect(links).toContain('/data/1.5.0/oscal-mapping-genius.json');
    expect(links).not.toContain('/data/1.4.0/oscal-mapping-genius.json');
    expect(await page.locator('[data-testid="download-csv"]').getAttribute('href')).toBe('/data/latest/checklist.csv');
    expect(await page.locator('[data-testid="download-oscal"]').getAttribute('href')).toBe(
      '/data/latest/oscal-catalog.json',
    );
    await page.close();
  });

  it('exports the self-assessment as a CSV checklist and imports it back with the same scores', async () => {
    const page = await openPage('/self-assessment');
    await page.locator('[data-testid="example-harbor-dollar.yaml"]').click();
    const before = await page.locator('[data-testid="coverage"] tbody tr').allTextContents();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-csv"]').click(),
    ]);
    const path = join(artifacts, 'exported-checklist.csv');
    await download.saveAs(path);
    const json = JSON.parse(
      execFileSync(process.execPath, [cli, 'assess', path, '--format', 'json'], { encoding: 'utf8' }),
    );
    expect(json.assessments[0].arrangement).toBe('Harbor Dollar (hypothetical)');
    await page.locator('[data-testid="reset"]').click();
    await page.locator('[data-testid="import"]').setInputFiles(path);
    await page.locator('[data-testid="arrangement"]').waitFor();
    expect(await page.locator('[data-testid="arrangement"]').inputValue()).toBe('Harbor Dollar (hypothetical)');
    expect(await page.locator('[data-testid="coverage"] tbody tr').allTextContents()).toEqual(before);
    await page.close();
  });

  it('groups its actions, and exports OSCAL assessment results and a CycloneDX attestation as the CLI writes them', async () => {
    const page = await openPage('/self-assessment');
    expect(await page.locator('[data-testid="toolbar"] fieldset > legend').allTextContents()).toEqual([
      '1. Start from',
      '2. Save your answers',
      'Also',
    ]);
    await page.locator('[data-testid="example-harbor-dollar.yaml"]').click();
    const save = async (testId: string, name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-testid="${testId}"]`).click(),
      ]);
      const path = join(artifacts, name);
      await download.saveAs(path);
      return path;
    };
    const yaml = await save('export', 'exported-for-attestation.yaml');
    const attestation = JSON.parse(readFileSync(await save('export-cyclonedx', 'exported.cdx.json'), 'utf8'));
    const results = JSON.parse(readFileSync(await save('export-oscal-ar', 'exported.oscal-ar.json'), 'utf8'));
    const cliOutput = (format: string) =>
      JSON.parse(execFileSync(process.execPath, [cli, 'assess', yaml, '--format', format], { encoding: 'utf8' }));
    expect(attestation.declarations).toEqual(cliOutput('cyclonedx').declarations);
    expect(attestation.declarations.targets.services[0].name).toBe('Harbor Dollar (hypothetical)');
    const fromCli = cliOutput('oscal-ar')['assessment-results'];
    expect(results['assessment-results'].metadata.title).toBe(fromCli.metadata.title);
    expect(results['assessment-results'].results[0].findings.map((f: { title: string }) => f.title)).toEqual(
      fromCli.results[0].findings.map((f: { title: string }) => f.title),
    );
    await page.close();
  });

  it('ends with the next steps `usd1-milestones assess` lists, in its order', async () => {
    const page = await openPage('/self-assessment');
    await page.locator('[data-testid="example-harbor-dollar.yaml"]').click();
    const yaml = join(artifacts, 'next-steps.yaml');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export"]').click(),
    ]);
    await download.saveAs(yaml);
    const json = JSON.parse(
      execFileSync(process.execPath, [cli, 'assess', yaml, '--format', 'json'], { encoding: 'utf8' }),
    );
    const expected = (json.assessments[0].nextSteps as { milestone: string; criterion?: string }[])
      .slice(0, 10)
      .map((s) => s.criterion ?? s.milestone);
    expect(expected.length).toBe(10);
    expect(
      await page
        .locator('[data-testid="next-steps"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-step'))),
    ).toEqual(expected);
    await page.close();
  });

  it('shows the gaps to a target profile that `assess --target` reports', async () => {
    const page = await openPage('/self-assessment');
    await page.locator('[data-testid="example-harbor-dollar.yaml"]').click();
    const target = join(repo, 'examples/targets/pilot-readiness.yaml');
    await page.locator('[data-testid="target-file"]').setInputFiles(target);
    await page.locator('[data-testid="target-gaps"] tbody tr').first().waitFor();
    const run = spawnSync(
      process.execPath,
      [cli, 'assess', join(repo, 'examples/harbor-dollar.yaml'), '--target', target, '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    const gaps = JSON.parse(run.stdout).assessments[0].gaps as {
      milestone: string;
      criterion?: string;
      want: Outcome;
      have: Outcome;
    }[];
    expect(
      await page
        .locator('[data-testid="target-gaps"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))),
    ).toEqual(gaps.map((g) => [g.milestone, g.criterion ?? '', outcomeTitles[g.want], outcomeTitles[g.have]]));
    await page.close();
  });

  it('offers to carry a file from an older release to this one, as `assess migrate` does', async () => {
    const page = await openPage('/self-assessment');
    await page.locator('[data-testid="reset"]').click();
    await page.locator('[data-testid="import"]').setInputFiles(join(repo, 'examples/meridian-settlement-coin.yaml'));
    await page.locator('[data-testid="upgrade"]').waitFor();
    const migrated = JSON.parse(
      execFileSync(
        process.execPath,
        [
          cli,
          'assess',
          'migrate',
          'examples/meridian-settlement-coin.yaml',
          '--format',
          'json',
          '--out',
          join(artifacts, 'migrated.yaml'),
        ],
        {
          cwd: repo,
          encoding: 'utf8',
        },
      ),
    );
    await page.locator('[data-testid="upgrade-button"]').click();
    await page.locator('[data-testid="upgrade-report"]').waitFor();
    const report = await page.locator('[data-testid="upgrade-report"] li').allTextContents();
    const reviewed = migrated.steps.filter((s: { action: string }) => s.action === 'review').length;
    expect(report[0]).toBe(
      `Carried from rubric 1.0.0 to ${migrated.to}: ${migrated.steps.length} answers, ${migrated.steps.length - reviewed} kept as they were, ${reviewed} to review.`,
    );
    expect(report.length).toBe(1 + reviewed + migrated.notAssessed.length);
    expect(await page.locator('[data-testid="upgrade"]').count()).toBe(0);
    await page.locator('[data-testid="reset"]').click();
    await page.close();
  });

  it('gives each milestone a citation with its version and stable address', async () => {
    const page = await openPage('/milestones/reserve-policy');
    const newest = released[0];
    expect(await page.locator('[data-testid="citation"]').textContent()).toBe(
      `USD1 stablecoin milestones, version ${newest}, Milestone 5: A conservative reserve policy linked to redemption reality. http://localhost:3000/milestones/reserve-policy`,
    );
    await page.close();
  });

  it('compares the examples with the figures `usd1-milestones assess` prints for the same files', async () => {
    const names = ['harbor-dollar.yaml', 'meridian-settlement-coin.yaml'];
    const json = JSON.parse(
      execFileSync(process.execPath, [cli, 'assess', ...names.map((n) => `examples/${n}`), '--format', 'json'], {
        cwd: repo,
        encoding: 'utf8',
      }),
    ) as { assessments: Scorecard[] };
    expect(json.assessments).toHaveLength(2);
    const page = await openPage('/compare');
    const table = await page
      .locator('[data-testid="comparison"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)));
    expect(table).toEqual([
      ...rubric.buckets.map((b) => [b.title, ...json.assessments.map((card) => coverageText(card.buckets[b.id]))]),
      [
        'Not disclosed (milestones)',
        ...json.assessments.map((card) =>
          String(Object.values(card.buckets).reduce((n: number, g: GroupScore) => n + g.counts['not-disclosed'], 0)),
        ),
      ],
    ]);
    // The heatmap: each milestone's status, as the CLI scored it, in words in every cell.
    const heat = await page
      .locator('[data-testid="heatmap"] tr[data-milestone]')
      .evaluateAll((rows) =>
        rows.map((r) => [
          (r as HTMLElement).dataset.milestone,
          ...[...r.querySelectorAll('td')].map((td) => [td.dataset.status, td.textContent?.trim()]),
        ]),
      );
    expect(heat).toHaveLength(rubric.milestones.length);
    for (const row of heat) {
      const [id, ...cells] = row as [string, ...[string, string][]];
      expect(cells.map(([status]) => status)).toEqual(json.assessments.map((card) => card.milestones[id]?.status));
      for (const [status, text] of cells) expect(text).toMatch(new RegExp(`${outcomeTitles[status as Outcome]}$`));
    }
    // Unchecking an example takes it out.
    await page.locator('[data-testid="example-meridian-settlement-coin.yaml"]').uncheck();
    expect(await page.locator('[data-testid="comparison"] thead th').count()).toBe(2);
    await page.close();
  });

  it('keeps two files of one arrangement as two columns, named by date, however often the examples are toggled', async () => {
    const page = await openPage('/compare');
    const example = readFileSync(join(repo, 'examples/harbor-dollar.yaml'), 'utf8');
    const later = join(artifacts, 'harbor-later.yaml');
    writeFileSync(later, example.replace(/^date: .*$/m, 'date: 2026-11-20'));
    const again = join(artifacts, 'harbor-again.yaml');
    writeFileSync(again, example);
    const date = /^date: (.*)$/m.exec(example)?.[1];
    const arrangement = /^arrangement: (.*)$/m.exec(example)?.[1];
    await page.locator('[data-testid="files"]').setInputFiles([later, again]);
    await page.locator('[data-testid="comparison"] thead th').nth(4).waitFor();
    const expected = [
      'Bucket',
      `${arrangement} (${date}, harbor-dollar.yaml)`,
      'Meridian Settlement Coin (hypothetical)',
      `${arrangement} (2026-11-20)`,
      `${arrangement} (${date}, harbor-again.yaml)`,
    ];
    const headings = () => page.locator('[data-testid="comparison"] thead th').allTextContents();
    const heatmapColumns = () => page.locator('[data-testid="heatmap"] thead th').count();
    const cellsPerRow = () =>
      page
        .locator('[data-testid="heatmap"] tr[data-milestone]')
        .evaluateAll((rows) => [...new Set(rows.map((r) => r.querySelectorAll('td').length))]);
    expect(await headings()).toEqual(expected);
    expect(await heatmapColumns()).toBe(5);
    expect(await cellsPerRow()).toEqual([4]);
    for (let i = 0; i < 3; i++) {
      await page.locator('[data-testid="example-harbor-dollar.yaml"]').uncheck();
      await page.locator('[data-testid="example-meridian-settlement-coin.yaml"]').uncheck();
      expect(await headings()).toEqual(['Bucket', `${arrangement} (2026-11-20)`, `${arrangement} (${date})`]);
      await page.locator('[data-testid="example-harbor-dollar.yaml"]').check();
      await page.locator('[data-testid="example-meridian-settlement-coin.yaml"]').check();
      expect(await headings()).toEqual(expected);
      expect(await heatmapColumns()).toBe(5);
      expect(await cellsPerRow()).toEqual([4]);
    }
    await page.close();
  });

  it('shows the timeline `assess history` shows when two files assess one arrangement', async () => {
    const page = await openPage('/compare');
    expect(await page.locator('[data-testid="history"]').count()).toBe(0);
    const earlier = join(repo, 'examples/history/harbor-dollar-2026-05.yaml');
    await page.locator('[data-testid="files"]').setInputFiles(earlier);
    await page.locator('[data-testid="history-table"] tbody tr').nth(1).waitFor();
    const history = JSON.parse(
      execFileSync(
        process.execPath,
        [cli, 'assess', 'history', earlier, join(repo, 'examples/harbor-dollar.yaml'), '--format', 'json'],
        { encoding: 'utf8' },
      ),
    ) as { points: { date: string; madeWith: string; buckets: Record<string, number | null> }[]; changes: unknown[] };
    const rows = await page
      .locator('[data-testid="history-table"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
    expect(rows).toEqual(
      history.points.map((p, i) => [
        `${p.date} (${i === 0 ? 'harbor-dollar-2026-05.yaml' : 'harbor-dollar.yaml'})`,
        p.madeWith,
        ...rubric.buckets.map((b) => {
          const value = p.buckets[b.id];
          return value === null || value === undefined ? 'n/a' : `${Math.round(value * 100)}%`;
        }),
      ]),
    );
    expect(await page.locator('[data-testid="history-changes"] li').count()).toBe(history.changes.length);
    await page.close();
  });

  it('checks a signed assessment in the browser, and refuses a tampered one and a changed file', async () => {
    // Signed as `usd1-milestones assess sign` signs: the statement over the file's bytes and its release's digest.
    const file = join(repo, 'examples/harbor-dollar.yaml');
    const bytes = readFileSync(file);
    const parsed = parseAssessment(bytes.toString('utf8'), 'harbor-dollar.yaml', rubric);
    if (!parsed.assessment) throw new Error('the example does not parse');
    const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
    const statement = assessmentStatement({
      name: 'harbor-dollar.yaml',
      sha256: sha256(bytes),
      assessment: parsed.assessment,
      scorecard: scoreAssessment(parsed.assessment, rubric),
      rubricSha256: sha256(readFileSync(join(releasesFolder, `${parsed.assessment.rubricVersion}.json`))),
    });
    const pair = generateKeyPair('ecdsa-p256');
    const key = readPrivateKey(pair.privateKey);
    if (!key.ok) throw new Error(key.reason);
    const envelope = signEnvelope(PAYLOAD_TYPE, new TextEncoder().encode(JSON.stringify(statement)), key.key);
    const signature = join(artifacts, 'harbor-dollar.yaml.intoto.json');
    writeFileSync(signature, JSON.stringify(envelope));
    const publicKey = join(artifacts, 'signer.pub');
    writeFileSync(publicKey, pair.publicKey);
    const page = await openPage('/compare');
    const result = page.locator('[data-testid="signature-result"]');
    await page.locator('[data-testid="signature-assessment"]').setInputFiles(file);
    await page.locator('[data-testid="signature-envelope"]').setInputFiles(signature);
    await page.locator('[data-testid="signature-key"]').setInputFiles(publicKey);
    await result.waitFor();
    expect(await result.textContent()).toBe(`Valid: harbor-dollar.yaml is signed by key ${key.key.keyid}.`);
    // The payload changed after signing: the signature no longer holds.
    const payload = Buffer.from(envelope.payload, 'base64').toString('utf8').replace('"met"', '"partial"');
    const tampered = join(artifacts, 'tampered.intoto.json');
    writeFileSync(tampered, JSON.stringify({ ...envelope, payload: Buffer.from(payload).toString('base64') }));
    await page.locator('[data-testid="signature-envelope"]').setInputFiles(tampered);
    await page.getByText('Not valid: the signature does not match the payload and the key.').waitFor();
    // The file changed after signing: the signature holds, the subject does not.
    const changed = join(artifacts, 'harbor-changed.yaml');
    writeFileSync(changed, bytes.toString('utf8').replace('status: met', 'status: partial'));
    await page.locator('[data-testid="signature-envelope"]').setInputFiles(signature);
    await page.locator('[data-testid="signature-assessment"]').setInputFiles(changed);
    await page.getByText(/^Not valid: the file's sha256 [0-9a-f]{64} is not the signed subject's/).waitFor();
    await page.close();
  });

  it('lists the first problems of a huge file and says how many more there are', async () => {
    const page = await openPage('/compare');
    const big = join(artifacts, 'compare-huge.yaml');
    const lines = ['arrangement: Huge', 'date: 2026-11-01', 'assessor: Y', 'rubricVersion: 1.2.0', 'milestones:'];
    for (let i = 0; i < 40_000; i++) lines.push(`  unknown-m${i}:`, '    status: met');
    writeFileSync(big, `${lines.join('\n')}\n`);
    await page.locator('[data-testid="files"]').setInputFiles(big);
    await page.locator('[data-testid="problems-more"]').waitFor({ timeout: 120_000 });
    const shown = await page.locator('[data-testid="problems"] li').allTextContents();
    expect(shown).toHaveLength(20);
    expect(shown[0]).toBe(
      'compare-huge.yaml:6:3: Unknown milestone `unknown-m0`, expected a milestone id of the rubric [assessment-schema]',
    );
    expect(await page.locator('[data-testid="problems-more"]').textContent()).toBe(
      '… and 39,980 more (40,000 in all). npx usd1-milestones assess lists every one.',
    );
    // The examples are still compared beside it, and toggling one leaves the columns right.
    await page.locator('[data-testid="example-meridian-settlement-coin.yaml"]').uncheck();
    expect(await page.locator('[data-testid="comparison"] thead th').allTextContents()).toEqual([
      'Bucket',
      'Harbor Dollar (hypothetical)',
    ]);
    await page.close();
  });

  it('compares files the reader adds, and shows their problems with line and column', async () => {
    const page = await openPage('/compare');
    const bad = join(artifacts, 'compare-bad.yaml');
    writeFileSync(
      bad,
      'arrangement: X\ndate: 2026-11-01\nassessor: Y\nrubricVersion: 1.0.0\nmilestones:\n  reserve-policy:\n    status: mett\n',
    );
    const good = join(artifacts, 'compare-good.yaml');
    writeFileSync(
      good,
      'arrangement: Added (hypothetical)\ndate: 2026-11-01\nassessor: Y\nrubricVersion: 1.1.0\nmilestones:\n  reserve-policy:\n    status: partial\n',
    );
    await page.locator('[data-testid="files"]').setInputFiles([bad, good]);
    await page.locator('[data-testid="problems"] li').first().waitFor();
    expect(await page.locator('[data-testid="problems"] li').allTextContents()).toEqual([
      expect.stringMatching(/^compare-bad\.yaml:7:13: .*\[assessment-schema\]$/),
    ]);
    expect(await page.locator('[data-testid="comparison"] thead th').allTextContents()).toEqual([
      'Bucket',
      'Harbor Dollar (hypothetical)',
      'Meridian Settlement Coin (hypothetical)',
      'Added (hypothetical)',
    ]);
    await page.close();
  });

  it('scores the self-assessment page exactly as `usd1-milestones assess` does for the same file', async () => {
    for (const name of ['harbor-dollar.yaml', 'meridian-settlement-coin.yaml']) {
      const json = JSON.parse(
        execFileSync(process.execPath, [cli, 'assess', `examples/${name}`, '--format', 'json'], {
          cwd: repo,
          encoding: 'utf8',
        }),
      ) as { assessments: Scorecard[] };
      const [card] = json.assessments;
      if (!card) throw new Error(`assess printed no scorecard for ${name}`);
      const page = await openPage('/self-assessment');
      await page.locator(`[data-testid="example-${name}"]`).click();
      await page.locator('[data-testid="arrangement"]').waitFor();
      const shown = await page
        .locator('[data-testid="coverage"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)));
      expect({ name, shown }).toEqual({
        name,
        shown: rubric.buckets.map((b) => {
          const g = card.buckets[b.id] as GroupScore;
          return [
            b.title,
            ...['met', 'partial', 'not-met', 'not-disclosed', 'not-applicable', 'not-assessed'].map((o) =>
              String(g.counts[o as keyof GroupScore['counts']]),
            ),
            coverageText(g),
          ];
        }),
      });
      await page.close();
    }
  });

  it('says "not assessed" for a bucket nobody assessed, and scores per criterion', async () => {
    const page = await openPage('/self-assessment');
    await page.locator('[data-testid="reset"]').click();
    expect(await page.locator('[data-testid="coverage-transparency"]').textContent()).toBe('not assessed');
    // Criteria alone decide a milestone that has no status of its own.
    await page.locator('[data-milestone="reserve-reporting"] summary').click();
    const criteria = rubric.milestones.find((m) => m.id === 'reserve-reporting')?.criteria ?? [];
    expect(criteria.length).toBeGreaterThan(1);
    for (const c of criteria) {
      await page.locator(`[data-testid="criterion-reserve-reporting-${c.id}"]`).selectOption('met');
    }
    expect(await page.locator('[data-testid="outcome-reserve-reporting"]').textContent()).toBe('Scored as: met');
    const transparency = rubric.milestones.filter((m) => m.bucket === 'transparency').length;
    expect(await page.locator('[data-testid="coverage-transparency"]').textContent()).toBe(
      `${Math.round((1 / transparency) * 100)}%`,
    );
    await page.close();
  });

  it('updates the profile as statuses change, keeps progress across a reload, and exports the YAML the CLI reads', async () => {
    const page = await openPage('/self-assessment');
    await page.locator('[data-testid="reset"]').click();
    await page.locator('[data-testid="arrangement"]').fill('Browser test (hypothetical)');
    await page.locator('[data-testid="status-reserve-reporting"]').selectOption('met');
    await page.locator('[data-testid="status-attestation-vs-audit"]').selectOption('partial');
    const transparency = page.locator('[data-testid="coverage-transparency"]');
    expect(await transparency.textContent()).toBe('50%');
    expect(decodeURIComponent((await page.locator('[data-testid="profile"]').getAttribute('src')) ?? '')).toContain(
      '>50%</text>',
    );
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('[data-testid="arrangement"]').inputValue()).toBe('Browser test (hypothetical)');
    expect(await transparency.textContent()).toBe('50%');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export"]').click(),
    ]);
    const path = join(artifacts, 'exported-assessment.yaml');
    await download.saveAs(path);
    const json = JSON.parse(
      execFileSync(process.execPath, [cli, 'assess', path, '--format', 'json'], { encoding: 'utf8' }),
    );
    expect(json.assessments[0].buckets.transparency.coverage).toBe(0.5);
    expect(readFileSync(path, 'utf8')).toContain('arrangement: Browser test (hypothetical)');
    await page.close();
  });

  for (const [label, saved] of [
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"text"'],
    ['milestones: null', '{"milestones": null}'],
    ['not JSON', '{"arrangement": '],
    [
      'odd values',
      '{"arrangement": 5, "milestones": {"reserve-policy": {"status": "done", "criteria": []}, "__proto__": {"status": "met"}}}',
    ],
  ] as const) {
    it(`starts a blank or partial form with a notice when the saved progress is ${label}, and starts over`, async () => {
      const page = await browser.newPage();
      page.on('pageerror', (error) => consoleErrors.push(`/self-assessment (${label}): ${error.message}`));
      await page.addInitScript(
        ([key, value]) => {
          if (!sessionStorage.getItem('planted')) {
            localStorage.setItem(key, value);
            sessionStorage.setItem('planted', '1');
          }
        },
        ['usd1-milestones:self-assessment', saved] as const,
      );
      await page.goto(`${server.url}/self-assessment`, { waitUntil: 'networkidle' });
      expect(await page.locator('[data-testid="crashed"]').count()).toBe(0);
      expect(await page.locator('[data-testid="notice"]').textContent()).toMatch(
        /^(The progress saved in this browser could not be read, so the form starts blank\.|Some of the progress saved in this browser could not be read \(\d+ values? left out\); the rest is shown\.)/,
      );
      expect(await page.locator('[data-testid="coverage-transparency"]').textContent()).toBe('not assessed');
      await page.locator('[data-testid="reset"]').click();
      expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
      expect(await page.locator('[data-testid="arrangement"]').inputValue()).toBe('');
      await page.close();
    });
  }

  it('shows the problems `usd1-milestones assess` gives: met without evidence, n/a without a reason', async () => {
    const page = await openPage('/self-assessment');
    await page.locator('[data-testid="reset"]').click();
    await page.locator('[data-testid="status-wind-down-plan"]').selectOption('met');
    await page.locator('[data-testid="status-bridge-risk-disclosure"]').selectOption('not-applicable');
    // In the order the answers were given.
    expect(await page.locator('[data-testid="answer-warnings"] li').allTextContents()).toEqual([
      'Milestone `wind-down-plan` is marked `met` without evidence; add the document, report or on-chain record that shows it',
      'Must fix: Milestone `bridge-risk-disclosure` is marked `not-applicable` without a `reason`; say in `reason` why it does not apply',
    ]);
    await page.locator('[data-testid="evidence-url-wind-down-plan"]').fill('https://example.org/wind-down.pdf');
    expect(await page.locator('[data-testid="answer-warnings"] li').allTextContents()).toEqual([
      'Must fix: Milestone `bridge-risk-disclosure` is marked `not-applicable` without a `reason`; say in `reason` why it does not apply',
    ]);
    // The reason field appears with `not-applicable`; given, the problem goes.
    await page.locator('[data-testid="reason-bridge-risk-disclosure"]').fill('Issued on one chain only.');
    expect(await page.locator('[data-testid="answer-warnings"] li').allTextContents()).toEqual([]);
    await page.locator('[data-testid="reset"]').click();
    await page.close();
  });

  it('flags an evidence URL that `usd1-milestones assess` would reject', async () => {
    const page = await openPage('/self-assessment');
    await page.locator('[data-testid="reset"]').click();
    const url = page.locator('[data-testid="evidence-url-reserve-policy"]');
    await url.fill('javascript:alert(1)');
    expect(await page.locator('[data-testid="evidence-problem-reserve-policy"]').textContent()).toBe(
      'Expected an http(s) URL, or a path relative to the assessment file that stays in its folder; `usd1-milestones assess` rejects a file with this URL',
    );
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    await url.fill('https://example.org/policy.pdf');
    expect(await page.locator('[data-testid="evidence-problem-reserve-policy"]').count()).toBe(0);
    await page.locator('[data-testid="reset"]').click();
    await page.close();
  });

  it('draws the profile chart dark on a dark page', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage('/compare', { colorScheme });
      const chart = page.locator('[data-testid="profile"]');
      expect(await chart.getAttribute('data-theme')).toBe(colorScheme);
      const svg = decodeURIComponent((await chart.getAttribute('src')) ?? '');
      expect(svg).toContain(colorScheme === 'dark' ? 'fill="#1b1b1d"' : 'fill="#fff"');
      await page.close();
    }
  });

  it('shows import problems with their line and column', async () => {
    const page = await openPage('/self-assessment');
    const bad = join(artifacts, 'bad-assessment.yaml');
    writeFileSync(
      bad,
      'arrangement: X\ndate: 2026-11-01\nassessor: Y\nrubricVersion: 1.0.0\nmilestones:\n  reserve-polcy:\n    status: met\n',
    );
    await page.locator('[data-testid="import"]').setInputFiles(bad);
    expect(await page.locator('[data-testid="problems"] li').first().textContent()).toBe(
      'bad-assessment.yaml:6:3: Unknown milestone `reserve-polcy`, expected a milestone id of the rubric; did you mean `reserve-policy`? [assessment-schema]',
    );
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe-core violation on any page kind in ${colorScheme} mode`, async () => {
      const found: string[] = [];
      for (const path of [
        '/',
        '/map',
        '/milestones/reserve-policy',
        '/glossary',
        '/sources',
        '/stages',
        '/signals',
        '/wind-down',
        '/changes',
        '/frameworks/pfmi',
        '/next',
        '/self-assessment',
        '/compare',
        '/data',
        '/es',
        '/es/map',
        '/es/milestones/reserve-policy',
        '/es/glossary',
        '/es/frameworks/mica',
        '/es/next/milestones/reserve-policy',
      ]) {
        const page = await openPage(path, { colorScheme });
        expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
        await page.addScriptTag({ path: axeScript });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }
          ).axe.run();
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map(
              (v) =>
                `${v.id} (${v.impact}): ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(' '))
                  .join(' | ')}`,
            );
        });
        for (const v of violations) found.push(`${path}: ${v}`);
        await page.close();
      }
      expect(found).toEqual([]);
    });
  }

  it('serves the Spanish site under /es/: the rubric in Spanish, the page labels too, the same ids and anchors', async () => {
    const es = (await import('@usd1-milestones/rubric/i18n/es')).rubric;
    const page = await openPage('/es/milestones/reserve-policy');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const policy = es.milestones.find((m) => m.id === 'reserve-policy');
    expect(await page.locator('article h1').textContent()).toBe(`5. ${policy?.title}`);
    // Each heading ends with its hash link's zero-width space.
    expect((await page.locator('article h2').allTextContents()).map((h) => h.replace(/\u200b/g, ''))).toEqual([
      'Criterios',
      'Por qué importa',
      'Cómo leer la evidencia',
      'Fuentes citadas',
      'Hitos relacionados',
      'Correspondencias',
      'Cómo citarlo',
    ]);
    // Criteria keep their ids as anchors, so a link to a criterion works in both languages.
    const english = rubric.milestones.find((m) => m.id === 'reserve-policy');
    for (const c of english?.criteria ?? []) expect(await page.locator(`[id="${c.id}"]`).count()).toBe(1);
    expect(await page.locator('article').textContent()).toContain(policy?.criteria[0]?.text ?? 'missing');
    expect(await page.locator('[data-testid="citation"]').textContent()).toBe(
      `Hitos de las stablecoins USD1, versión ${released[0]}, Hito 5: ${policy?.title}. http://localhost:3000/es/milestones/reserve-policy`,
    );
    // A complete translation: no note that part of the page is in English.
    expect(await page.locator('.theme-admonition').count()).toBe(0);
    // The other language of the same page, for search engines and for readers.
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(alternates).toEqual([
      ['en', 'http://localhost:3000/milestones/reserve-policy'],
      ['es', 'http://localhost:3000/es/milestones/reserve-policy'],
      ['x-default', 'http://localhost:3000/milestones/reserve-policy'],
    ]);
    expect(await page.locator('.navbar__items .navbar__link').allTextContents()).toEqual(
      expect.arrayContaining(['Mapa de hitos', 'Glosario', 'Fuentes']),
    );
    await page.close();
    // The language menu leads from the English page to the Spanish one.
    const englishPage = await openPage('/milestones/reserve-policy');
    expect(await englishPage.locator('html').getAttribute('lang')).toBe('en');
    const menu = englishPage.locator('.navbar__item.dropdown').filter({ hasText: 'English' });
    await menu.hover();
    await menu.locator('a', { hasText: 'Español' }).click();
    await englishPage.waitForURL(`${server.url}/es/milestones/reserve-policy`);
    expect(await englishPage.locator('html').getAttribute('lang')).toBe('es');
    await englishPage.close();
  });

  it('builds Spanish only for the versions translated into it, and lists them in its sitemap', async () => {
    const translated = released.filter((v) => existsSync(join(repo, `packages/rubric/releases/i18n/${v}/es.json`)));
    expect(translated.length).toBeGreaterThan(0);
    const untranslated = released.filter((v) => !translated.includes(v));
    expect(untranslated.length).toBeGreaterThan(0);
    for (const version of untranslated)
      expect((await fetch(`${server.url}/es/${version}/milestones/reserve-policy`)).status).toBe(404);
    expect((await fetch(`${server.url}/es/next/milestones/reserve-policy`)).status).toBe(200);
    const sitemap = await (await fetch(`${server.url}/es/sitemap.xml`)).text();
    expect(sitemap).toContain('<loc>http://localhost:3000/es/milestones/reserve-policy</loc>');
    expect(sitemap).not.toContain(`/es/${untranslated[0]}/`);
    const map = await openPage('/es');
    expect(await map.locator('[data-testid="milestone-map"] thead th').first().textContent()).toBe(
      'Categoría de riesgo',
    );
    await map.close();
    // The assessment pages in Spanish: their words, and the rubric's names from the translation.
    const es = (await import('@usd1-milestones/rubric/i18n/es')).rubric;
    const compare = await openPage('/es/compare');
    expect(await compare.locator('main h1').textContent()).toBe('Comparar acuerdos');
    expect(await compare.locator('[data-testid="comparison"] thead th').first().textContent()).toBe('Categoría');
    expect(await compare.locator('[data-testid="comparison"] tbody th').first().textContent()).toBe(
      es.buckets[0]?.title,
    );
    expect(
      await compare.locator('[data-testid="heatmap"] [data-milestone="reserve-policy"] th a').getAttribute('href'),
    ).toBe('/es/next/milestones/reserve-policy');
    // The chart's own words, inside the image, in Spanish as well.
    const chart = decodeURIComponent(
      ((await compare.locator('[data-testid="profile"]').getAttribute('src')) ?? '').replace(/^data:[^,]*,/, ''),
    );
    expect(chart).toContain('aria-label="Perfil de cobertura por categoría"');
    expect(chart).toContain(`>${es.buckets[0]?.title}</text>`);
    expect(chart).not.toMatch(/Bucket coverage|Coverage per|not assessed/);
    await compare.close();
    const self = await openPage('/es/self-assessment');
    expect(await self.locator('main h1').textContent()).toBe('Autoevaluación');
    expect(await self.locator('[data-testid="coverage"] thead th').allTextContents()).toEqual([
      'Categoría',
      'Cumplido',
      'Parcial',
      'No cumplido',
      'No divulgado',
      'No aplica',
      'No evaluado',
      'Cobertura',
    ]);
    expect(await self.locator('[data-testid="coverage-reserves-custody"]').textContent()).toBe('no evaluado');
    await self.close();
    // The Download page in Spanish: its words and the registry's formats; the files are the same.
    const data = await openPage('/es/data');
    expect(await data.locator('main h1').textContent()).toBe('Descargas y reutilización');
    const headings = await data.locator('[data-testid="data-versions"] thead th').allTextContents();
    expect(headings).toHaveLength(1 + exportFormats.length);
    expect(headings.slice(0, 4)).toEqual([
      'Versión',
      'Catálogo OSCAL',
      'Correspondencia OSCAL',
      'Lista de verificación CSV',
    ]);
    expect(await data.locator('[data-testid="download-csv"]').getAttribute('href')).toBe('/data/latest/checklist.csv');
    await data.close();
  });

  it('logs no console errors on the pages a reader visits', async () => {
    // Its own visits, so that the result does not depend on which tests ran before.
    const errors: string[] = [];
    for (const path of [
      '/',
      '/map',
      '/glossary',
      '/sources',
      '/changes',
      '/milestones/reserve-policy',
      '/next',
      '/self-assessment',
      '/compare',
      '/es',
      '/es/milestones/reserve-policy',
    ]) {
      const page = await browser.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.close();
    }
    expect(errors).toEqual([]);
    // And none on any page the other tests opened, when they ran first.
    expect(consoleErrors).toEqual([]);
  });
});
