/** The one assessment report, written as Markdown and as HTML from the same blocks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAssessment, scoreAssessment } from '@usd1-milestones/assess';
import type { Rubric } from '@usd1-milestones/core';
import { loadReleases } from '@usd1-milestones/core/loader';
import { rubric } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../src/lib/format/report/html.js';
import { toMarkdown } from '../src/lib/format/report/markdown.js';
import { assessmentReport } from '../src/lib/format/report/model.js';

const data = rubric as unknown as Rubric;
const example = readFileSync(join(import.meta.dirname, '../../../examples/harbor-dollar.yaml'), 'utf8');
// As if assessed against 1.0.0 with a change since, so that the report has rubric changes to show.
const releases = new Map(loadReleases(releasesFolder).map((r) => [r.version, r]));
const { assessment } = parseAssessment(example, 'harbor-dollar.yaml', data);
const card = scoreAssessment(assessment as NonNullable<typeof assessment>, data, { releases });
const withChanges = {
  ...card,
  rubricChanges: [
    { id: 'reserve-policy', change: 'editorial', message: 'Milestone 5 (`reserve-policy`): body reworded' },
  ],
};
const report = assessmentReport([withChanges], data.buckets, data.stages);

describe('the assessment report', () => {
  it('says the same things in Markdown and in HTML', () => {
    const markdown = toMarkdown(report, { chart: true });
    const html = toHtml(report, card.arrangement);
    for (const text of [
      'A profile, not a grade',
      'Stale evidence',
      'https://example.org/harbor/reserves-2026-08',
      `Rubric changes since ${card.rubricVersion}`,
      'body reworded',
      'Lifecycle stages',
    ]) {
      expect({ text, markdown: markdown.includes(text), html: html.includes(text) }).toEqual({
        text,
        markdown: true,
        html: true,
      });
    }
    expect(html).toContain('<a href="https://example.org/harbor/reserves-2026-08" rel="noopener noreferrer">');
    // Ids in a change stay code, not escaped backticks.
    expect(markdown).toContain('- Milestone 5 (`reserve-policy`): body reworded');
    expect(html).toContain('<li>Milestone 5 (<code>reserve-policy</code>): body reworded</li>');
  });

  it('leaves the chart out of Markdown for a terminal, and says where to find it', () => {
    const terminal = toMarkdown(report, { chart: false });
    expect(terminal).not.toContain('<svg');
    expect(terminal).toContain(
      'The chart is left out on a terminal; write the report to a file with `--out` or use `--format html`.',
    );
    expect(terminal.split('\n')[0]).toBe('# Harbor Dollar (hypothetical)');
  });
});

describe('evidence URLs in the Markdown report', () => {
  it("keeps a URL's own %-escapes and escapes only what an autolink cannot hold", () => {
    const stale = {
      ...card,
      stale: [
        {
          milestone: 'reserve-reporting',
          url: 'https://example.org/reports/Q3%202026.pdf',
          kind: 'attestation' as const,
          asOf: '2026-01-01',
          cadence: 'monthly' as const,
          ageDays: 300,
        },
        {
          milestone: 'reserve-policy',
          url: 'https://example.org/a b<c>',
          kind: 'policy' as const,
          asOf: '2024-01-01',
          cadence: 'annual' as const,
          ageDays: 900,
        },
      ],
    };
    const markdown = toMarkdown(assessmentReport([stale], data.buckets, data.stages), { chart: false });
    expect(markdown).toContain('<https://example.org/reports/Q3%202026.pdf>');
    expect(markdown).not.toContain('%25');
    expect(markdown).toContain('<https://example.org/a%20b%3Cc%3E>');
  });
});

describe('text from an assessment in the Markdown report', () => {
  // Rendered as a site or a Git host would, raw HTML allowed: nothing from the assessment may open a tag.
  const rendered = (markdown: string) =>
    micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const hostile = {
    ...card,
    review: [
      {
        id: 'reserve-policy',
        reason: 'Look at `x\n\n<img src=x onerror=alert(1)>` and `\n\n<script>alert(2)</script>`',
      },
      { id: 'reserve-reporting', reason: '`` ` `` [a](javascript:alert(3)) <b onmouseover=alert(4)>' },
    ],
    stale: [
      {
        milestone: 'reserve-reporting',
        url: 'plaintext/',
        kind: 'attestation' as const,
        asOf: '2026-01-01',
        cadence: 'monthly' as const,
        ageDays: 300,
      },
      {
        milestone: 'reserve-policy',
        url: 'javascript:alert(5)',
        kind: 'policy' as const,
        asOf: '2024-01-01',
        cadence: 'annual' as const,
        ageDays: 900,
      },
    ],
  };
  const markdown = toMarkdown(assessmentReport([hostile], data.buckets, data.stages), { chart: false });
  const html = rendered(markdown);

  it('opens no tag: review texts with backticks and blank lines, local paths, javascript: URLs', () => {
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => (m[1] as string).toLowerCase()));
    const structural = [
      'h1',
      'h2',
      'p',
      'ul',
      'li',
      'code',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'a',
      'blockquote',
    ];
    expect([...tags].filter((t) => !structural.includes(t))).toEqual([]);
    expect(html).not.toMatch(/href="(?!https?:)/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<plaintext');
  });

  it('shows the hostile text as text, line breaks as escapes', () => {
    expect(markdown).toContain(
      '- `reserve-policy`: Look at `x\\u000a\\u000a<img src=x onerror=alert(1)>` and `\\u000a\\u000a<script>alert(2)</script>`',
    );
    expect(markdown).toContain('`plaintext/`');
    expect(markdown).toContain('`javascript:alert(5)`');
    expect(html).toContain('<code>x\\u000a\\u000a&lt;img src=x onerror=alert(1)&gt;</code>');
  });
});
