import { describe, expect, it } from 'vitest';
// The worker itself is the built dist/text-worker.js (turbo builds before testing).
import { checkRubricTexts, openTextChecker, tooComplexMessage } from '../src/texts.js';

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

  it('gives a slow text in a batch of many its own time limit, and checks the others in it', async () => {
    // 300 texts are two batches; the slow one makes its batch run out of time, so that batch is checked text by text.
    const texts = Array.from({ length: 300 }, (_, i) => ({
      text: i === 150 ? '*a**'.repeat(40_000) : `Text ${i} [@fsb-2024].`,
    }));
    const outcomes = await checkRubricTexts(texts, { seconds: 1 });
    expect(outcomes).toHaveLength(300);
    expect(outcomes[150]).toEqual({ status: 'timeout', seconds: 1 });
    const reasons = outcomes.map((o, i) =>
      i === 150
        ? 'slow'
        : o.status === 'done'
          ? `${o.result.messages[0]?.start} ${o.result.messages[0]?.ruleId}`
          : o.status,
    );
    expect(reasons.filter((r) => r === 'slow')).toHaveLength(1);
    // Each text's citation is after "Text N [", so the message's offset says which text it came from.
    expect(reasons[0]).toBe('8 citation-unknown');
    expect(reasons[99]).toBe('9 citation-unknown');
    expect(reasons[299]).toBe('10 citation-unknown');
    expect(new Set(reasons.filter((r) => r !== 'slow')).size).toBe(3);
  });

  it('checks a repeated text once and gives every copy its outcome, in order', async () => {
    const outcomes = await checkRubricTexts([{ text: 'One [@x].' }, { text: 'Two.' }, { text: 'One [@x].' }]);
    expect(outcomes.map((o) => (o.status === 'done' ? o.result.messages.map((m) => m.start) : o.status))).toEqual([
      [5],
      [],
      [5],
    ]);
  });

  it('keeps its workers for several rubrics, checking each set against its own', async () => {
    const checker = openTextChecker({ seconds: 5 });
    const rubric = (id: string) => ({ sources: [{ id, number: 1 }], glossary: [], milestones: [] });
    try {
      const first = await checker.check([{ text: 'See [@alpha].' }], rubric('alpha'));
      const second = await checker.check([{ text: 'See [@alpha].' }], rubric('beta'));
      const reasons = (o: (typeof first)[number] | undefined) =>
        o?.status === 'done' ? o.result.messages.map((m) => `${m.ruleId} ${m.reason}`) : [o?.status];
      expect(reasons(first[0])).toEqual([]);
      expect(reasons(second[0])).toEqual([
        'citation-unknown Unknown source `alpha`, expected one of the bibliography keys',
      ]);
    } finally {
      await checker.close();
    }
  });

  it('says what to do about it', () => {
    expect(tooComplexMessage(10)).toBe(
      'Not checked: it took longer than the time budget of 10 s. Long files take longer, and some inputs slow the Markdown parser sharply (long runs of unmatched `*`, `_` or `[`, or very many link definitions); split the file or raise the budget (`--time-budget`)',
    );
  });
});
