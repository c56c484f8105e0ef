/**
 * Fixes as data, in process: the engine over a real project (fixtures/fixes: a small rubric with
 * retired items, a guide that links it in every way a fix knows, a milestone whose `sources:` lacks
 * a key its body cites, a glossary definition with an alias link), the fixes at exact places,
 * then `applySafeFixes` and `unifiedDiff` against the files and diff committed beside it.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRubric } from '@usd1-milestones/core/loader';
import { describe, expect, it } from 'vitest';
import { applySafeFixes, check, type Finding, fixableCount, openFileChecker, unifiedDiff } from '../src/index.js';

const fixture = join(import.meta.dirname, 'fixtures/fixes');
const expected = join(fixture, 'expected');

/** A copy of the project, so that nothing writes to the fixture. */
async function copy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'usd1-fixes-'));
  await cp(join(fixture, 'docs'), join(dir, 'docs'), { recursive: true });
  await cp(join(fixture, 'rubric'), join(dir, 'rubric'), { recursive: true });
  return dir;
}

const run = (cwd: string) => check({ cwd, rubricDir: 'rubric', cache: false });

/** A finding as [file, line, column, rule, safe?, edits as [line, column, endLine, endColumn, text]]. */
const fixesOf = (findings: readonly Finding[]) =>
  findings.map((f) => [
    f.file,
    f.line,
    f.column,
    f.ruleId,
    f.fix?.safe,
    f.fix?.edits.map((e) => [e.line, e.column, e.endLine, e.endColumn, e.text]),
  ]);

