/**
 * Text nested past the limits gets one message, never a thrown RangeError:
 * checkRubricText promises it never throws, and the plugin reports through
 * vfile like every other problem.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkRubric, { checkRubricText } from '../src/index.js';

describe('deeply nested text', () => {
  it.each([
    [
      '2,000 block quotes',
      '> '.repeat(2000),
      'Line 1 nests about 2000 block quotes and lists deep (more than 100); the text was not parsed',
    ],
    [
      '3,000 list items',
      '- '.repeat(3000),
      'Line 1 nests about 3000 block quotes and lists deep (more than 100); the text was not parsed',
    ],
    [
      '2,500 nested emphasis markers',
      `${'*'.repeat(2500)}a${'*'.repeat(2500)}`,
      'Line 1 is nested more than 1000 levels deep (block quotes, lists and inline markup); the text was not checked',
    ],
  ])('checkRubricText returns one message for %s', (_name, text, reason) => {
    const result = checkRubricText(text);
    expect(result.messages).toEqual([{ ruleId: 'rubric-syntax', fatal: true, reason, start: 0, end: 0 }]);
    expect(result.tree).toEqual({ type: 'root', children: [] });
  });

  it('points at the line where the nesting passes the limit', () => {
    const text = `Fine first line.\n\n${'> '.repeat(150)}deep`;
    expect(checkRubricText(text).messages).toEqual([
      {
        ruleId: 'rubric-syntax',
        fatal: true,
        reason: 'Line 3 nests about 150 block quotes and lists deep (more than 100); the text was not parsed',
        start: 18,
        end: 18,
      },
    ]);
  });

  it('still checks text nested within the limits', () => {
    expect(checkRubricText(`${'> '.repeat(50)}[x](glossary:nope)`).messages.map((m) => m.ruleId)).toEqual([
      'glossary-unknown',
    ]);
  });

  it('the plugin reports a tree nested past the limit as one fatal message and checks nothing else', async () => {
    const file = new VFile({ path: 'deep.md', value: `[@fsb-2024]\n\n${'*'.repeat(2500)}a${'*'.repeat(2500)}` });
    const processor = unified().use(remarkParse).use(remarkRubric);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal, m.reason])).toEqual([
      [
        3,
        1999,
        'rubric-syntax',
        true,
        'Line 3 is nested more than 1000 levels deep (block quotes, lists and inline markup); the file was not checked',
      ],
    ]);
  });
});
