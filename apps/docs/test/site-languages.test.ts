/**
 * A page's address in another language (src/shared/site-languages.ts), as the
 * language menu and the hreflang alternates use it, and the data the site's
 * languages plugin computes from the data package.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLanguagesData } from '../src/plugin/site-languages-plugin';
import { pathIn, type SiteLanguages } from '../src/shared/site-languages';

// English has every release (1.4.0 newest at the root); Spanish only Next and 1.3.0 (its root).
const data: SiteLanguages = {
  languages: {
    en: { versions: ['current', '1.4.0', '1.3.0', '1.2.0'], lastVersion: '1.4.0' },
    es: { versions: ['current', '1.3.0'], lastVersion: '1.3.0' },
  },
  pages: ['/compare', '/data', '/search', '/self-assessment'],
};

describe('a page in another language', () => {
  it.each([
    // [path in English, in Spanish]
    ['/next/milestones/reserve-policy', '/next/milestones/reserve-policy'],
    ['/next', '/next'],
    ['/1.3.0/milestones/reserve-policy', '/milestones/reserve-policy'],
    ['/1.3.0', '/'],
    ['/compare', '/compare'],
    ['/data', '/data'],
    ['/milestones/reserve-policy', undefined],
    ['/', undefined],
    ['/1.2.0/glossary', undefined],
  ])('English %s is Spanish %s', (path, expected) => {
    expect(pathIn(path, 'en', 'es', data)).toBe(expected);
  });

  it.each([
    ['/milestones/reserve-policy', '/1.3.0/milestones/reserve-policy'],
    ['/', '/1.3.0'],
    ['/next/glossary', '/next/glossary'],
    ['/self-assessment', '/self-assessment'],
  ])('Spanish %s is English %s', (path, expected) => {
    expect(pathIn(path, 'es', 'en', data)).toBe(expected);
  });

  it('is the same page in its own language, and nothing in a language the site lacks', () => {
    expect(pathIn('/1.2.0/glossary', 'en', 'en', data)).toBe('/1.2.0/glossary');
    expect(pathIn('/glossary', 'en', 'fr', data)).toBeUndefined();
  });
});

describe('the languages plugin', () => {
  it("gives each language the versions translated into it, its newest at its root, and the site's pages", () => {
    const releasesDir = mkdtempSync(join(tmpdir(), 'usd1-site-languages-'));
    const packageDir = mkdtempSync(join(tmpdir(), 'usd1-site-languages-package-'));
    const pagesDir = mkdtempSync(join(tmpdir(), 'usd1-site-languages-pages-'));
    for (const version of ['1.2.0', '1.3.0', '1.4.0']) writeFileSync(join(releasesDir, `${version}.json`), '{}');
    mkdirSync(join(releasesDir, 'i18n/1.3.0'), { recursive: true });
    writeFileSync(join(releasesDir, 'i18n/1.3.0/es.json'), '{"strings":{}}');
    mkdirSync(join(packageDir, 'i18n'));
    writeFileSync(join(packageDir, 'i18n/es.json'), '{"strings":{}}');
    for (const page of ['compare.tsx', 'data.tsx', '_helper.tsx']) writeFileSync(join(pagesDir, page), '');
    expect(siteLanguagesData({ packageDir, releasesDir, versions: 'all' }, 'en', ['en', 'es'], pagesDir)).toEqual({
      languages: {
        en: { versions: ['current', '1.4.0', '1.3.0', '1.2.0'], lastVersion: '1.4.0' },
        es: { versions: ['current', '1.3.0'], lastVersion: '1.3.0' },
      },
      pages: ['/compare', '/data', '/search'],
    });
  });
});
