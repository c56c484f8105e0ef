/**
 * `npm run dev`: the dev server builds Next only, and an edit in the rubric
 * folder shows up in the browser without any other step (the data package's
 * own generate step runs on the change, and the site reads the package). The
 * server runs on copies of rubric/ and of the data package
 * (USD1_MILESTONES_SITE_RUBRIC, USD1_MILESTONES_SITE_PACKAGE), so the test never
 * touches the repository's; afterwards the site's generated pages are written
 * again from the real sources.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryUrl } from '@usd1-milestones/core/rules';
import { packageFolder, releasesFolder } from '@usd1-milestones/rubric/folder';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSite } from '../src/plugin/generate';

const site = join(import.meta.dirname, '..');
const repo = join(site, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rubricCopy = mkdtempSync(join(tmpdir(), 'usd1-dev-rubric-'));
const packageCopy = mkdtempSync(join(tmpdir(), 'usd1-dev-package-'));
const port = 3700 + Math.floor(Math.random() * 200);
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let log = '';

async function waitFor<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`${what} did not happen within ${seconds} s; the server said:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.skipIf(!existsSync(CHROMIUM))('npm run dev', () => {
  beforeAll(async () => {
    cpSync(join(repo, 'rubric'), rubricCopy, { recursive: true });
    for (const name of ['package.json', 'releases', 'rubric.json'])
      cpSync(join(packageFolder, name), join(packageCopy, name), { recursive: true });
    server = spawn(
      process.execPath,
      [
        join(repo, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
        'start',
        '.',
        '--port',
        String(port),
        '--no-open',
      ],
      {
        cwd: site,
        env: {
          ...process.env,
          USD1_MILESTONES_SITE_VERSIONS: 'next',
          USD1_MILESTONES_SITE_RUBRIC: rubricCopy,
          USD1_MILESTONES_SITE_PACKAGE: packageCopy,
          // Its own generated-files folder, so that builds running beside it keep theirs.
          DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-dev-test',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    server.stdout?.on('data', (chunk) => {
      log += String(chunk);
    });
    server.stderr?.on('data', (chunk) => {
      log += String(chunk);
    });
    await waitFor('the dev server answering', 120, async () =>
      (await fetch(`http://localhost:${port}/next/`)).ok ? true : undefined,
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(rubricCopy, { recursive: true, force: true });
    rmSync(packageCopy, { recursive: true, force: true });
    rmSync(join(site, '.docusaurus-dev-test'), { recursive: true, force: true });
    // The dev server wrote Next from the copy and no releases: write the site's pages from the real sources again.
    await generateSite({
      siteDir: site,
      packageDir: packageFolder,
      releasesDir: releasesFolder,
      editBase: `${repositoryUrl}/edit/main`,
      versions: 'all',
    });
  }, 120_000);

  it('shows an edit of a milestone title in rubric/ on its page, with no other step', async () => {
    const page = await (browser as Browser).newPage();
    const heading = async () => {
      await page.goto(`http://localhost:${port}/next/milestones/reserve-policy`, { waitUntil: 'networkidle' });
      return page.locator('article h1').first().textContent();
    };
    expect(await heading()).toBe('5. A conservative reserve policy linked to redemption reality');
    const file = join(rubricCopy, 'milestones/05-reserve-policy.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'title: A conservative reserve policy linked to redemption reality',
        'title: A conservative reserve policy, edited while the server runs',
      ),
    );
    // The server regenerates the data first, which checks the whole rubric with the engine: a
    // few seconds on an idle machine, over a minute with both cores busy and other suites running.
    await waitFor('the edited title on the page', 300, async () =>
      (await heading()) === '5. A conservative reserve policy, edited while the server runs' ? true : undefined,
    );
    await page.close();
  }, 360_000);
});
