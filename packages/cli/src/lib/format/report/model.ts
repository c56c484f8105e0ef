/**
 * An assessment report as a list of blocks (headings, paragraphs, notes, the
 * chart, tables, lists), built once so that every writer says the same
 * things: the scorecard or comparison, the "profile, not a grade" note, the
 * tables, stale evidence with its URLs, and what changed in the rubric. The
 * writers (markdown.ts, html.ts) escape every text from an assessment file.
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

export interface Named {
  readonly id: string;
  readonly title: string;
}

/** A run of text: plain, an id shown as code, or a URL shown as a link. */
export type Inline = string | { readonly code: string } | { readonly url: string };

export type Block =
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
export interface Catalog {
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
