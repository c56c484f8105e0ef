import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkRubric from '../src/index.js';
import { check, fixtures, messagesOf } from './helpers.js';

describe('milestone links and in-text citations', () => {
  it('hints at the id for a number, checks criteria after #, and checks @key in running text', async () => {
    expect(await check('links/links.md')).toEqual([
      'links.md:3:1-3:27 milestone-unknown Unknown milestone `5`, expected a milestone id; did you mean `reserve-policy` (Milestone 5)? Links use the id, not the number',
      'links.md:5:1-5:66 milestone-unknown Unknown criterion `reserve-policy.permited-assets` of milestone `reserve-policy`, expected one of its criterion ids; did you mean `reserve-policy.permitted-assets`?',
      'links.md:6:27-6:36 citation-unknown Unknown source `fsb-2032` in the citation `@fsb-2032`, expected one of the bibliography keys; did you mean `fsb-2023`?',
    ]);
  });

  it('rewrites a criterion link to the milestone page and the criterion anchor', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkRubric, { rewrite: { milestone: '/m/{id}' } })
      .use(remarkStringify)
      .process(new VFile({ path: 'a.md', value: '[x](milestone:reserve-policy#reserve-policy.permitted-assets)\n' }));
    expect(String(file)).toBe('[x](/m/reserve-policy#reserve-policy.permitted-assets)\n');
  });
});

describe('levels', () => {
  it('turns a rule off or into a warning', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkRubric, { rules: { 'milestone-unknown': 'off', 'citation-unknown': 'warn' } });
    const file = new VFile({ path: 'links.md', value: await readFile(join(fixtures, 'links/links.md'), 'utf8') });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((m) => `${m.ruleId} ${m.fatal}`)).toEqual(['citation-unknown false']);
  });
});

describe('a round trip through remark-stringify', () => {
  it('writes citations back as citations, still escaping other brackets, and they still check', async () => {
    const source = await readFile(join(fixtures, 'links/roundtrip.md'), 'utf8');
    const once = await unified().use(remarkParse).use(remarkRubric).use(remarkStringify).process(source);
    expect(String(once)).toBe(
      '# Round trip\n\nReserves matter [@treasury-2021; @imf-2025, p. 4] and so does a \\[literal] bracket.\n',
    );
    const processor = unified()
      .use(remarkParse)
      .use(remarkRubric, { rubric: { sources: [], glossary: [], milestones: [] } });
    const twice = new VFile({ path: 'roundtrip.md', value: String(once) });
    await processor.run(processor.parse(twice), twice);
    // Read back, the citations are citations: against an empty bibliography, both keys are unknown.
    expect(messagesOf(twice).map((m) => m.split(' ').slice(1, 4).join(' '))).toEqual([
      'citation-unknown Unknown source',
      'citation-unknown Unknown source',
    ]);
  });
});

describe('framework links', () => {
  it('checks the framework and the item against the catalogs, with a did-you-mean', async () => {
    expect(await check('links/frameworks.md')).toEqual([
      'frameworks.md:5:1-5:54 framework-unknown Unknown item `P25` in framework `pfmi`; did you mean `P15`?',
      'frameworks.md:7:1-7:57 framework-unknown Unknown item `art-360` in framework `mica`; did you mean `art-36`?',
      'frameworks.md:9:1-9:63 framework-unknown Unknown item `R11` in framework `fsb-2023`; did you mean `R1`?',
      'frameworks.md:11:1-11:53 framework-unknown Unknown framework `pfmx` in `pfmx/P7`, expected one of `fatf`, `fsb-2023`, `genius`, `mica`, `pfmi`; did you mean `pfmi`?',
    ]);
  });

  it('rewrites a framework link to the framework page and the item anchor', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkRubric, { rewrite: { framework: '/frameworks/{framework}#{item}' } })
      .use(remarkStringify)
      .process(new VFile({ path: 'a.md', value: '[P7](framework:pfmi/P7) and [R.16](framework:fatf/R.16-2025)\n' }));
    expect(String(file)).toBe('[P7](/frameworks/pfmi#P7) and [R.16](/frameworks/fatf#R.16-2025)\n');
  });
});
