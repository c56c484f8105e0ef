import type { GroupScore, Outcome, Scorecard } from '@usd1-milestones/assess';

interface Named {
  readonly id: string;
  readonly title: string;
}

const percent = (g: GroupScore | undefined) =>
  g?.coverage === null || g?.coverage === undefined ? 'n/a' : `${Math.round(g.coverage * 100)}%`;
const count = (g: GroupScore | undefined, o: Outcome) => String(g?.counts[o] ?? 0);

/** One arrangement's scorecard: the bucket profile, stages, stale evidence and rubric changes. */
export function scorecardMarkdown(card: Scorecard, buckets: readonly Named[], stages: readonly Named[]): string {
  const lines = [
    `# ${card.arrangement}`,
    '',
    ...(card.hypothetical ? ['> Hypothetical: a fictional arrangement, for illustration only.', ''] : []),
    `Assessed ${card.date} by ${card.assessor} against rubric ${card.rubricVersion}; scored with ${card.scoredWith}. A profile, not a grade: coverage counts met as 1 and partial as 0.5 over the milestones that apply.`,
    '',
    '## Bucket profile',
    '',
    '| Bucket | Met | Partial | Not met | Not disclosed | N/A | Not assessed | Coverage |',
    '|---|---|---|---|---|---|---|---|',
    ...buckets.map((b) => {
      const g = card.buckets[b.id];
      return `| ${b.title} | ${count(g, 'met')} | ${count(g, 'partial')} | ${count(g, 'not-met')} | ${count(g, 'not-disclosed')} | ${count(g, 'not-applicable')} | ${count(g, 'not-assessed')} | ${percent(g)} |`;
    }),
    '',
    '## Lifecycle stages',
    '',
    '| Stage | Coverage |',
    '|---|---|',
    ...stages.map((s) => `| ${s.title} | ${percent(card.stages[s.id])} |`),
  ];
  if (card.stale.length > 0) {
    lines.push(
      '',
      '## Stale evidence',
      '',
      ...card.stale.map(
        (s) =>
          `- \`${s.milestone}\`: ${s.kind} as of ${s.asOf} is ${s.ageDays} days old (expected ${s.cadence}): ${s.url}`,
      ),
    );
  }
  if (card.rubricChanges.length > 0) {
    lines.push(
      '',
      `## Rubric changes since ${card.rubricVersion}`,
      '',
      ...card.rubricChanges.map((c) => `- ${c.message}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Several arrangements side by side across the buckets. */
export function comparisonMarkdown(cards: readonly Scorecard[], buckets: readonly Named[]): string {
  const header = `| Bucket | ${cards.map((c) => c.arrangement).join(' | ')} |`;
  const rule = `|---|${cards.map(() => '---').join('|')}|`;
  const rows = buckets.map((b) => `| ${b.title} | ${cards.map((c) => percent(c.buckets[b.id])).join(' | ')} |`);
  const disclosed = `| *Not disclosed (milestones)* | ${cards.map((c) => String(Object.values(c.buckets).reduce((n, g) => n + g.counts['not-disclosed'], 0))).join(' | ')} |`;
  const lines = [
    '# Comparison across the buckets',
    '',
    'Coverage per bucket (met 1, partial 0.5, over the milestones that apply). Compare across all buckets, not on any one.',
    '',
    header,
    rule,
    ...rows,
    disclosed,
  ];
  const hypothetical = cards.filter((c) => c.hypothetical).map((c) => c.arrangement);
  if (hypothetical.length > 0) lines.push('', `> Hypothetical: ${hypothetical.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
