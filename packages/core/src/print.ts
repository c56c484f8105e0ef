/**
 * `@usd1-milestones/core/print` (Node only): a version's PDF, printed from
 * its print layout (the `pdf` export format) by a headless Chromium through
 * playwright-core, an optional peer dependency. Chromium stamps the PDF with
 * the time it was printed; those stamps are set to the release's date, in
 * place and at the same length, so the same version gives the same bytes.
 */
import { existsSync } from 'node:fs';
import { exportRubric } from './lib/export/formats.js';
import type { Rubric } from './lib/schemas.js';

/** No Chromium to print with, or no playwright-core: the message says how to get them. */
export class PdfUnavailableError extends Error {
  override name = 'PdfUnavailableError';
}

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** How Chromium is started: root in a container needs --no-sandbox; the rest keep it off the network. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PrintOptions {
  /** The release's date-time (`2026-12-02T02:47:40Z`): the PDF's dates. */
  readonly releasedAt: string;
  /** Chromium's executable; {@link chromiumPath} by default. */
  readonly executablePath?: string;
}

/** The PDF of `rubric`. Rejects with {@link PdfUnavailableError} when Chromium or playwright-core is missing. */
export async function rubricPdf(rubric: Rubric, options: PrintOptions): Promise<Uint8Array> {
  const html = exportRubric(rubric, 'pdf', options.releasedAt);
  const [pdf] = await printPdfs([{ html, releasedAt: options.releasedAt }], options);
  return pdf as Uint8Array;
}

/** Prints an HTML page (its own CSS page size) to PDF, with an outline and tags. */
export async function printPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const [pdf] = await printPdfs([{ html, releasedAt: options.releasedAt }], options);
  return pdf as Uint8Array;
}

/** Prints several pages with one browser (starting Chromium costs more than printing a page). */
export async function printPdfs(
  pages: readonly { readonly html: string; readonly releasedAt: string }[],
  options: { readonly executablePath?: string } = {},
): Promise<Uint8Array[]> {
  const executablePath = options.executablePath ?? chromiumPath();
  if (!existsSync(executablePath))
    throw new PdfUnavailableError(
      `no Chromium at ${executablePath}: install it (\`apt-get install chromium\` on Debian) or set CHROMIUM_PATH`,
    );
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PdfUnavailableError('playwright-core is not installed: `npm install playwright-core`');
  }
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    // A Chromium that is there but will not start is the machine's to fix, said in one line.
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new PdfUnavailableError(
      `Chromium at ${executablePath} did not start (${first}); set CHROMIUM_PATH to one that does`,
    );
  }
  try {
    // The page is our own HTML, but it holds rubric text: it runs no script and reaches nothing
    // outside itself (data: URLs are the document's own bytes).
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    await context.route(
      () => true,
      (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')),
    );
    const out: Uint8Array[] = [];
    for (const { html, releasedAt } of pages) {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ printBackground: true, outline: true, tagged: true, preferCSSPageSize: true });
      out.push(withDates(pdf, releasedAt));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

/**
 * The PDF with every `D:YYYYMMDDHHmmSS+00'00'` date (its CreationDate and
 * ModDate) set to `releasedAt`. The stamp keeps its length, so no offset in
 * the file's cross-reference table moves.
 */
export function withDates(pdf: Uint8Array, releasedAt: string): Uint8Array {
  const stamp = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(releasedAt);
  if (!stamp) throw new Error(`Expected a release date-time such as 2026-12-02T02:47:40Z, not \`${releasedAt}\``);
  const date = new TextEncoder().encode(`D:${stamp.slice(1).join('')}+00'00'`);
  const out = Uint8Array.from(pdf);
  const text = new TextDecoder('latin1').decode(out);
  for (const match of text.matchAll(/D:\d{14}\+00'00'/g)) out.set(date, match.index);
  return out;
}
