/**
 * Checking a document section by section (what the language server does after
 * each keystroke) must give exactly the findings of checking it whole. Every
 * Markdown fixture and payload, the repository's documentation and seeded
 * mutations of them that put fences, comments, HTML, lists, definitions and
 * Sources headings in random places are checked both ways, with every
 * possible cut taken (the most chances for a cut to go wrong).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rubric } from '@usd1-milestones/rubric';
import { describe, expect, it } from 'vitest';
import { checkMarkdown, type MarkdownResult } from '../src/lib/markdown.js';
import { compareFindings } from '../src/lib/result.js';
import { checkBySections, type SectionResult, sections } from '../src/lib/sections.js';

const repo = join(import.meta.dirname, '../../..');
const cwd = '/work/doc';
const path = '/work/doc/guide.md';
const check = (text: string) => checkMarkdown(path, cwd, { rubric, rubricContent: false }, text);
const checkSection = (text: string) =>
  checkMarkdown(path, cwd, { rubric, rubricContent: false, forSections: true }, text);

function normal(result: MarkdownResult | SectionResult) {
  return { findings: [...result.findings].sort(compareFindings), cited: [...new Set(result.cited)].sort() };
}

/** The document checked whole and in sections (undefined when it is not cut). */
async function bothWays(text: string, every = 1) {
  const whole = normal(await check(text));
  const parts = sections(text, every);
  const checked = parts && (await checkBySections(parts, checkSection, new Map()));
  if (!parts || !checked) return { whole, cut: undefined, count: 1 };
  return { whole, cut: normal(checked.result), count: parts.length };
}

async function markdownUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

async function corpus(): Promise<{ name: string; text: string }[]> {
  const files = [
    ...(await markdownUnder(join(repo, 'packages/remark-rubric/test/fixtures'))),
    ...(await markdownUnder(join(import.meta.dirname, 'fixtures'))),
    ...(await markdownUnder(join(repo, 'docs'))),
    ...(await markdownUnder(join(repo, 'rubric/milestones'))),
    join(repo, 'README.md'),
  ];
  const texts = await Promise.all(files.map(async (file) => ({ name: file, text: await readFile(file, 'utf8') })));
  const payloads = JSON.parse(
    await readFile(join(repo, 'packages/remark-rubric/test/fixtures/payloads/payloads.json'), 'utf8'),
  ) as { text: string }[];
  return [...texts, ...payloads.map((p, i) => ({ name: `payload ${i}`, text: `${p.text}\n` }))];
}

