import { type GroupScore, type Outcome, profileSvg, type Scorecard } from '@usd1-milestones/assess';
import { printable } from '../printable.js';

interface Named {
  readonly id: string;
  readonly title: string;
}

/**
 * Text from an assessment file in Markdown that embeds an SVG, so it is meant
 * to be rendered with HTML: angle brackets and ampersands become character
 * references (no tag can open), the Markdown punctuation that could start
 * markup is backslash-escaped (a `|` cannot break a table row, a `[` cannot
 * make a link) and control
 * characters are shown as escapes.
 */
export function markdownText(text: string): string {
  // Punctuation first: the character references made after it must keep their `#`.
  return printable(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const md = markdownText;

const percent = (g: GroupScore | undefined) =>
  g?.coverage === null || g?.coverage === undefined ? 'n/a' : `${Math.round(g.coverage * 100)}%`;
const count = (g: GroupScore | undefined, o: Outcome) => String(g?.counts[o] ?? 0);

/** One arrangement's scorecard: the bucket profile, stages, stale evidence and rubric changes. */
export function scorecardMarkdown(card: Scorecard, buckets: readonly Named[], stages: readonly Named[]): string {
  const lines = [
    `# ${md(card.arrangement)}`,
    '',
    ...(card.hypothetical ? ['> Hypothetical: a fictional arrangement, for illustration only.', ''] : []),
    `Assessed ${md(card.date)} by ${md(card.assessor)} against rubric ${md(card.rubricVersion)}; scored with ${md(card.scoredWith)}. A profile, not a grade: coverage counts met as 1 and partial as 0.5 over the milestones that apply.`,
    '',
    '## Bucket profile',
    '',
    profileSvg([card], buckets),
    '',
    '| Bucket | Met | Partial | Not met | Not disclosed | N/A | Not assessed | Coverage |',
    '|---|---|---|---|---|---|---|---|',
    ...buckets.map((b) => {
      const g = card.buckets[b.id];
      return `| ${md(b.title)} | ${count(g, 'met')} | ${count(g, 'partial')} | ${count(g, 'not-met')} | ${count(g, 'not-disclosed')} | ${count(g, 'not-applicable')} | ${count(g, 'not-assessed')} | ${percent(g)} |`;
    }),
    '',
    '## Lifecycle stages',
    '',
    '| Stage | Coverage |',
    '|---|---|',
    ...stages.map((s) => `| ${md(s.title)} | ${percent(card.stages[s.id])} |`),
  ];
  if (card.stale.length > 0) {
    lines.push(
      '',
      '## Stale evidence',
      '',
      ...card.stale.map(
        (s) =>
          `- \`${s.milestone}\`: ${md(s.kind)} as of ${md(s.asOf)} is ${s.ageDays} days old (expected ${md(s.cadence)}): ${md(s.url)}`,
      ),
    );
  }
  if (card.rubricChanges.length > 0) {
    lines.push(
      '',
      `## Rubric changes since ${md(card.rubricVersion)}`,
      '',
      ...card.rubricChanges.map((c) => `- ${c.message}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Several arrangements side by side across the buckets. */
export function comparisonMarkdown(cards: readonly Scorecard[], buckets: readonly Named[]): string {
  const header = `| Bucket | ${cards.map((c) => md(c.arrangement)).join(' | ')} |`;
  const rule = `|---|${cards.map(() => '---').join('|')}|`;
  const rows = buckets.map((b) => `| ${md(b.title)} | ${cards.map((c) => percent(c.buckets[b.id])).join(' | ')} |`);
  const disclosed = `| *Not disclosed (milestones)* | ${cards.map((c) => String(Object.values(c.buckets).reduce((n, g) => n + g.counts['not-disclosed'], 0))).join(' | ')} |`;
  const lines = [
    '# Comparison across the buckets',
    '',
    'Coverage per bucket (met 1, partial 0.5, over the milestones that apply). Compare across all buckets, not on any one.',
    '',
    profileSvg(cards, buckets),
    '',
    header,
    rule,
    ...rows,
    disclosed,
  ];
  const hypothetical = cards.filter((c) => c.hypothetical).map((c) => c.arrangement);
  if (hypothetical.length > 0) lines.push('', `> Hypothetical: ${hypothetical.map(md).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

/** A standalone HTML page (no network): the Markdown content's tables and chart, styled inline. */
export function assessHtml(cards: readonly Scorecard[], buckets: readonly Named[], stages: readonly Named[]): string {
  const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const table = (head: string[], rows: string[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const sections: string[] = [];
  if (cards.length > 1) {
    sections.push('<h1>Comparison across the buckets</h1>', profileSvg(cards, buckets));
    sections.push(
      table(
        ['Bucket', ...cards.map((c) => c.arrangement)],
        buckets.map((b) => [b.title, ...cards.map((c) => percent(c.buckets[b.id]))]),
      ),
    );
  }
  for (const card of cards) {
    sections.push(`<h${cards.length > 1 ? 2 : 1}>${esc(card.arrangement)}</h${cards.length > 1 ? 2 : 1}>`);
    if (card.hypothetical)
      sections.push('<p class="note">Hypothetical: a fictional arrangement, for illustration only.</p>');
    sections.push(
      `<p>Assessed ${esc(card.date)} by ${esc(card.assessor)} against rubric ${esc(card.rubricVersion)}; scored with ${esc(card.scoredWith)}.</p>`,
    );
    if (cards.length === 1) sections.push(profileSvg([card], buckets));
    const outcomes: Outcome[] = ['met', 'partial', 'not-met', 'not-disclosed', 'not-applicable', 'not-assessed'];
    sections.push(
      table(
        ['Bucket', 'Met', 'Partial', 'Not met', 'Not disclosed', 'N/A', 'Not assessed', 'Coverage'],
        buckets.map((b) => [
          b.title,
          ...outcomes.map((o) => count(card.buckets[b.id], o)),
          percent(card.buckets[b.id]),
        ]),
      ),
    );
    sections.push(
      table(
        ['Stage', 'Coverage'],
        stages.map((s) => [s.title, percent(card.stages[s.id])]),
      ),
    );
    if (card.stale.length > 0) {
      sections.push(
        `<h3>Stale evidence</h3><ul>${card.stale.map((s) => `<li><code>${esc(s.milestone)}</code>: ${esc(s.kind)} as of ${esc(s.asOf)} is ${s.ageDays} days old (expected ${esc(s.cadence)})</li>`).join('')}</ul>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(cards.length === 1 ? (cards[0] as Scorecard).arrangement : 'Comparison')}: USD1 milestones assessment</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}.note{background:#fff4e0;padding:.5rem}</style>
</head><body>
${sections.join('\n')}
</body></html>
`;
}
