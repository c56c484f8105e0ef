/**
 * The pages of a translated version, as the site's generator renders them:
 * the translated data, the page labels of the language, and a note on a page
 * some of whose strings fell back to English or are out of date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translateRubric } from '@usd1-milestones/core/translations';
import { rubric } from '@usd1-milestones/rubric';
import { packageFolder } from '@usd1-milestones/rubric/folder';
import { describe, expect, it } from 'vitest';
import { renderVersion } from '../src/plugin/pages';
import { labelLanguages, labelsFor } from '../src/plugin/pages/labels';
import { releasedVersions, siteLanguages, translatedLanguages } from '../src/plugin/versions';

const texts = JSON.parse(readFileSync(join(packageFolder, 'i18n/es.json'), 'utf8')).strings as Record<
  string,
  { text: string }
>;

function render(keys: Record<string, { text: string }>, stale: string[] = []) {
  const { rubric: data, fallback } = translateRubric(rubric, keys);
  return renderVersion(
    data,
    {
      label: '1.4.0',
      editBase: null,
      citeVersion: '1.4.0',
      labels: labelsFor('es'),
      fallback: new Set(fallback),
      stale: new Set(stale),
    },
    '',
  );
}
const pageAt = (rendered: ReturnType<typeof render>, path: string) =>
  rendered.pages.find((p) => p.path === path)?.content ?? '';

describe('the languages of the site', () => {
  it('are the translated ones once a release has them; with Next alone, only in `npm run dev`', async () => {
    const { mkdtempSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const releasesDir = join(packageFolder, 'releases');
    expect(siteLanguages({ packageDir: packageFolder, releasesDir }, releasedVersions(releasesDir), false)).toEqual([
      'es',
    ]);
    // Releases without a translation (the bench's synthetic ones): Spanish waits for one.
    const bare = mkdtempSync(join(tmpdir(), 'usd1-bare-releases-'));
    copyFileSync(join(releasesDir, '1.0.0.json'), join(bare, '1.0.0.json'));
    const where = { packageDir: packageFolder, releasesDir: bare };
    expect([siteLanguages(where, ['1.0.0'], false), siteLanguages(where, [], true)]).toEqual([[], ['es']]);
  });
});

describe('a translated version', () => {
  it('has page labels for every language the data package translates into', () => {
    const languages = translatedLanguages(packageFolder);
    expect(languages).toContain('es');
    expect(languages.filter((lang) => !labelLanguages.includes(lang))).toEqual([]);
  });

  it('renders the milestone page with the language labels, and no note when every string is translated', () => {
    const page = pageAt(render(texts), 'milestones/05-reserve-policy.mdx');
    expect(page).toContain('## Criterios\n');
    expect(page).toContain('**Hito 5**');
    expect(page).not.toContain(':::note');
  });

  it('says so on a page whose strings are partly in English, and only on that page', () => {
    const { 'criterion:reserve-policy.permitted-assets': _gone, ...partial } = texts;
    const rendered = render(partial);
    expect(pageAt(rendered, 'milestones/05-reserve-policy.mdx')).toContain(
      ':::note\n\nParte de esta página se muestra en inglés: aún no está traducida.\n\n:::',
    );
    expect(pageAt(rendered, 'milestones/06-reserve-segregation.mdx')).not.toContain(':::note');
    const stale = render(texts, ['term:aml:definition']);
    expect(pageAt(stale, 'glossary.mdx')).toContain(
      ':::caution\n\nParte de esta página se tradujo de un texto en inglés anterior y puede estar desactualizada.\n\n:::',
    );
  });
});