describe('fixes', () => {
  it('makes each certain repair a safe fix and each near spelling an offered one, at the written target', async () => {
    const { findings } = await run(fixture);
    expect(fixesOf(findings)).toEqual([
      ['docs/guide.md', 5, 24, 'milestone-unknown', true, [[5, 42, 5, 47, 'beta']]],
      ['docs/guide.md', 5, 75, 'milestone-unknown', true, [[5, 100, 5, 113, 'beta#beta.first']]],
      ['docs/guide.md', 6, 40, 'milestone-unknown', true, [[6, 59, 6, 75, 'beta#beta.first']]],
      ['docs/guide.md', 6, 92, 'milestone-unknown', true, [[6, 116, 6, 117, 'beta']]],
      ['docs/guide.md', 7, 19, 'glossary-unknown', true, [[7, 34, 7, 37, 'arbitrage']]],
      ['docs/guide.md', 7, 56, 'glossary-unknown', true, [[7, 71, 7, 74, 'kyc']]],
      ['docs/guide.md', 7, 91, 'glossary-unknown', true, [[7, 106, 7, 124, 'kyc']]],
      ['docs/guide.md', 8, 29, 'framework-unknown', true, [[8, 49, 8, 56, 'pfmi/P7']]],
      ['docs/guide.md', 8, 86, 'citation-unknown', true, [[8, 87, 8, 95, 'fsb-2023']]],
      // Where a fix would lead to another finding (a retired id), it goes all the way at once.
      ['docs/guide.md', 9, 46, 'milestone-unknown', true, [[9, 70, 9, 71, 'beta']]],
      ['docs/guide.md', 9, 123, 'milestone-unknown', true, [[9, 148, 9, 162, 'beta#beta.first']]],
      ['docs/guide.md', 11, 42, 'milestone-unknown', false, [[11, 59, 11, 62, 'beta']]],
      ['docs/guide.md', 11, 65, 'glossary-unknown', false, [[11, 86, 11, 94, 'arbitrage']]],
      ['docs/guide.md', 12, 1, 'framework-unknown', false, [[12, 21, 12, 28, 'pfmi/P1']]],
      ['docs/guide.md', 12, 35, 'citation-unknown', false, [[12, 36, 12, 44, 'fsb-2023']]],
      ['rubric/glossary.yaml', 3, 82, 'glossary-unknown', true, [[3, 112, 3, 130, 'kyc']]],
      // Before the `]` of `sources: [fsb-2023]`.
      ['rubric/milestones/01-alpha.md', 17, 30, 'milestone-sources', true, [[13, 19, 13, 19, ', imf-2025']]],
    ]);
    // The messages say what the fix does: a retired id names where it went.
    expect(findings[0]?.message).toBe(
      'The milestone `gamma` is retired; it was replaced by `beta`: link to a milestone that is not retired',
    );
    expect(findings[2]?.message).toBe(
      'Unknown criterion `beta.first` of milestone `alpha`, expected one of its criterion ids; it belongs to milestone `beta`: did you mean `beta#beta.first`?',
    );
    expect(fixableCount(findings)).toBe(13);
  });

  it('applies the safe fixes once, as the committed files and diff show, and a second time changes nothing', async () => {
    const dir = await copy();
    const { findings } = await run(dir);
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    const files = applySafeFixes(findings, read);
    expect(files.map((f) => [f.file, f.fixed.length])).toEqual([
      ['docs/guide.md', 11],
      ['rubric/glossary.yaml', 1],
      ['rubric/milestones/01-alpha.md', 1],
    ]);
    for (const f of files) expect(f.after).toBe(await readFile(join(expected, 'fixed', f.file), 'utf8'));
    expect(unifiedDiff(files)).toBe(await readFile(join(expected, 'fix-dry-run.diff'), 'utf8'));

    for (const f of files) await writeFile(join(dir, f.file), f.after);
    const again = await run(dir);
    expect(fixableCount(again.findings)).toBe(0);
    expect(applySafeFixes(again.findings, read)).toEqual([]);
    // What remains is what no fix is certain of: the four near spellings, each still offered.
    expect(again.findings.map((f) => [f.line, f.column, f.ruleId, f.fix?.safe])).toEqual([
      [11, 42, 'milestone-unknown', false],
      [11, 65, 'glossary-unknown', false],
      [12, 1, 'framework-unknown', false],
      [12, 35, 'citation-unknown', false],
    ]);
  });

  it('leaves a fix whose edits overlap one taken earlier, and one that reaches out of its text', () => {
    const edit = (column: number, endColumn: number, text: string) => ({
      file: 'a.md',
      line: 1,
      column,
      endLine: 1,
      endColumn,
      text,
    });
    const at = (column: number, edits: ReturnType<typeof edit>[]): Finding => ({
      file: 'a.md',
      line: 1,
      column,
      ruleId: 'glossary-unknown',
      severity: 'error',
      message: 'm',
      fix: { safe: true, edits },
    });
    const files = applySafeFixes(
      [at(1, [edit(1, 4, 'xyz')]), at(2, [edit(3, 6, 'no')]), at(7, [edit(7, 9, 'ok')]), at(1, [edit(20, 30, 'out')])],
      () => 'abcdefghij',
    );
    expect(files.map((f) => [f.after, f.fixed.map((x) => x.column)])).toEqual([['xyzdefokij', [1, 7]]]);
  });

  it('gives no edit where the target is not written as the parser read it, and keeps the suggestion', async () => {
    const text =
      'A reference [KYC](glossary:KY&#67;), a title [KYC](glossary:KYC "glossary:KYC"), a bracketed [KYC](<glossary:KYC>).\n';
    const { findings } = await check({
      cwd: fixture,
      rubricDir: 'rubric',
      documents: [{ path: 'docs/written.md', text }],
      cache: false,
    });
    expect(
      findings.map((f) => [f.column, f.suggestions, f.fix?.edits.map((e) => [e.column, e.endColumn, e.text])]),
    ).toEqual([
      [13, ['kyc'], undefined],
      [46, ['kyc'], undefined],
      [94, ['kyc'], [[110, 113, 'kyc']]],
    ]);
  });

  it('adds a missing key to a block list of sources on a line of its own, as the items are written', async () => {
    const alpha = await readFile(join(fixture, 'rubric/milestones/01-alpha.md'), 'utf8');
    const text = alpha.replace('sources: [fsb-2023]\n', 'sources:\n  - fsb-2023\n');
    const { findings } = await check({
      cwd: fixture,
      rubricDir: 'rubric',
      documents: [{ path: 'rubric/milestones/01-alpha.md', text }],
      cache: false,
    });
    const files = applySafeFixes(findings, () => text);
    expect(files.map((f) => f.after)).toEqual([text.replace('  - fsb-2023\n', '  - fsb-2023\n  - imf-2025\n')]);
  });

  it('renumbers a Sources list and its citations in every section, the editor as the command', async () => {
    // Many paragraphs, so that the editor checks the document in sections; the list is at the end.
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Paragraph ${i} cites [${(i % 4) + 1}].`);
    const text = `# Notes\n\n${paragraphs.join('\n\n')}\n\n## Sources\n\n1. One.\n4. Four, inserted.\n2. Two.\n3. Three.\n`;
    const path = 'docs/numbered.md';
    const { findings } = await check({ cwd: fixture, rubricDir: 'rubric', documents: [{ path, text }], cache: false });
    const { rubric } = await loadRubric(join(fixture, 'rubric'));
    if (!rubric) throw new Error('the fixture rubric does not load');
    const editor = openFileChecker({ cwd: fixture, rubric, rubricDir: join(fixture, 'rubric') });
    try {
      expect(await editor.check(join(fixture, path), text)).toEqual(findings);
    } finally {
      await editor.close();
    }
    // Three list items and the 90 citations of 4, 2 and 3 (those of 1 keep their number).
    expect(findings.map((f) => [f.line, f.column, f.ruleId, f.fix?.edits.length])).toEqual([
      [246, 1, 'citation-numbering', 3 + 90],
    ]);
    const [fixed] = applySafeFixes(findings, () => text);
    const shown = new Map([
      [1, 1],
      [4, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(fixed?.after).toBe(
      `# Notes\n\n${Array.from({ length: 120 }, (_, i) => `Paragraph ${i} cites [${shown.get((i % 4) + 1)}].`).join('\n\n')}\n\n## Sources\n\n1. One.\n2. Four, inserted.\n3. Two.\n4. Three.\n`,
    );
  });
});
