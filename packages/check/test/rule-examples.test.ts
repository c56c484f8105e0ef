/**
 * Every example in the rule registry (core's rules.ts, shown in
 * docs/rules.md) runs here through the engine, as an editor checks a file:
 * as a document, as rubric text (a milestone body without front matter) or
 * as a whole milestone file, against the bundled rubric. Each `fails` text
 * gives a finding of its rule, each `passes` text no finding at all.
 */
import { join } from 'node:path';
import { configurableRules, type RuleId, ruleIds, rules } from '@usd1-milestones/core/rules';
import { rubric } from '@usd1-milestones/rubric';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileChecker } from '../src/editor.js';
import { applySafeFixes } from '../src/lib/fixes.js';

const withExamples = ruleIds.filter((id) => rules[id].examples !== undefined);
const cwd = join(import.meta.dirname, 'fixtures/examples');
const checker = openFileChecker({ cwd, rubric, rubricDir: join(cwd, 'rubric') });
afterAll(() => checker.close());

/** Where a text of each kind is: documentation, or a file in the rubric's milestones/ folder. */
const pathFor = {
  document: join(cwd, 'example.md'),
  'rubric text': join(cwd, 'rubric/milestones/99-example.md'),
  'milestone file': join(cwd, 'rubric/milestones/99-example.md'),
} as const;

async function rulesFound(id: RuleId, text: string): Promise<string[]> {
  const as = rules[id].examples?.as ?? 'document';
  return (await checker.check(pathFor[as], text)).map((f) => f.ruleId);
}

describe("the rule registry's examples", () => {
  it('cover every rule of Markdown and of milestone files', () => {
    expect(withExamples).toEqual([
      ...configurableRules,
      'unsafe-content',
      'milestone-sources',
      'milestone-sections',
      'criterion-unmarkable',
    ]);
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

  it('name what --fix does for every rule that can fix, and no other', () => {
    expect(ruleIds.filter((id) => rules[id].fixable)).toEqual(ruleIds.filter((id) => rules[id].fix !== undefined));
    expect(ruleIds.filter((id) => rules[id].examples?.fixed)).toEqual([
      'citation-unknown',
      'citation-numbering',
      'glossary-unknown',
      'milestone-unknown',
      'milestone-sources',
    ]);
  });

  const withFixes = ruleIds.filter((id) => rules[id].examples?.fixed);
  it.each(withFixes)('%s: --fix turns each example into its fixed text, which the rule passes', async (id) => {
    const examples = rules[id].examples;
    const path = pathFor[examples?.as ?? 'document'];
    for (const { from, to } of examples?.fixed ?? []) {
      const findings = await checker.check(path, from);
      expect(findings.filter((f) => f.ruleId === id).every((f) => f.fix?.safe)).toBe(true);
      const [fixed, ...more] = applySafeFixes(findings, () => from);
      expect({ from, to: fixed?.after, more }).toEqual({ from, to, more: [] });
      expect(await rulesFound(id, to)).not.toContain(id);
    }
  });
});
