/**
 * Skipping documentation that cannot hold a finding must not change a single
 * result: every Markdown fixture of the plugin and the CLI, every hostile
 * payload and a few files built to look harmless, checked with the shortcut
 * and with a full parse (USD1_MILESTONES_PARSE_ALL=1), give the same output.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deepestNesting } from '@usd1-milestones/core/rules';
import { rubric } from '@usd1-milestones/rubric';
import { describe, expect, it } from 'vitest';
import { cannotHaveFindings } from '../src/lib/prefilter.js';
import { check } from '../src/project.js';

const remarkFixtures = join(import.meta.dirname, '../../remark-rubric/test/fixtures');
const projectDocs = join(import.meta.dirname, '../../cli/test/fixtures/project/docs');
/** traps/: each hides a finding behind something that looks like code or a link label; skipped/: none. */
const prefilterFixtures = join(import.meta.dirname, 'fixtures/prefilter');

/** The findings of every Markdown file under `dir`, with the shortcut or with a full parse of each file. */
async function findingsIn(dir: string, fastPath: boolean) {
  return (await check({ cwd: dir, paths: ['.'], rubric, cache: false, fastPath })).findings;
}

describe('the shortcut for documentation without citations or links', () => {
  it('gives exactly the full parse’s findings on every fixture and payload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-prefilter-'));
    await cp(remarkFixtures, join(dir, 'remark'), { recursive: true });
    await cp(projectDocs, join(dir, 'project'), { recursive: true });
    await cp(prefilterFixtures, join(dir, 'prefilter'), { recursive: true });
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
    const fast = await findingsIn(dir, true);
    expect(fast.length).toBeGreaterThan(20);
    expect(fast).toEqual(await findingsIn(dir, false));
    expect(fast.map((f) => f.file)).toContain('deep.md');
  });

  it('skips only what has no citation, no &, no link scheme and no Sources heading', () => {
    expect(cannotHaveFindings('# Notes\n\nJust prose.\n')).toBe(true);
    expect(cannotHaveFindings('The rule references other sources, and a milestone too.\n')).toBe(true);
    expect(cannotHaveFindings('Write to mail@example.org about @typescript-eslint.\n')).toBe(true);
    expect(cannotHaveFindings('Pass `&str`, not `&&`; a &amp; b.\n')).toBe(true);
    for (const text of [
      '[mail@x.org]',
      'as @fsb-2023 says',
      'as &#64;fsb-2023 says',
      '[x](glossary&colon;y)',
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

describe('blanking what cannot be text', () => {
  it('finds each trap’s finding in a full parse, and does not skip the trap', async () => {
    const traps = await readdir(join(prefilterFixtures, 'traps'));
    expect(traps.length).toBe(16);
    const full = (await check({ cwd: prefilterFixtures, paths: ['traps'], rubric, cache: false, fastPath: false }))
      .findings;
    const withFindings = new Set(full.map((f) => f.file));
    expect([...withFindings].sort()).toEqual(traps.map((name) => `traps/${name}`).sort());
    for (const name of traps) {
      const text = await readFile(join(prefilterFixtures, 'traps', name), 'utf8');
      expect({ name, skip: cannotHaveFindings(text) }).toEqual({ name, skip: false });
    }
  });

  it('skips fenced code, comments, link labels and references that spell nothing', async () => {
    const skipped = await readdir(join(prefilterFixtures, 'skipped'));
    expect(skipped.length).toBe(2);
    for (const name of skipped) {
      const text = await readFile(join(prefilterFixtures, 'skipped', name), 'utf8');
      expect({ name, skip: cannotHaveFindings(text) }).toEqual({ name, skip: true });
    }
    const full = await check({ cwd: prefilterFixtures, paths: ['skipped'], rubric, cache: false, fastPath: false });
    expect(full.findings).toEqual([]);
    expect(full.files.length).toBe(2);
  });

  it('gives the full parse’s findings with a citation and a link put at the start and the end of every line', async () => {
    // Every place a finding could hide: inside fences, comments, HTML, labels, front matter.
    const dir = await mkdtemp(join(tmpdir(), 'usd1-prefilter-seeded-'));
    const sources: string[] = [];
    for (const root of [remarkFixtures, projectDocs, prefilterFixtures]) {
      for (const entry of await readdir(root, { recursive: true }))
        if (entry.endsWith('.md')) sources.push(join(root, entry));
    }
    expect(sources.length).toBeGreaterThan(40);
    let files = 0;
    for (const [n, source] of sources.entries()) {
      const lines = (await readFile(source, 'utf8')).split('\n');
      for (let i = 0; i < lines.length; i++) {
        for (const [where, seeded] of [
          ['start', `[@nope] ${lines[i]}`],
          ['end', `${lines[i]} [x](glossary:nope)`],
        ] as const) {
          const copy = lines.slice();
          copy[i] = seeded;
          await writeFile(join(dir, `${n}-${i}-${where}.md`), copy.join('\n'));
          files++;
        }
      }
    }
    expect(files).toBeGreaterThan(1000);
    // The shortcut only decides which files are parsed, and parses the rest as a full run does: so
    // its findings equal a full parse's exactly when no file it skips has a finding. One full parse
    // of every file says which do (two runs would parse nearly every seeded file twice).
    const full = await findingsIn(dir, false);
    expect(full.length).toBeGreaterThan(files);
    const withFindings = new Set(full.map((f) => f.file));
    const skippedWithFindings: string[] = [];
    for (const name of await readdir(dir)) {
      const text = await readFile(join(dir, name), 'utf8');
      if (withFindings.has(name) && !deepestNesting(text) && cannotHaveFindings(text)) skippedWithFindings.push(name);
    }
    expect(skippedWithFindings).toEqual([]);
  }, 400_000);
});
