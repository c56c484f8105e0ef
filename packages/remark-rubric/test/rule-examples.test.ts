/**
 * Every example in the rule registry (core's rules.ts, shown in
 * docs/rules.md) runs here, as a document or as rubric text against the
 * bundled rubric: each `fails` text gives a finding of its rule, each
 * `passes` text none.
 */
import { configurableRules, type RuleId, ruleIds, rules } from '@usd1-milestones/core/rules';
import { describe, expect, it } from 'vitest';
import { processFile } from './helpers.js';

const withExamples = ruleIds.filter((id) => rules[id].examples !== undefined);

async function rulesFound(id: RuleId, text: string): Promise<string[]> {
  const examples = rules[id].examples;
  const file = await processFile('example.md', examples?.as === 'rubric text' ? { rubricContent: true } : {}, text);
  return file.messages.map((m) => String(m.ruleId));
}

describe("the rule registry's examples", () => {
  it('cover every rule of Markdown: the configurable ones and unsafe-content', () => {
    expect(withExamples).toEqual([...configurableRules, 'unsafe-content']);
  });

  it.each(withExamples)('%s: each failing example is reported, each passing one is not', async (id) => {
    const examples = rules[id].examples;
    if (!examples) throw new Error(`${id} has no examples`);
    expect(examples.fails.length).toBeGreaterThan(0);
    expect(examples.passes.length).toBeGreaterThan(0);
    for (const text of examples.fails)
      expect({ text, found: await rulesFound(id, text) }).toMatchObject({ text, found: expect.arrayContaining([id]) });
    for (const text of examples.passes)
      expect({ text, found: await rulesFound(id, text) }).toEqual({ text, found: [] });
  });
});
