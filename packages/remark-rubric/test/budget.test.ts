import { describe, expect, it } from 'vitest';
// The worker itself is the built dist/text-worker.js (turbo builds before testing).
import { checkRubricTexts, tooComplexMessage } from '../src/budget.js';

describe('checking rubric text within a time budget', () => {
  it('reports pathological Markdown as too complex, and still checks the rest', async () => {
    const outcomes = await checkRubricTexts(
      [{ text: '*a**'.repeat(40_000) }, { text: 'A [citation](glossary:kyc) and [@fsb-2024].' }],
      { seconds: 1 },
    );
    expect(outcomes[0]).toEqual({ status: 'timeout', seconds: 1 });
    expect(outcomes[1]?.status).toBe('done');
    const done = outcomes[1] as Extract<(typeof outcomes)[number], { status: 'done' }>;
    expect(done.result.messages.map((m) => `${m.start} ${m.ruleId} ${m.reason}`)).toEqual([
      '32 citation-unknown Unknown source `fsb-2024`, expected one of the bibliography keys; did you mean `fsb-2023`?',
    ]);
  });

  it('says what to do about it', () => {
    expect(tooComplexMessage(10)).toBe(
      'Not checked: it took longer than the time budget of 10 s. Long files take longer, and some inputs slow the Markdown parser sharply (long runs of unmatched `*`, `_` or `[`, or very many link definitions); split the file or raise the budget (`--time-budget`)',
    );
  });
});
