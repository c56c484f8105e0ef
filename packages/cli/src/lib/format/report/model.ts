/**
 * An assessment report as a list of blocks (headings, paragraphs, notes, the
 * chart, tables, lists), built once so that every writer says the same
 * things: the scorecard or comparison, the "profile, not a grade" note, the
 * tables, stale evidence with its URLs, and what changed in the rubric. The
 * writers (markdown.ts, html.ts) escape every text from an assessment file.
 */
import {
  columnLabels,
  type Gap,
  type GroupScore,
  type Outcome,
  outcomes,
  profileSvg,
  type Scorecard,
} from '@usd1-milestones/assess';
import { type ReportLabels, reportLabels } from './labels.js';

const englishLabels = reportLabels('en') as ReportLabels;

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
  words: ReportLabels = englishLabels,
): Block[] {
  const blocks: Block[] = [];
  // Two assessments of one arrangement (two dates) stay two columns with two names.
  const labels = columnLabels(cards);
  if (cards.length > 1) {
    blocks.push(
      { type: 'heading', level: 1, text: words.comparison },
      { type: 'paragraph', content: [words.comparisonIntro] },
      { type: 'chart', svg: profileSvg(cards, buckets, { labels, words: words.chart }) },
      {
        type: 'table',
        head: [words.bucket, ...labels],
        rows: [
          ...buckets.map((b) => [b.title, ...cards.map((c) => words.coverage(c.buckets[b.id]))]),
          [
            words.notDisclosedMilestones,
            ...cards.map((c) => String(Object.values(c.buckets).reduce((n, g) => n + g.counts['not-disclosed'], 0))),
          ],
        ],
      },
    );
  }
  cards.forEach((card, i) => {
    blocks.push(
      ...scorecard(card, labels[i] ?? card.arrangement, buckets, stages, cards.length > 1 ? 2 : 1, by, words),
    );
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
  words: ReportLabels,
): Block[] {
  const blocks: Block[] = [{ type: 'heading', level, text: label }];
  if (card.hypothetical) blocks.push({ type: 'note', text: words.hypothetical });
  blocks.push({
    type: 'paragraph',
    content: [
      `${words.assessed(card.date, card.assessor, card.rubricVersion, card.scoredWith)} ${words.profileNotGrade}`,
    ],
  });
  if (level === 1) blocks.push({ type: 'chart', svg: profileSvg([card], buckets, { words: words.chart }) });
  blocks.push(
    { type: 'heading', level: 2, text: level === 1 ? words.bucketProfile : words.bucketProfileOf(label) },
    {
      type: 'table',
      head: [words.bucket, ...outcomes.map((o) => words.outcomes[o]), words.coverageHeading],
      rows: buckets.map((b) => [
        b.title,
        ...outcomes.map((o) => count(card.buckets[b.id], o)),
        words.coverage(card.buckets[b.id]),
      ]),
    },
    { type: 'heading', level: 2, text: words.stages },
    {
      type: 'table',
      head: [words.stage, words.coverageHeading],
      rows: stages.map((s) => [s.title, words.coverage(card.stages[s.id])]),
    },
  );
  const items = by ? card.frameworks?.[by.id] : undefined;
  if (by && items) {
    blocks.push(
      { type: 'heading', level: 2, text: words.profileBy(by.title) },
      { type: 'note', text: words.perItemNote },
      {
        type: 'table',
        head: [words.item, ...outcomes.map((o) => words.outcomes[o]), words.coverageHeading],
        rows: by.items
          .filter((item) => items[item.id])
          .map((item) => [
            `${item.id} ${item.title ?? `(${words.topic}: ${item.topic ?? ''})`}`,
            ...outcomes.map((o) => count(items[item.id], o)),
            words.coverage(items[item.id]),
          ]),
      },
    );
  }
  if (card.stale.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: words.stale },
      {
        type: 'list',
        items: card.stale.map((s) => [
          { code: s.milestone },
          words.staleLine(words.evidenceKinds[s.kind], s.asOf, s.ageDays, words.cadences[s.cadence]),
          { url: s.url },
        ]),
      },
    );
  }
  if (card.review.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: words.review },
      { type: 'list', items: card.review.map((r) => [{ code: r.id }, ': ', ...codeSpans(r.reason)]) },
    );
  }
  if (card.nextSteps && card.nextSteps.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: words.nextSteps },
      { type: 'note', text: words.nextStepsNote },
      {
        type: 'table',
        head: [...words.nextStepsHead],
        rows: card.nextSteps.map((s) => [words.gain(s.gain), s.milestone, s.criterion ?? '', s.text]),
      },
    );
  }
  if (card.rubricChanges.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: words.rubricChanges(card.rubricVersion) },
      ...(words.rubricChangesInEnglish ? [{ type: 'note' as const, text: words.rubricChangesInEnglish }] : []),
      { type: 'list', items: card.rubricChanges.map((c) => codeSpans(c.message)) },
    );
  }
  return blocks;
}

/** One assessment's gaps to a target, as `assess --target` reports them. */
export interface AssessedGaps {
  readonly arrangement: string;
  readonly gaps: readonly Gap[];
}

/**
 * `assess --target`: the gaps and nothing else, one section per assessment
 * (a title, the note, then a table of gaps or the line that there are none).
 */
export function gapReport(
  target: string,
  assessed: readonly AssessedGaps[],
  words: ReportLabels = englishLabels,
): Block[] {
  return [
    { type: 'heading', level: 1, text: words.gapsTitle(target) },
    { type: 'note', text: words.gapsNote },
    ...assessed.flatMap((a): Block[] => [
      { type: 'heading', level: 2, text: a.arrangement },
      a.gaps.length === 0
        ? { type: 'paragraph', content: [words.noGaps] }
        : {
            type: 'table',
            head: [...words.gapsHead],
            rows: a.gaps.map((g) => [g.milestone, g.criterion ?? '', words.outcomes[g.want], words.outcomes[g.have]]),
          },
    ]),
  ];
}

/** A diff message, whose ids stand in backticks, as text and code runs (so neither writer escapes the backticks). */
function codeSpans(message: string): Inline[] {
  return message.split('`').map((part, i) => (i % 2 === 1 ? { code: part } : part));
}
