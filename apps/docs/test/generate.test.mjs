import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rubric } from '@usd1-milestones/rubric';
import { describe, expect, it } from 'vitest';
import { renderVersion } from '../scripts/pages.mjs';
import { previewPages } from '../scripts/rubric-text.mjs';
import { releaseData, releasedVersions } from '../scripts/versions.mjs';

const site = join(import.meta.dirname, '..');
const outputs = ['docs', 'versioned_docs', 'versioned_sidebars', 'versions.json', 'sidebars.generated.json'];

function snapshot() {
  const hashes = {};
  const visit = (path) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else hashes[relative(site, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  };
  for (const output of outputs) visit(join(site, output));
  return hashes;
}

const generate = () => execFileSync(process.execPath, ['scripts/generate-site.mjs'], { cwd: site, encoding: 'utf8' });

describe('the site generator', () => {
  it('writes byte-identical files on a second run', () => {
    generate();
    const first = snapshot();
    generate();
    expect(snapshot()).toEqual(first);
  });

  it('writes one page per milestone and the shared pages for Next and every release', () => {
    generate();
    const pages = (folder) => readdirSync(join(site, folder, 'milestones')).length;
    expect(pages('docs')).toBe(rubric.milestones.length);
    for (const version of releasedVersions()) {
      expect(pages(`versioned_docs/version-${version}`)).toBe(releaseData(version).milestones.length);
      const shared = readdirSync(join(site, `versioned_docs/version-${version}`))
        .filter((name) => name.endsWith('.mdx'))
        .sort();
      expect(shared).toEqual([
        'changes.mdx',
        'glossary.mdx',
        'index.mdx',
        'map.mdx',
        'signals.mdx',
        'sources.mdx',
        'stages.mdx',
        'wind-down.mdx',
      ]);
    }
    expect(JSON.parse(readFileSync(join(site, 'versions.json'), 'utf8'))).toEqual(releasedVersions());
  });

  it('points "Edit this page" of Next at the rubric file that holds the text', () => {
    generate();
    const page = readFileSync(join(site, 'docs/milestones/05-reserve-policy.mdx'), 'utf8');
    expect(page).toContain(
      'custom_edit_url: "https://github.com/usd1-milestones/usd1-milestones/edit/main/rubric/milestones/05-reserve-policy.md"',
    );
    const released = readFileSync(
      join(site, `versioned_docs/version-${releasedVersions()[0]}/milestones/05-reserve-policy.mdx`),
      'utf8',
    );
    expect(released).toContain('custom_edit_url: null');
  });

  it('lists changes on "What changed" item by item, from the semantic diff', () => {
    const previous = releaseData(releasedVersions()[0]);
    const next = structuredClone(previous);
    next.milestones[11].criteria.push({
      id: 'compliance-roles.travel-rule',
      text: 'The arrangement says who applies the travel rule.',
    });
    next.milestones[4].body += 'One more sentence.\n';
    const rendered = renderVersion(next, {
      label: 'Next',
      previous: { label: '1.0.0', data: previous },
      editBase: null,
    });
    const changes = previewPages(rendered.pages, rendered.texts).find((page) => page.path === 'changes.mdx').content;
    expect(changes).toContain('Changes since version 1.0.0, item by item. This release is a **minor** release.');
    expect(changes).toContain(
      '## Added\n\n- Milestone 12 (`compliance-roles`) gained the criterion `compliance-roles.travel-rule`: The arrangement says who applies the travel rule.',
    );
    expect(changes).toContain('## Editorial\n\n- Milestone 5 (`reserve-policy`): body reworded');
  });
});
