/**
 * Every interface string of the site's own code has its Spanish in
 * i18n/es/code.json. Docusaurus shows the English of a missing one without a
 * word, so a label added in English only would go unnoticed on /es/. The ids
 * are read the way `docusaurus write-translations` reads them (Docusaurus's
 * own extractor over src/); the few built from a value (`outcome.${outcome}`)
 * are expanded from the lists they come from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { extractAllSourceCodeFileTranslations, getBabelOptions } from '@docusaurus/babel';
import { globTranslatableSourceFiles } from '@docusaurus/utils';
import { outcomes } from '@usd1-milestones/assess';
import { exportFormats } from '@usd1-milestones/core/export';
import { describe, expect, it } from 'vitest';

const site = join(import.meta.dirname, '..');

async function sourceIds(): Promise<{ ids: string[]; dynamic: string[] }> {
  const files = await globTranslatableSourceFiles([join(site, 'src')]);
  const extracted = await extractAllSourceCodeFileTranslations(files, getBabelOptions({ isServer: true }));
  const ids = extracted.flatMap((file) => Object.keys(file.translations));
  // A `translate()` whose id is a template is a warning of the extractor, with the file it is in.
  const dynamic = extracted.flatMap((file) => file.warnings.map((w) => `${file.sourceCodeFilePath}: ${w}`));
  return { ids, dynamic };
}

const expanded = [
  ...outcomes.map((o) => `outcome.${o}`),
  // A form's status, or the one it is scored as (which may be `not-assessed`).
  ...outcomes.map((s) => `status.${s}`),
  ...exportFormats.flatMap((f) => [`data.format.${f.id}.label`, `data.format.${f.id}.description`]),
];

describe('the Spanish of the site interface', () => {
  const spanish = JSON.parse(readFileSync(join(site, 'i18n/es/code.json'), 'utf8')) as Record<string, unknown>;

  it('has every id the site code uses', async () => {
    const { ids } = await sourceIds();
    expect(ids.length).toBeGreaterThan(80);
    expect(ids.filter((id) => !(id in spanish))).toEqual([]);
  });

  it('has every id built from a value, and knows every place that builds one', async () => {
    const { dynamic } = await sourceIds();
    // Four translate() calls build their id from a value; a fifth needs its list added to `expanded` above.
    expect(dynamic).toHaveLength(4);
    expect(expanded.filter((id) => !(id in spanish))).toEqual([]);
  });

  it('has every label of the search box and page (the local search plugin brings no Spanish of its own)', () => {
    const client = join(
      createRequire(import.meta.url).resolve('@easyops-cn/docusaurus-search-local/package.json'),
      '../dist/client',
    );
    const ids = new Set(
      readdirSync(client, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.jsx?$/.test(file))
        .flatMap((file) =>
          [...readFileSync(join(client, file), 'utf8').matchAll(/id: ?"(theme\.Search[\w.]+)"/g)].map(
            (m) => m[1] as string,
          ),
        ),
    );
    expect(ids.size).toBeGreaterThan(8);
    expect([...ids].filter((id) => !(id in spanish))).toEqual([]);
  });

  it('has no id the code no longer uses', async () => {
    const { ids } = await sourceIds();
    const used = new Set([...ids, ...expanded]);
    expect(Object.keys(spanish).filter((id) => !used.has(id) && !id.startsWith('theme.'))).toEqual([]);
  });
});
