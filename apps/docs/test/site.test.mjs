/**
 * The built site in a real Chromium (Debian's /usr/bin/chromium through
 * playwright-core), served on 127.0.0.1. Build first: `npm run build -w @usd1-milestones/docs`
 * (turbo does it before `npm test`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rubric } from '@usd1-milestones/rubric';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseData, releasedVersions, versionPath } from '../scripts/versions.mjs';
import { serve } from './server.mjs';

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
// Every released version (the newest at /, older ones under /<version>) and Next.
const versions = [
  ...released.map((label) => ({ label, prefix: versionPath(label, released), data: releaseData(label) })),
  { label: 'Next', prefix: '/next', data: rubric },
];

let server;
let browser;
const consoleErrors = [];

async function openPage(path, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}

/** Every id in a page's server-rendered HTML, fetched once per path. */
const idsByPath = new Map();
async function idsOf(path) {
  if (!idsByPath.has(path)) {
    const response = await fetch(`${server.url}${path}`);
    const html = response.ok ? await response.text() : '';
    idsByPath.set(path, response.ok ? new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])) : undefined);
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
      // Root in a container needs --no-sandbox; the rest keep Chromium off the (closed) network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
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
      const broken = [];
      for (const m of version.data.milestones) {
        const path = `${version.prefix}/milestones/${m.id}`;
        await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
        expect(await page.locator('article h1').first().textContent()).toBe(`${m.number}. ${m.title}`);
        const criteria = await page
          .locator('article li.task-list-item')
          .evaluateAll((items) => items.map((li) => [li.querySelector('span[id]')?.id, li.textContent?.trim()]));
        expect(criteria).toEqual(m.criteria.map((c) => [c.id, c.text]));
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
          if (!/\/(glossary|milestones|sources|map|stages)\b/.test(href)) continue;
          // Links stay inside the page's version.
          const inVersion =
            version.prefix === '' ? !/^\/(next|\d+\.\d+\.\d+)\//.test(href) : href.startsWith(`${version.prefix}/`);
          if (!inVersion) broken.push(`${path}: ${href} leaves the version`);
          const [target, fragment] = href.split('#');
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
    const phone = await openPage('/milestones/reserve-policy', { width: 375, height: 740 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });

  it('saves screenshots of the home page and a milestone page that show the page', async () => {
    for (const [name, path, heading] of [
      ['home', '/', 'USD1 stablecoin milestones'],
      ['milestone-reserve-policy', '/milestones/reserve-policy', '5. A conservative reserve policy'],
    ]) {
      const page = await openPage(path);
      expect(await page.locator('article h1').first().textContent()).toContain(heading);
      const png = await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
      // The image is the viewport, and it is a rendered page rather than a blank one: read back in the
      // browser, it has many colours and is not mostly one.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 900]);
      const colours = await page.evaluate(
        async (dataUrl) => {
          const image = new Image();
          image.src = dataUrl;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          const { data } = context.getImageData(0, 0, image.width, image.height);
          const counts = new Map();
          for (let i = 0; i < data.length; i += 4 * 7) {
            const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
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

  it('scores the self-assessment page exactly as `usd1-milestones assess` does for the same file', async () => {
    const cli = join(import.meta.dirname, '../../../packages/cli/dist/cli.js');
    const repo = join(import.meta.dirname, '../../..');
    for (const name of ['harbor-dollar.yaml', 'meridian-settlement-coin.yaml']) {
      const json = JSON.parse(
        execFileSync(process.execPath, [cli, 'assess', `examples/${name}`, '--format', 'json'], {
          cwd: repo,
          encoding: 'utf8',
        }),
      );
      const expected = Object.fromEntries(
        Object.entries(json.assessments[0].buckets).map(([id, g]) => [
          id,
          g.coverage === null ? 'null' : String(g.coverage),
        ]),
      );
      const page = await openPage('/self-assessment');
      await page.locator(`[data-testid="example-${name}"]`).click();
      await page.locator('[data-testid="arrangement"]').waitFor();
      const shown = Object.fromEntries(
        await page
          .locator('[data-testid="coverage"] tr[data-bucket]')
          .evaluateAll((rows) => rows.map((r) => [r.dataset.bucket, r.dataset.coverage])),
      );
      expect({ name, shown }).toEqual({ name, shown: expected });
      await page.close();
    }
  });

  it('updates the profile as statuses change, keeps progress across a reload, and exports the YAML the CLI reads', async () => {
    const page = await openPage('/self-assessment');
    await page.locator('[data-testid="reset"]').click();
    await page.locator('[data-testid="arrangement"]').fill('Browser test (hypothetical)');
    await page.locator('[data-testid="status-reserve-reporting"]').selectOption('met');
    await page.locator('[data-testid="status-attestation-vs-audit"]').selectOption('partial');
    const transparency = page.locator('[data-testid="coverage"] tr[data-bucket="transparency"]');
    expect(await transparency.getAttribute('data-coverage')).toBe('0.5');
    expect(decodeURIComponent((await page.locator('[data-testid="profile"]').getAttribute('src')) ?? '')).toContain(
      '>50%</text>',
    );
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('[data-testid="arrangement"]').inputValue()).toBe('Browser test (hypothetical)');
    expect(await transparency.getAttribute('data-coverage')).toBe('0.5');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export"]').click(),
    ]);
    const path = join(artifacts, 'exported-assessment.yaml');
    await download.saveAs(path);
    const cli = join(import.meta.dirname, '../../../packages/cli/dist/cli.js');
    const json = JSON.parse(
      execFileSync(process.execPath, [cli, 'assess', path, '--format', 'json'], { encoding: 'utf8' }),
    );
    expect(json.assessments[0].buckets.transparency.coverage).toBe(0.5);
    expect(readFileSync(path, 'utf8')).toContain('arrangement: Browser test (hypothetical)');
    await page.close();
  });

  it('shows import problems with their line and column', async () => {
    const page = await openPage('/self-assessment');
    const bad = join(artifacts, 'bad-assessment.yaml');
    const { writeFileSync } = await import('node:fs');
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

  it('logs no console errors on the pages a reader visits', async () => {
    // Its own visits, so that the result does not depend on which tests ran before.
    const errors = [];
    for (const path of [
      '/',
      '/map',
      '/glossary',
      '/sources',
      '/changes',
      '/milestones/reserve-policy',
      '/next',
      '/self-assessment',
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
