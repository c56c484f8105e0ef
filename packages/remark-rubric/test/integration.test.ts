import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { engine } from 'unified-engine';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkRubric from '../src/index.js';
import { fixtures, messagesOf, processFile } from './helpers.js';

const run = promisify(execFile);
const packageDir = join(import.meta.dirname, '..');
const remarkBin = join(packageDir, '../../node_modules/.bin/remark');

describe('rewrite', () => {
  const doc =
    'See [arbitrage](glossary:arbitrage), [Milestone 5](milestone:reserve-policy) and [see @imf-2025, p. 4; @bis-2025].\n';

  it('turns links and citations into URLs from templates', async () => {
    const file = await processFile(
      'doc.md',
      {
        rewrite: {
          glossary: '/docs/next/glossary#{slug}',
          milestone: '/docs/next/milestones/{id}',
          citation: '/docs/next/sources#{key}',
        },
      },
      doc,
    );
    expect(String(file)).toBe(
      'See [arbitrage](/docs/next/glossary#arbitrage), [Milestone 5](/docs/next/milestones/reserve-policy) and \\[see [6](/docs/next/sources#imf-2025), p. 4; [7](/docs/next/sources#bis-2025)].\n',
    );
    expect(file.messages).toEqual([]);
  });

  it('accepts functions, for version-aware sites', async () => {
    const version = '1.0.0';
    const file = await processFile(
      'doc.md',
      {
        rewrite: {
          glossary: ({ slug }, file) => `/docs/${file.basename === 'doc.md' ? version : 'other'}/glossary#${slug}`,
          milestone: ({ number }) => `/docs/${version}/m/${number}`,
          citation: ({ number }) => `/docs/${version}/sources#source-${number}`,
        },
      },
      doc,
    );
    expect(String(file)).toContain('[Milestone 5](/docs/1.0.0/m/5)');
    expect(String(file)).toContain('[arbitrage](/docs/1.0.0/glossary#arbitrage)');
    expect(String(file)).toContain('[6](/docs/1.0.0/sources#source-6)');
  });

  it('leaves links it could not resolve untouched, and reports them', async () => {
    const file = await processFile('doc.md', { rewrite: { glossary: '/g#{slug}' } }, 'A [term](glossary:nope).\n');
    expect(String(file)).toBe('A [term](glossary:nope).\n');
    expect(messagesOf(file)).toEqual([
      'doc.md:1:3-1:24 glossary-unknown Unknown glossary term `nope`, expected a glossary slug',
    ]);
  });

  it('works on MDX, where the site compiles pages', async () => {
    const file = await processFile(
      'page.mdx',
      { rewrite: { milestone: '/m/{id}' } },
      'export const x = 1\n\nSee [M1](milestone:redemption-promise) in <Note>{x}</Note>.\n',
    );
    expect(String(file)).toContain('[M1](/m/redemption-promise)');
    expect(file.messages).toEqual([]);
  });
});

describe('a custom rubric', () => {
  it('checks against the rubric it is given', async () => {
    const rubric = { sources: [{ id: 'only-2020', number: 1 }], glossary: [], milestones: [] };
    const file = await processFile('doc.md', { rubric }, 'Cites [@only-2020] and [@fsb-2023].\n');
    expect(messagesOf(file)).toEqual([
      'doc.md:1:25-1:34 citation-unknown Unknown source `fsb-2023`, expected one of the bibliography keys',
    ]);
  });
});

describe('never throws', () => {
  it('handles a tree without positions and a file without a value', async () => {
    const processor = unified().use(remarkRubric);
    const tree = {
      type: 'root' as const,
      children: [
        {
          type: 'paragraph' as const,
          children: [
            { type: 'text' as const, value: '[@nope]' },
            { type: 'link' as const, url: 'milestone:nope', children: [] },
          ],
        },
      ],
    };
    const file = new VFile();
    await expect(processor.run(tree, file)).resolves.toBeDefined();
    expect(file.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['milestone-unknown', 'Unknown milestone `nope`, expected a milestone id'],
    ]);
  });

  it('handles deeply nested lists and a huge line', async () => {
    const nested = Array.from(
      { length: 100 },
      (_, i) => `${'  '.repeat(i)}- [@${i === 99 ? 'nope-2099' : 'fsb-2023'}]`,
    ).join('\n');
    const deepest = (nested.split('\n').at(-1) as string).indexOf('@') + 1;
    const huge = `${'word '.repeat(400_000)}[@fsb-2032]\n`;
    const found: string[][] = [];
    for (const value of [nested, huge]) {
      const file = await unified()
        .use(remarkParse)
        .use(remarkRubric)
        .use(remarkStringify)
        .process(new VFile({ path: 'x.md', value }));
      found.push(file.messages.map((m) => `${m.line}:${m.column} ${m.source} ${m.ruleId}`));
    }
    // The deepest of 100 nested items is still checked, and the unknown key at the end of the huge line is
    // found at its exact column (the `@`).
    expect(found).toEqual([
      [`100:${deepest} usd1-milestones citation-unknown`],
      [`1:${400_000 * 5 + 2} usd1-milestones citation-unknown`],
    ]);
  });
});

