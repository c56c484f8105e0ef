#!/usr/bin/env node
/**
 * Writes the site's docs from @usd1-milestones/rubric before Docusaurus
 * builds: Next (docs/) from the package's current data, and each frozen
 * release (versioned_docs/version-X/) from its own data, with a sidebar per
 * version and versions.json. Generated output is not committed; building
 * twice writes the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repositoryUrl } from '@usd1-milestones/core/rules';
import { rubric } from '@usd1-milestones/rubric';
import { renderVersion } from './pages.mjs';
import { resolveTexts } from './rubric-text.mjs';
import { releaseData, releasedVersions, versionPath } from './versions.mjs';

const site = join(dirname(fileURLToPath(import.meta.url)), '..');
const released = releasedVersions();

// Problems in the data are the reader's to fix, so they end the build with their message, not a stack trace.
process.on('uncaughtException', (error) => {
  process.stderr.write(`generate-site: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

async function writeVersion(folder, sidebarFile, rendered, data, version) {
  const pages = await resolveTexts(rendered, { rubric: data, base: versionPath(version, released) });
  rmSync(folder, { recursive: true, force: true });
  for (const page of pages) {
    const path = join(folder, page.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, page.content);
  }
  mkdirSync(dirname(sidebarFile), { recursive: true });
  writeFileSync(sidebarFile, `${JSON.stringify(rendered.sidebar, null, 2)}\n`);
}

for (const [i, version] of released.entries()) {
  const older = released[i + 1];
  const data = releaseData(version);
  const rendered = renderVersion(data, {
    label: version,
    previous: older ? { label: older, data: releaseData(older) } : undefined,
    editBase: null,
  });
  await writeVersion(
    join(site, 'versioned_docs', `version-${version}`),
    join(site, 'versioned_sidebars', `version-${version}-sidebars.json`),
    rendered,
    data,
    version,
  );
}

const next = renderVersion(rubric, {
  label: `Next (${rubric.version} and unreleased changes)`,
  previous: released[0] ? { label: released[0], data: releaseData(released[0]) } : undefined,
  editBase: `${repositoryUrl}/edit/main`,
});
await writeVersion(join(site, 'docs'), join(site, 'sidebars.generated.json'), next, rubric, 'current');
writeFileSync(join(site, 'versions.json'), `${JSON.stringify(released, null, 2)}\n`);

// The example assessments (hypothetical arrangements), for the self-assessment page.
const examplesDir = join(site, '../../examples');
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(examplesDir, name), 'utf8') }));
mkdirSync(join(site, 'src/generated'), { recursive: true });
writeFileSync(join(site, 'src/generated/examples.json'), `${JSON.stringify(examples, null, 2)}\n`);
console.log(`generate-site: Next and ${released.length} release(s): ${released.join(', ')}`);
