import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, fixtures, processFile } from './helpers.js';

/** Every rule: its not-ok fixture and the exact messages it must produce. */
const notOk: { fixture: string; rubricContent?: boolean; expected: string[] }[] = [
  {
    fixture: 'citation-unknown.not-ok.md',
    expected: [
      'citation-unknown.not-ok.md:3:32-3:41 citation-unknown Unknown source `fsb-2032`, expected one of the bibliography keys; did you mean `fsb-2023`?',
      'citation-unknown.not-ok.md:5:47-5:56 citation-unknown Unknown source `bis-2052`, expected one of the bibliography keys; did you mean `bis-2025`?',
    ],
  },
  {
    fixture: 'citation-unknown.numbered.not-ok.md',
    expected: [
      "citation-unknown.numbered.not-ok.md:3:48-3:51 citation-unknown Unknown source number `[3]`, expected a number of this document's Sources list (1-2)",
    ],
  },
  {
    fixture: 'citation-malformed.not-ok.md',
    expected: [
      'citation-malformed.not-ok.md:3:20-3:21 citation-malformed Malformed citation `[@]`: expected a source key after `@`, such as `[@fsb-2023]`',
      'citation-malformed.not-ok.md:3:40-3:41 citation-malformed Malformed citation `[@ ]`: expected a source key after `@`, such as `[@fsb-2023]`',
      'citation-malformed.not-ok.md:3:73-3:74 citation-malformed Malformed citation `[see @; @fsb-2023]`: expected a source key after `@`, such as `[@fsb-2023]`',
    ],
  },
  {
    fixture: 'citation-unused.not-ok.md',
    expected: [
      "citation-unused.not-ok.md:8:1-8:17 citation-unused Source 2 of this document's Sources list is never cited: expected `[2]` in the text, or remove the entry",
    ],
  },
  {
    fixture: 'glossary-unknown.not-ok.md',
    expected: [
      'glossary-unknown.not-ok.md:3:20-3:50 glossary-unknown Unknown glossary term `arbitrge`, expected a glossary slug; did you mean `arbitrage`?',
      'glossary-unknown.not-ok.md:3:70-3:89 glossary-unknown Unknown glossary term `HSM`, expected a glossary slug; did you mean `hardware-security-module`?',
      'glossary-unknown.not-ok.md:5:1-5:39 glossary-unknown Unknown glossary term `know-your-customer`, expected a glossary slug; did you mean `kyc`?',
    ],
  },
  {
    fixture: 'milestone-unknown.not-ok.md',
    expected: [
      'milestone-unknown.not-ok.md:3:5-3:43 milestone-unknown Unknown milestone `reserve-polcy`, expected a milestone id; did you mean `reserve-policy`?',
      'milestone-unknown.not-ok.md:3:48-3:79 milestone-unknown Unknown milestone `wind-down`, expected a milestone id',
    ],
  },
  {
    fixture: 'unsafe-content.not-ok.md',
    rubricContent: true,
    expected: [
      'unsafe-content.not-ok.md:3:1-3:36 unsafe-content Raw HTML is not allowed in rubric text: found `<div class="warning">Raw HTML</div>`; write Markdown instead',
      'unsafe-content.not-ok.md:5:3-5:32 unsafe-content Unsafe URL scheme `javascript:` in rubric text; link to an https: address instead',
      'unsafe-content.not-ok.md:5:42-5:78 unsafe-content Unsafe URL scheme `data:` in rubric text; link to an https: address instead',
      'unsafe-content.not-ok.md:5:83-5:95 unsafe-content Curly braces are not allowed in rubric text: MDX would read `{expression}` as an expression',
      'unsafe-content.not-ok.md:7:1-7:23 unsafe-content Unsafe URL scheme `vbscript:` in rubric text; link to an https: address instead',
    ],
  },
  {
    fixture: 'unsafe-content.invisible.not-ok.md',
    rubricContent: true,
    expected: [
      'unsafe-content.invisible.not-ok.md:3:10-3:11 unsafe-content Invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) is not allowed in rubric text: it can hide or reorder what a reader sees; remove it',
      'unsafe-content.invisible.not-ok.md:3:15-3:16 unsafe-content Invisible character U+202C (POP DIRECTIONAL FORMATTING) is not allowed in rubric text: it can hide or reorder what a reader sees; remove it',
      'unsafe-content.invisible.not-ok.md:5:7-5:8 unsafe-content Invisible character U+2028 (LINE SEPARATOR) is not allowed in rubric text: it can hide or reorder what a reader sees; remove it',
      'unsafe-content.invisible.not-ok.md:5:32-5:33 unsafe-content Invisible character U+001B (ESCAPE) is not allowed in rubric text: it can hide or reorder what a reader sees; remove it',
    ],
  },
  {
    fixture: 'unsafe-content.not-ok.mdx',
    rubricContent: true,
    expected: [
      "unsafe-content.not-ok.mdx:1:1-1:31 unsafe-content import and export statements are not allowed in rubric text: found `import Chart from './chart.js'`",
      'unsafe-content.not-ok.mdx:5:1-5:24 unsafe-content JSX is not allowed in rubric text: found `<Chart data={[1, 2]} />`; write Markdown instead',
      'unsafe-content.not-ok.mdx:7:8-7:15 unsafe-content MDX expressions are not allowed in rubric text: found `{1 + 1}`',
    ],
  },
];

describe('each rule on its not-ok fixture', () => {
  it.each(notOk)('$fixture', async ({ fixture, rubricContent, expected }) => {
    expect(await check(join('rules', fixture), rubricContent ? { rubricContent } : {})).toEqual(expected);
  });
});

describe('ok fixtures', () => {
  it('produce no messages, with rubric-content checks on', async () => {
    // `ignored.ok.md` holds an HTML comment on purpose, which rubric text may not; it is checked below.
    const names = (await readdir(join(fixtures, 'rules'))).filter(
      (name) => name.includes('.ok.') && name !== 'ignored.ok.md',
    );
    expect(names.sort()).toEqual([
      'citation-malformed.ok.md',
      'citation-unknown.ok.md',
      'citation-unused.ok.md',
      'glossary-unknown.ok.md',
      'milestone-unknown.ok.md',
      'unsafe-content.ok.md',
    ]);
    for (const name of names) {
      expect({ name, messages: await check(join('rules', name), { rubricContent: true }) }).toEqual({
        name,
        messages: [],
      });
    }
  });
});

describe('what is never checked', () => {
  it('skips code, HTML comments, other link destinations, escapes and email addresses', async () => {
    expect(await check('rules/ignored.ok.md')).toEqual([]);
  });
});

describe('messages', () => {
  it('carry the unified fields: ruleId, source, url, fatal for errors', async () => {
    const file = await processFile(join(fixtures, 'rules/citation-unused.not-ok.md'));
    const [unused] = file.messages;
    expect(unused).toMatchObject({
      ruleId: 'citation-unused',
      source: 'usd1-milestones',
      fatal: false,
      url: 'https://github.com/usd1-milestones/usd1-milestones/blob/main/docs/rules.md#citation-unused',
    });
    const unknown = (await processFile(join(fixtures, 'rules/milestone-unknown.not-ok.md'))).messages[0];
    expect(unknown?.fatal).toBe(true);
  });

  it('are not produced for unsafe content outside rubric text', async () => {
    expect(await check('rules/unsafe-content.not-ok.md')).toEqual([]);
  });
});
