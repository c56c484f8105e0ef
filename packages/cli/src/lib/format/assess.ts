/**
 * An assessment report, built once as a list of blocks and then written as
 * Markdown or as a standalone HTML page, so that both always say the same
 * things: the scorecard or comparison, the "profile, not a grade" note, the
 * tables, stale evidence with its URLs, and what changed in the rubric.
 * Every text from an assessment file is escaped by the writer that prints it.
 */
import {
  columnLabels,
  coverageText,
  type GroupScore,
  type Outcome,
  outcomes,
  outcomeTitles,
  profileSvg,
  type Scorecard,
} from '@usd1-milestones/assess';
import { printable } from '../printable.js';

interface Named {
  readonly id: string;
  readonly title: string;
}

/** A run of text: plain, an id shown as code, or a URL shown as a link. */
type Inline = string | { readonly code: string } | { readonly url: string };

type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly type: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly type: 'note'; readonly text: string }
  | { readonly type: 'chart'; readonly svg: string }
  | { readonly type: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly type: 'list'; readonly items: readonly (readonly Inline[])[] };

const PROFILE_NOT_GRADE =
  'A profile, not a grade: coverage counts met as 1 and partial as 0.5 over the milestones that apply.';
const count = (g: GroupScore | undefined, o: Outcome) => String(g?.counts[o] ?? 0);

/** A framework catalog, for the per-item profile. */
interface Catalog {
  readonly id: string;
  readonly title: string;
  readonly items: readonly {
    readonly id: string;
    readonly title?: string | undefined;
    readonly topic?: string | undefined;
  }[];
}

/**
 * The report's blocks: one scorecard for one assessment, a comparison and then
 * each scorecard for several; with `by`, each scorecard also has its profile per
 * item of that framework.
 */
export function assessmentReport(
  cards: readonly Scorecard[],
  buckets: readonly Named[],
  stages: readonly Named[],
  by?: Catalog,
): Block[] {
  const blocks: Block[] = [];
  // Two assessments of one arrangement (two dates) stay two columns with two names.
  const labels = columnLabels(cards);
  if (cards.length > 1) {
    blocks.push(
      { type: 'heading', level: 1, text: 'Comparison across the buckets' },
      {
        type: 'paragraph',
        content: [
          'Coverage per bucket (met 1, partial 0.5, over the milestones that apply). Compare across all buckets, not on any one.',
        ],
      },
      { type: 'chart', svg: profileSvg(cards, buckets, { labels }) },
      {
        type: 'table',
        head: ['Bucket', ...labels],
        rows: [
          ...buckets.map((b) => [b.title, ...cards.map((c) => coverageText(c.buckets[b.id]))]),
          [
            'Not disclosed (milestones)',
            ...cards.map((c) => String(Object.values(c.buckets).reduce((n, g) => n + g.counts['not-disclosed'], 0))),
          ],
        ],
      },
    );
  }
  cards.forEach((card, i) => {
    blocks.push(...scorecard(card, labels[i] ?? card.arrangement, buckets, stages, cards.length > 1 ? 2 : 1, by));
  });
  return blocks;
}

function scorecard(
  card: Scorecard,
  label: string,
  buckets: readonly Named[],
  stages: readonly Named[],
  level: 1 | 2,
  by: Catalog | undefined,
): Block[] {
  const blocks: Block[] = [{ type: 'heading', level, text: label }];
  if (card.hypothetical)
    blocks.push({ type: 'note', text: 'Hypothetical: a fictional arrangement, for illustration only.' });
  blocks.push({
    type: 'paragraph',
    content: [
      `Assessed ${card.date} by ${card.assessor} against rubric ${card.rubricVersion}; scored with ${card.scoredWith}. ${PROFILE_NOT_GRADE}`,
    ],
  });
  if (level === 1) blocks.push({ type: 'chart', svg: profileSvg([card], buckets) });
  blocks.push(
    { type: 'heading', level: 2, text: level === 1 ? 'Bucket profile' : `${label}: bucket profile` },
    {
      type: 'table',
      head: ['Bucket', ...outcomes.map((o) => outcomeTitles[o]), 'Coverage'],
      rows: buckets.map((b) => [
        b.title,
        ...outcomes.map((o) => count(card.buckets[b.id], o)),
        coverageText(card.buckets[b.id]),
      ]),
    },
    { type: 'heading', level: 2, text: 'Lifecycle stages' },
    { type: 'table', head: ['Stage', 'Coverage'], rows: stages.map((s) => [s.title, coverageText(card.stages[s.id])]) },
  );
  const items = by ? card.frameworks?.[by.id] : undefined;
  if (by && items) {
    blocks.push(
      { type: 'heading', level: 2, text: `Profile by ${by.title}` },
      {
        type: 'note',
        text: 'Per item: the milestones that map to it, with the same formula as a bucket (n/a: no milestone maps to it). A mapping means the texts are related, never that meeting a milestone means complying.',
      },
      {
        type: 'table',
        head: ['Item', ...outcomes.map((o) => outcomeTitles[o]), 'Coverage'],
        rows: by.items
          .filter((item) => items[item.id])
          .map((item) => [
            `${item.id} ${item.title ?? `(topic: ${item.topic ?? ''})`}`,
            ...outcomes.map((o) => count(items[item.id], o)),
            coverageText(items[item.id]),
          ]),
      },
    );
  }
  if (card.stale.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: 'Stale evidence' },
      {
        type: 'list',
        items: card.stale.map((s) => [
          { code: s.milestone },
          `: ${s.kind} as of ${s.asOf} is ${s.ageDays} days old (expected ${s.cadence}): `,
          { url: s.url },
        ]),
      },
    );
  }
  if (card.review.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: 'Marked for review' },
      { type: 'list', items: card.review.map((r) => [{ code: r.id }, ': ', ...codeSpans(r.reason)]) },
    );
  }
  if (card.rubricChanges.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: `Rubric changes since ${card.rubricVersion}` },
      { type: 'list', items: card.rubricChanges.map((c) => codeSpans(c.message)) },
    );
  }
  return blocks;
}

