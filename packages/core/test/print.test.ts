/**
 * The PDF's print layout and the date stamping that makes a PDF the same
 * bytes twice. The PDF of the real rubric, printed by Chromium, is tested in
 * the data package (test/pdf.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRubric } from '../src/export.js';
import { readRelease } from '../src/loader.js';
import { chromiumPath, PdfUnavailableError, printPdf, withDates } from '../src/print.js';

const release = readRelease('1.0.0', join(import.meta.dirname, 'fixtures/releases'));

describe('the print layout', () => {
  const html = exportRubric(release, 'pdf', '2026-01-02T03:04:05Z');

  it('has the cover, contents, every milestone and criterion id, the glossary, sources and crosswalks', () => {
    expect(html).toContain('<p class="version">Version 1.0.0, released 2026-01-02</p>');
    for (const id of ['contents', 'glossary', 'sources', 'crosswalks']) expect(html).toContain(`id="${id}"`);
    for (const m of release.milestones) {
      expect(html).toContain(`id="m-${m.id}"`);
      for (const c of m.criteria) expect(html).toContain(`<code>${c.id}</code>`);
    }
    for (const b of release.buckets) expect(html).toContain(`<li><a href="#b-${b.id}">`);
  });

  it('numbers each bucket once in the contents (its own number, in an unnumbered list)', () => {
    const contents = /<ul class="contents">(.*?)<\/ul>/.exec(html)?.[1] ?? '';
    const [first] = release.buckets;
    expect(contents).toContain(`<li><a href="#b-${first?.id}">1. ${first?.title}</a></li>`);
    expect(html).not.toContain('<ol>');
    expect(html).toContain('ul.contents { list-style: none; padding-left: 0; }');
  });

  it('shows a body of 190,000 `[` as text, and a link inside brackets as its words (nested brackets stay text)', () => {
    const hostile = structuredClone(release) as unknown as { milestones: { body: string; summary: string }[] };
    const [first] = hostile.milestones;
    if (!first) throw new Error('fixture has no milestone');
    first.body = '['.repeat(190_000);
    first.summary = 'See [[the policy](https://example.org)] and [a [nested] b](x).';
    const page = exportRubric(hostile as unknown as typeof release, 'pdf', '2026-01-02T03:04:05Z');
    expect(page).toContain(`<p>${'['.repeat(190_000)}</p>`);
    expect(page).toContain('<p class="summary">See [the policy] and [a [nested] b](x).</p>');
  });

  it('shows rubric text as text, never as markup', () => {
    const hostile = structuredClone(release) as unknown as { milestones: { title: string; body: string }[] };
    const [first] = hostile.milestones;
    if (!first) throw new Error('fixture has no milestone');
    first.title = '<img src=x onerror=alert(1)> & [a link](https://example.org)';
    first.body = '<script>alert(1)</script>\n\n## Heading';
    const page = exportRubric(hostile as unknown as typeof release, 'pdf', '2026-01-02T03:04:05Z');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; a link');
    expect(page).toContain('<p>&#60;script&#62;alert(1)&#60;/script&#62;</p>\n<h4>Heading</h4>');
  });
});

describe('the PDF dates', () => {
  it("sets every PDF date stamp to the release's, keeping the length", () => {
    const pdf = new TextEncoder().encode(
      "%PDF-1.4\n<</CreationDate (D:20991231235959+00'00')\n/ModDate (D:20991231235959+00'00')>>\n%%EOF",
    );
    const fixed = new TextDecoder().decode(withDates(pdf, '2026-12-02T02:47:40Z'));
    expect(fixed).toBe(
      "%PDF-1.4\n<</CreationDate (D:20261202024740+00'00')\n/ModDate (D:20261202024740+00'00')>>\n%%EOF",
    );
    expect(() => withDates(pdf, 'soon')).toThrow(
      'Expected a release date-time such as 2026-12-02T02:47:40Z, not `soon`',
    );
  });

  it('says so in one line when what is there is not a Chromium that starts', async () => {
    // /bin/true exists and exits at once: playwright's launch fails, and that is reported, not thrown as is.
    const error = await printPdf('<p>x</p>', { releasedAt: '2026-01-02T03:04:05Z', executablePath: '/bin/true' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PdfUnavailableError);
    expect((error as Error).message).toMatch(
      /^Chromium at \/bin\/true did not start \(.+\); set CHROMIUM_PATH to one that does$/,
    );
  }, 60_000);

  it('says how to get Chromium when there is none', async () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome' })).toBe('/opt/chrome');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    await expect(
      printPdf('<p>x</p>', { releasedAt: '2026-01-02T03:04:05Z', executablePath: '/nonexistent/chromium' }),
    ).rejects.toThrow(
      new PdfUnavailableError(
        'no Chromium at /nonexistent/chromium: install it (`apt-get install chromium` on Debian) or set CHROMIUM_PATH',
      ),
    );
  });
});

describe('the browser that prints', () => {
  it('runs no script and fetches nothing outside the document', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = [
        '<!doctype html><html><head>',
        `<link rel="stylesheet" href="${base}/style.css">`,
        '</head><body><p>PRINTED TEXT</p>',
        `<img src="${base}/image.png" alt="">`,
        `<iframe src="${base}/frame.html"></iframe>`,
        `<script>document.body.insertAdjacentHTML('beforeend', '<p>SCRIPT RAN</p>'); fetch('${base}/fetch');</script>`,
        '</body></html>',
      ].join('\n');
      const pdf = await printPdf(html, { releasedAt: '2026-01-02T03:04:05Z' });
      const file = join(tmpdir(), `usd1-print-${process.pid}.pdf`);
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('PRINTED TEXT');
      expect(text).not.toContain('SCRIPT RAN');
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  }, 120_000);
});
