/**
 * The PDF of the newest release, printed by Debian's Chromium (core/print):
 * its text, read back with pdftotext (poppler-utils), holds the version and
 * every criterion id; its page count is within bounds; it has an outline
 * and internal links; and printing it twice gives the same bytes. Without
 * Chromium or pdftotext the tests say so, and fail in CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReleases, releaseDate } from '@usd1-milestones/core/loader';
import { chromiumPath, rubricPdf } from '@usd1-milestones/core/print';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const releasesDir = join(import.meta.dirname, '..', 'releases');
const newest = loadReleases(releasesDir).at(-1);
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const ready = existsSync(chromiumPath()) && hasPdftotext;
if (!ready) {
  const message = `\n*** PDF tests NOT RUN: they need Chromium at ${chromiumPath()} and pdftotext: \`apt-get install -y chromium poppler-utils\`. In CI this is a failure. ***\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

describe.skipIf(!ready)('the PDF of the newest release', () => {
  const dir = mkdtempSync(join(tmpdir(), 'usd1-pdf-'));
  let first: Uint8Array;
  let text: string;
  let info: string;
  beforeAll(async () => {
    if (!newest) throw new Error('no release');
    first = await rubricPdf(newest, { releasedAt: releaseDate(releasesDir, newest.version) });
    const file = join(dir, 'rubric.pdf');
    writeFileSync(file, first);
    text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the version, its release date and every criterion id', () => {
    if (!newest) throw new Error('no release');
    const day = releaseDate(releasesDir, newest.version).slice(0, 10);
    expect(text).toContain(`Version ${newest.version}, released ${day}`);
    const ids = newest.milestones.flatMap((m) => m.criteria.map((c) => c.id));
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !text.includes(id))).toEqual([]);
    for (const heading of ['Contents', 'Glossary', 'Sources', 'Crosswalks']) expect(text).toContain(heading);
    // Each bucket numbered once in the contents.
    expect(text).toContain('1. Promise clarity');
    expect(text).not.toMatch(/\d\. \d\. /);
  });

  it('has a page count within bounds, its title, and the release date as its date', () => {
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(20);
    expect(pages).toBeLessThanOrEqual(80);
    expect(info).toMatch(/^Title:\s+USD1 stablecoin milestones, version \d+\.\d+\.\d+$/m);
    // The release's own date-time, not the day the test runs.
    const released = releaseDate(releasesDir, newest?.version ?? '');
    expect(info).toMatch(
      new RegExp(`^CreationDate:\\s+${released.replace(/\.\d+/, '').replace('Z', '(Z|\\+00(:00)?)')}$`, 'm'),
    );
    const raw = Buffer.from(first).toString('latin1');
    const stamp = releaseDate(releasesDir, newest?.version ?? '').replace(/[-:TZ]/g, '');
    expect(raw).toContain(`/CreationDate (D:${stamp}+00'00')`);
    // An outline (bookmarks) and internal links to the buckets.
    expect(raw).toContain('/Outlines');
    expect(raw).toContain('/Dest /b-promise-clarity');
  });

  it('is the same bytes when printed again', async () => {
    if (!newest) throw new Error('no release');
    const again = await rubricPdf(newest, { releasedAt: releaseDate(releasesDir, newest.version) });
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  }, 120_000);
});