/** A diff message, whose ids stand in backticks, as text and code runs (so neither writer escapes the backticks). */
function codeSpans(message: string): Inline[] {
  return message.split('`').map((part, i) => (i % 2 === 1 ? { code: part } : part));
}

/**
 * Text from an assessment file in Markdown meant to be rendered with HTML:
 * angle brackets and ampersands become character references (no tag can
 * open), the Markdown punctuation that could start markup is
 * backslash-escaped (a `|` cannot break a table row, a `[` cannot make a
 * link) and control characters are shown as escapes.
 */
export function markdownText(text: string): string {
  // Punctuation first: the character references made after it must keep their `#`.
  return printable(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function markdownInline(content: readonly Inline[]): string {
  return content
    .map((part) =>
      typeof part === 'string'
        ? markdownText(part)
        : 'code' in part
          ? `\`${part.code.replace(/`/g, '')}\``
          : // What encodeURI escapes, but never `%`: the URL's own escapes (`Q3%202026`) stay as they are.
            `<${part.url.replace(/[^A-Za-z0-9\-_.!~*'();/?:@&=+$,#%[\]]/gu, (c) => encodeURIComponent(c))}>`,
    )
    .join('');
}

/**
 * The report as Markdown. The chart comes last, so that the report reads
 * first on a terminal; `chart: false` leaves it out with a note of where to
 * find it.
 */
export function toMarkdown(blocks: readonly Block[], { chart }: { chart: boolean }): string {
  const lines: string[] = [];
  const charts: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        lines.push(`${'#'.repeat(block.level)} ${markdownText(block.text)}`, '');
        break;
      case 'paragraph':
        lines.push(markdownInline(block.content), '');
        break;
      case 'note':
        lines.push(`> ${markdownText(block.text)}`, '');
        break;
      case 'chart':
        charts.push(block.svg);
        break;
      case 'table':
        lines.push(
          `| ${block.head.map(markdownText).join(' | ')} |`,
          `|${block.head.map(() => '---').join('|')}|`,
          ...block.rows.map((row) => `| ${row.map(markdownText).join(' | ')} |`),
          '',
        );
        break;
      case 'list':
        lines.push(...block.items.map((item) => `- ${markdownInline(item)}`), '');
        break;
    }
  }
  if (charts.length > 0) {
    lines.push('## Bucket profile chart', '');
    if (chart) lines.push(...charts.flatMap((svg) => [svg, '']));
    else
      lines.push(
        'The chart is left out on a terminal; write the report to a file with `--out` or use `--format html`.',
        '',
      );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The report as one standalone HTML page (no network). */
export function toHtml(blocks: readonly Block[], title: string): string {
  const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const inline = (content: readonly Inline[]) =>
    content
      .map((part) =>
        typeof part === 'string'
          ? esc(part)
          : 'code' in part
            ? `<code>${esc(part.code)}</code>`
            : /^https?:\/\//i.test(part.url)
              ? `<a href="${esc(part.url)}" rel="noopener noreferrer">${esc(part.url)}</a>`
              : esc(part.url),
      )
      .join('');
  const html = blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return `<h${block.level}>${esc(block.text)}</h${block.level}>`;
      case 'paragraph':
        return `<p>${inline(block.content)}</p>`;
      case 'note':
        return `<p class="note">${esc(block.text)}</p>`;
      case 'chart':
        return block.svg;
      case 'table':
        return `<table><thead><tr>${block.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${block.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      case 'list':
        return `<ul>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
      default:
        return '';
    }
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}: USD1 milestones assessment</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}.note{background:#fff4e0;padding:.5rem}</style>
</head><body>
${html.join('\n')}
</body></html>
`;
}