describe('checking a document in sections', () => {
  it('gives the whole document’s findings on every fixture, payload and page, cut wherever it may be', async () => {
    let cutFiles = 0;
    let findings = 0;
    for (const { name, text } of await corpus()) {
      const { whole, cut, count } = await bothWays(text);
      if (cut) expect({ name, ...cut }).toEqual({ name, ...whole });
      if (count > 1) cutFiles++;
      findings += whole.findings.length;
    }
    // Not a test of nothing: many files are cut, and between them they have many findings.
    expect(cutFiles).toBeGreaterThan(40);
    expect(findings).toBeGreaterThan(30);
  });

  it('gives the whole document’s findings when fences, comments, HTML, lists and definitions land anywhere', async () => {
    const snippets = [
      '```\n',
      '~~~~\n',
      '    ```\n',
      '  ```\n',
      '   ~~~~ info\n',
      '- step\n\n  ```sh\n  run [@fsb-2032]\n\n  ```\n',
      '\t```\n',
      '```js`x\n',
      '<!--\n',
      '-->\n',
      '<div>\n',
      '<pre>\n',
      '</pre>\n',
      '<script type="x">\n',
      '</SCRIPT>\n',
      '<?php\n',
      '?>\n',
      '<![CDATA[\n',
      ']]>\n',
      '<!DOCTYPE html\n',
      '>\n',
      '- <pre>\n',
      '\n',
      '\n\n',
      '- item [@fsb-2032]\n',
      '  continued [x](milestone:nope)\n',
      '> quoted [@fsb-2032]\n',
      '1. first\n',
      '    indented [@fsb-2032]\n',
      '[label]: glossary:nope\n',
      'See [label].\n',
      '## Sources\n\n1. One\n',
      'Sources\n-------\n\n1. One\n',
      '## So&#117;rces\n',
      '---\n',
      'Word [@fsb-2032] and [x](glossary:nope) and [3].\n',
      '\nLetter line [@nope] after a blank.\n',
      '# Heading [@fsb-2032]\n',
    ];
    let seed = 20261202;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let cutVariants = 0;
    let variants = 0;
    for (const { name, text } of await corpus()) {
      if (text.length > 20_000) continue;
      for (let v = 0; v < 8; v++) {
        const lines = text.split('\n');
        for (let k = 0; k < 3; k++) {
          const at = Math.floor(next() * (lines.length + 1));
          lines.splice(at, 0, (snippets[Math.floor(next() * snippets.length)] as string).replace(/\n$/, ''));
        }
        const variant = lines.join('\n');
        const { whole, cut, count } = await bothWays(variant);
        if (cut) expect({ name, variant, ...cut }).toEqual({ name, variant, ...whole });
        variants++;
        if (count > 1) cutVariants++;
      }
    }
    expect(variants).toBeGreaterThan(400);
    expect(cutVariants).toBeGreaterThan(100);
  });

  it('cuts before a paragraph or heading at column 0 after a blank line, and nowhere else', () => {
    const text = 'Alpha\n\nBeta\n- item\n\n  more\n\n# Gamma\n\n1. one\n\n```\ncode\n\nDelta in code\n```\n\nEpsilon\n';
    expect(sections(text, 1)).toEqual([
      { line: 1, text: 'Alpha\n\n' },
      { line: 3, text: 'Beta\n- item\n\n  more\n\n' },
      { line: 8, text: '# Gamma\n\n1. one\n\n```\ncode\n\nDelta in code\n```\n\n' },
      { line: 18, text: 'Epsilon\n' },
    ]);
  });

  it('follows an HTML comment that opens a line to its end, blank lines and all', () => {
    const text =
      'Alpha\n\n<!-- one line -->\n\nBeta\n\n<!-- runs\n\nGamma inside\n-->\n\nDelta\n- <!-- in a list\n\nEpsilon -->\n';
    expect(sections(text, 1)?.map((part) => part.line)).toEqual([1, 5, 12]);
  });

  it('follows the other HTML blocks that blank lines do not end to their ends', () => {
    const text = [
      'Alpha',
      '',
      '<pre>',
      '',
      'Inside pre',
      '</pre>',
      '',
      'Beta',
      '',
      '<?php',
      '',
      'Inside php ?>',
      '',
      'Gamma',
      '',
      '<![CDATA[',
      '',
      'Inside ]]>',
      '',
      'Delta',
      '',
      '<!DOCTYPE',
      '',
      'Inside >',
      '',
      'Epsilon <script> inline, not a block',
      '',
      'Zeta',
      '',
    ].join('\n');
    expect(sections(text, 1)?.map((part) => part.line)).toEqual([1, 8, 14, 20, 26, 28]);
    expect(sections('Alpha\n\n<style>\n\nStill style\n', 1)).toBeUndefined();
  });

  it('follows a fence in a list item to its closing line at the same indentation', async () => {
    const text =
      '- Install:\n\n  ```sh\n  npm i [@fsb-2032]\n\n  ```\n\nText [@fsb-2032].\n\n```\ncode\n   ```\n\nMore [@fsb-2032].\n';
    expect(sections(text, 1)?.map((part) => part.line)).toEqual([1, 8, 14]);
    const { whole, cut } = await bothWays(text);
    expect(cut).toEqual(whole);
    expect(whole.findings.map((f) => f.line)).toEqual([8, 14]);
    // A line indented less than the fence may end the list item, and the fence with it: no telling.
    expect(sections('- a\n\n  ```\n\nText\n  ```\n', 1)).toBeUndefined();
    // At column 0, the same line closes a fence outside the item, or ends the item and opens one.
    expect(sections('- a\n\n  ```\n  x\n```\n\nText\n', 1)).toBeUndefined();
  });

  it('checks whole what carries across a blank line', () => {
    for (const text of [
      'Text\n\n<!-- a comment\n\nText\n',
      'Text\n\n  ```\n\nText\n',
      '<div>\n```\n</div>\n\nText\n',
      'Text\n\n```\ncode\n  ```\n\nLetter\n```\n',
      '---\ntitle: no end\n\nText\n',
      '\uFEFFText\n\nText\n',
    ])
      expect({ text, parts: sections(text, 1) }).toEqual({ text, parts: undefined });
  });

  it('resolves references to definitions in other sections as the whole document does', async () => {
    const text = [
      'See [@fsb-2032][a], [b] and [@fsb-2023].',
      '',
      'Text [x][a], [@c] and [d][].',
      '',
      '> [a]: glossary:nope',
      '',
      'More [b]: milestone:nope "A & \\"quoted\\" title"',
      '',
      '[b]: <milestone:nope\\>x&amp;y> "T & \\"q\\""',
      '',
      '[@c]: framework:nope',
      '[d]: glossary:arbitrage',
      '',
    ].join('\n');
    const { whole, cut, count } = await bothWays(text);
    expect(count).toBe(3);
    expect(cut).toEqual(whole);
    expect(whole.findings.map((f) => [f.line, f.ruleId])).toEqual([
      [5, 'glossary-unknown'],
      [9, 'milestone-unknown'],
      [11, 'framework-unknown'],
    ]);
  });

  it('checks numbered citations against the first Sources list wherever they are, and unused numbers across sections', async () => {
    for (const heading of ['## Sources', '## Sou*r*ces', '## &#83;ources', 'References\n==========']) {
      const text = [
        'First [1], then [4] and [2][].',
        '',
        'Second [3].',
        '',
        heading,
        '',
        '3. Three',
        '4. Four',
        '5. Five',
        '6. Six',
        '',
        'After the list [6] and [9].',
        '',
        '[2]: glossary:arbitrage',
        '',
      ].join('\n');
      const { whole, cut, count } = await bothWays(text);
      expect({ heading, count }).toEqual({ heading, count: 4 });
      expect({ heading, cut }).toEqual({ heading, cut: whole });
      expect({ heading, found: whole.findings.map((f) => [f.line, f.ruleId]) }).toEqual({
        heading,
        found: [
          [1, 'citation-unknown'],
          [heading.includes('\n') ? 10 : 9, 'citation-unused'],
          [heading.includes('\n') ? 13 : 12, 'citation-unknown'],
        ],
      });
    }
  });

  it('checks whole a document with a second Sources list, which is text in the whole document', async () => {
    const text = 'See [1].\n\n## Sources\n\n1. One\n\nMore\n\n## References\n\n1. Other\n';
    const parts = sections(text, 1) ?? [];
    expect(parts.length).toBe(4);
    expect(await checkBySections(parts, checkSection, new Map())).toBeUndefined();
  });

  it('checks whole a document with definitions and no final line break, whose last line could read otherwise', async () => {
    const parts = sections('See [a].\n\n## Sources\n\n1. One\n</pre>', 1) ?? [];
    expect(parts.length).toBe(2);
    expect(await checkBySections(parts, checkSection, new Map())).toBeUndefined();
    const ended = sections('See [a].\n\n## Sources\n\n1. One\n</pre>\n', 1) ?? [];
    expect(await checkBySections(ended, checkSection, new Map())).toBeDefined();
  });

  it('checks whole a document that defines a label twice', async () => {
    const text = 'See [a].\n\n[a]: glossary:nope\n\nText\n\n[A]: glossary:arbitrage\n';
    const parts = sections(text, 1) ?? [];
    expect(parts.length).toBe(2);
    expect(await checkBySections(parts, checkSection, new Map())).toBeUndefined();
  });

  it('moves no cut but the edited section’s, so an edit leaves the other sections as they were', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} cites [@fsb-2023].\n`);
    const text = paragraphs.join('\n');
    const before = sections(text) ?? [];
    const edited = sections(text.replace('Paragraph 200 cites', 'Paragraph 200 still cites')) ?? [];
    expect(before.length).toBeGreaterThan(20);
    expect(edited.length).toBe(before.length);
    const changed = edited.filter((part, i) => part.text !== before[i]?.text);
    expect(changed).toHaveLength(1);
    expect(changed[0]?.text).toContain('Paragraph 200 still cites');
  });

  it('parses only the sections it has not seen, and shifts the lines of the ones it has', async () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} cites [@fsb-2023].\n`);
    paragraphs[50] = 'Paragraph 50 cites [@fsb-2032].\n';
    const text = paragraphs.join('\n');
    const parsed: string[] = [];
    const counting = (part: string) => {
      parsed.push(part);
      return check(part);
    };
    const first = (await checkBySections(sections(text, 1) ?? [], counting, new Map())) as NonNullable<
      Awaited<ReturnType<typeof checkBySections>>
    >;
    expect(first.result.findings.map((f) => [f.line, f.column])).toEqual([[101, 21]]);
    const allParts = parsed.length;
    parsed.length = 0;
    const second = await checkBySections(sections(`New first line.\n\n${text}`, 1) ?? [], counting, first.remember);
    if (!second) throw new Error('expected the document to be cut');
    expect(second.result.findings.map((f) => [f.line, f.column, f.endLine])).toEqual([[103, 21, 103]]);
    expect(allParts).toBeGreaterThan(3);
    expect(parsed).toEqual(['New first line.\n\n']);
  });
});
