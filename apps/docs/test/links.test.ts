/**
 * Every internal link of the built site answers: each `href` of every page
 * (links, the language menu, the `hreflang` alternates, the canonical link)
 * that points into the site is requested from the site served on 127.0.0.1,
 * and none may answer 404. Build first (turbo builds before `npm test`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from './server';

const site = join(import.meta.dirname, '..', 'build');
// The address the site is built for (SITE_URL, else the default of docusaurus.config.ts).
const origin = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
let server: Served;

beforeAll(async () => {
  server = await serve(site);
});
afterAll(() => server.close());

/** Every page of the build, as a site path. */
function pages(): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `/${relative(site, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}

/** The site paths a page links to: every href (quoted or not) inside the site, without query and fragment. */
function internalLinks(html: string): string[] {
  const hrefs = [...html.matchAll(/\shref=(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)].map((m) =>
    (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&'),
  );
  return hrefs.flatMap((href) => {
    const url = href.startsWith(origin) ? href.slice(origin.length) || '/' : href;
    if (!url.startsWith('/') || url.startsWith('//')) return [];
    const path = url.replace(/[?#].*$/, '');
    return path === '' ? [] : [path];
  });
}

describe('the built site', () => {
  it('has no internal link, language menu entry or hreflang alternate that answers 404', async () => {
    const linkedFrom = new Map<string, string>();
    const all = pages();
    expect(all.length).toBeGreaterThan(300);
    for (const page of all)
      for (const link of internalLinks(readFileSync(join(site, page), 'utf8')))
        if (!linkedFrom.has(link)) linkedFrom.set(link, page);
    // The Spanish pages link to Spanish pages too: the crawl reaches them.
    expect([...linkedFrom.keys()].filter((l) => l.startsWith('/es/')).length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const [link, page] of linkedFrom) {
      const response = await fetch(`${server.url}${link}`, { redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status === 404) missing.push(`${link} (linked from ${page})`);
    }
    expect(missing).toEqual([]);
  });
});