describe('unified-engine', () => {
  it('reports sources that no file in the set cites', async () => {
    const result = await new Promise<{ code: number; files: VFile[] }>((resolve, reject) => {
      engine(
        {
          processor: unified().use(remarkParse).use(remarkStringify),
          files: [join(fixtures, 'set/a.md'), join(fixtures, 'set/b.md')],
          // unified-engine types its plugin list loosely (Plugin<unknown[]>); the tuple is what remark-cli builds too.
          plugins: [[remarkRubric as never, { reportUnusedSources: true }]],
          output: false,
          out: false,
          quiet: true,
          color: false,
          streamError: new PassThrough(),
        },
        (error, code, context) =>
          error ? reject(error) : resolve({ code: code ?? 0, files: (context?.files ?? []) as VFile[] }),
      );
    });
    const messages = result.files.flatMap(messagesOf);
    expect(messages).toEqual([
      'a.md:1:1 citation-unused Source `fatf-2021` is in the bibliography but no checked file cites it',
      'a.md:1:1 citation-unused Source `mica-2023` is in the bibliography but no checked file cites it',
      'a.md:1:1 citation-unused Source `cpmi-iosco-2022` is in the bibliography but no checked file cites it',
      'a.md:1:1 citation-unused Source `treasury-2021` is in the bibliography but no checked file cites it',
    ]);
    expect(result.code).toBe(0); // warnings only
  });
});

describe('remark-cli', () => {
  it('runs the plugin by name and fails on errors', async () => {
    const fixture = join(fixtures, 'rules/milestone-unknown.not-ok.md');
    const result = await run(
      remarkBin,
      ['--use', '@usd1-milestones/remark-rubric', '--no-stdout', '--no-color', fixture],
      { cwd: packageDir },
    ).catch((error: { stderr: string; code: number }) => error);
    expect('code' in result ? result.code : 0).toBe(1);
    expect(result.stderr).toContain(
      '3:5-3:43  error Unknown milestone `reserve-polcy`, expected a milestone id; did you mean `reserve-policy`? milestone-unknown usd1-milestones',
    );
  });

  it('passes a clean file', async () => {
    const fixture = join(fixtures, 'rules/milestone-unknown.ok.md');
    const { stderr } = await run(
      remarkBin,
      ['--use', '@usd1-milestones/remark-rubric', '--no-stdout', '--no-color', fixture],
      { cwd: packageDir },
    );
    expect(stderr).toContain('milestone-unknown.ok.md: no issues found');
  });

  it('checks files with a CommonJS .remarkrc.cjs that requires the plugin, and fails on their errors', async () => {
    const folder = join(fixtures, 'cjs-config');
    const result = await run(remarkBin, ['--no-stdout', '--no-color', 'broken.md'], { cwd: folder }).catch(
      (error: { stderr: string; code: number }) => error,
    );
    expect('code' in result ? result.code : 0).toBe(1);
    expect(result.stderr.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      'broken.md',
      '3:44-3:53 error Unknown source `fsb-2024`, expected one of the bibliography keys; did you mean `fsb-2023`? citation-unknown usd1-milestones',
      '5:3-5:33 error Unknown glossary term `bank-runn`, expected a glossary slug glossary-unknown usd1-milestones',
      '7:5-7:50 error Unknown milestone `reserve-polcy`, expected a milestone id; did you mean `reserve-policy`? milestone-unknown usd1-milestones',
      '7:56-7:71 error Unknown source `no-such-source`, expected one of the bibliography keys citation-unknown usd1-milestones',
      '',
      '✖ 4 errors',
      '',
    ]);
  });
});
