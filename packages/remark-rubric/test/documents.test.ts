import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, messagesOf, processFile } from './helpers.js';

const seedPath = join(fixtures, 'seed/usd1-milestones-seed.md');
const seed = await readFile(seedPath, 'utf8');

/** The seed with one textual edit, checked under the seed's own file name. */
async function mutated(from: string, to: string): Promise<string[]> {
  expect(seed).toContain(from);
  return messagesOf(await processFile(seedPath, {}, seed.replace(from, to)));
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('the seed guide as Markdown (numbered mode)', () => {
  it('checks clean: every [n] is in its Sources list and every source is cited', async () => {
    expect(messagesOf(await processFile(seedPath))).toEqual([]);
  });

  it('reports a citation beyond the list', async () => {
    const sentence = 'the stabilizing effect of arbitrage can be weaker during stress.';
    const edited = seed.replace(sentence, `${sentence}[8]`);
    const line = lineOf(edited, `${sentence}[8]`);
    const column = (edited.split('\n')[line - 1] as string).indexOf('[8]') + 1;
    expect(await mutated(sentence, `${sentence}[8]`)).toEqual([
      `usd1-milestones-seed.md:${line}:${column}-${line}:${column + 3} citation-unknown Unknown source number \`[8]\`, expected a number of this document's Sources list (1-7)`,
    ]);
  });

  it('reports a source that is never cited once its only citation is gone', async () => {
    const item = '3. European Union, Regulation (EU) 2023/1114 on markets in crypto-assets (EUR-Lex)';
    const line = lineOf(seed, item);
    expect(await mutated('their issuers.[3]', 'their issuers.')).toEqual([
      `usd1-milestones-seed.md:${line}:1-${line}:${item.length + 1} citation-unused Source 3 of this document's Sources list is never cited: expected \`[3]\` in the text, or remove the entry`,
    ]);
  });

  it('treats an escaped or coded number as text, not a citation', async () => {
    expect(await mutated('their issuers.[3]', 'their issuers.\\[3] and `[3]`')).toHaveLength(1);
  });
});
