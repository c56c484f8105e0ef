/**
 * Skipping documentation that cannot hold a finding must not change a single
 * result: every Markdown fixture of the plugin and the CLI, every hostile
 * payload and a few files built to look harmless, checked with the shortcut
 * and with a full parse (USD1_MILESTONES_PARSE_ALL=1), give the same output.
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotHaveFindings } from '../src/lib/prefilter.js';
import { copyFixture, runCli } from './run.js';

const remarkFixtures = join(import.meta.dirname, '../../remark-rubric/test/fixtures');
const projectDocs = join(import.meta.dirname, 'fixtures/project/docs');

describe('the shortcut for documentation without citations or links', () => {
  it('gives exactly the full parse’s findings on every fixture and payload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-prefilter-'));
    await cp(remarkFixtures, join(dir, 'remark'), { recursive: true });
    await cp(projectDocs, join(dir, 'project'), { recursive: true });
    await mkdir(join(dir, 'payloads'));
    const payloads = JSON.parse(await readFile(join(remarkFixtures, 'payloads/payloads.json'), 'utf8')) as {
      text: string;
    }[];
    for (const [i, p] of payloads.entries()) await writeFile(join(dir, `payloads/${i}.md`), `${p.text}\n`);
    const tricky = {
      'plain.md': '# Notes\n\nNothing to check here.\n',
      'entity-link.md': '[a](glossary&#58;nope)\n',
      'entity-at.md': '[&#64;fsb-2032]\n',
      'numbered.md': 'See [3].\n\n## References\n\n1. One\n',
      'setext.md': 'See [2].\n\n**Sources**\n-----------\n\n1. One\n',
      'escaped-colon.md': '[a](glossary\\:nope)\n',
      'prose.md': 'The rule references other sources of truth.\n',
      'handles.md': 'Thanks @octocat and mail@example.org.\n',
      'in-text.md': 'As @fsb-2032 says.\n',
      'bracket-at.md': 'Thanks [@octocat].\n',
      'deep.md': `${Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`,
    };
    for (const [name, text] of Object.entries(tricky)) await writeFile(join(dir, name), text);
    const fast = await runCli(['check', '.', '--format', 'json', '--no-cache'], dir);
    const full = await runCli(['check', '.', '--format', 'json', '--no-cache'], dir, {
      USD1_MILESTONES_PARSE_ALL: '1',
    });
    expect(JSON.parse(fast.stdout).length).toBeGreaterThan(20);
    expect([fast.code, fast.stdout]).toEqual([full.code, full.stdout]);
    expect(fast.stdout).toContain('"file": "deep.md"');
  });

  it('skips only what has no citation, no &, no link scheme and no Sources heading', () => {
    expect(cannotHaveFindings('# Notes\n\nJust prose.\n')).toBe(true);
    expect(cannotHaveFindings('The rule references other sources, and a milestone too.\n')).toBe(true);
    expect(cannotHaveFindings('Write to mail@example.org about @typescript-eslint.\n')).toBe(true);
    for (const text of [
      '[mail@x.org]',
      'as @fsb-2023 says',
      'a &amp; b',
      '[x](glossary:y)',
      '[x](glossary\\:y)',
      '## Sources',
      '## The references',
      'Sources\n===',
    ]) {
      expect({ text, skip: cannotHaveFindings(text) }).toEqual({ text, skip: false });
    }
  });
});

describe('the documentation checked with the rubric', () => {
  it('is ./docs by default and the `docs` list when usd1-milestones.json has one', async () => {
    const project = await copyFixture('project');
    await writeFile(join(project, 'README.md'), 'See [@fsb-2099].\n');
    const byDefault = await runCli(['check', '--format', 'json'], project);
    expect(JSON.parse(byDefault.stdout).map((f: { file: string }) => f.file)).not.toContain('README.md');
    await writeFile(join(project, 'usd1-milestones.json'), '{"docs": ["README.md"]}\n');
    const configured = await runCli(['check', '--format', 'json'], project);
    const files = JSON.parse(configured.stdout).map((f: { file: string }) => f.file);
    expect(files).toContain('README.md');
    expect(files).not.toContain('docs/guide.md');
  });
});
