import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRubricText } from '../src/index.js';
import { fixtures } from './helpers.js';

interface Payload {
  readonly name: string;
  readonly text: string;
  readonly inert?: true;
  readonly reported?: readonly { ruleId: string; offset: number }[];
}

const payloads: Payload[] = JSON.parse(readFileSync(join(fixtures, 'payloads/payloads.json'), 'utf8'));

describe('hostile rubric text, parsed with the one grammar', () => {
  it('has a payload of every kind the table promises', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(24);
    expect(payloads.filter((p) => p.inert).length).toBeGreaterThanOrEqual(6);
  });

  it.each(payloads.map((p) => [p.name, p] as const))('%s', (_name, payload) => {
    const { messages, tree } = checkRubricText(payload.text);
    expect(messages.map((m) => ({ ruleId: m.ruleId, offset: m.start }))).toEqual(payload.reported ?? []);
    // Whatever the checker said, the tree the site would render holds no markup and no script URL.
    const json = JSON.stringify(tree);
    expect(json).not.toMatch(/"type":"(html|mdxJsx\w*|mdx\w*Expression|mdxjsEsm)"/);
    expect(json).not.toMatch(/"url":"\s*(javascript|data|vbscript):/i);
  });
});
