/**
 * The editorial rules on a real milestone file: problems inserted into a copy
 * of rubric/milestones/05-reserve-policy.md are reported at their places, the
 * same by a run of the engine and by the editor's checker, and the file as
 * committed gives none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubric } from '@usd1-milestones/core/loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileChecker, openFileChecker } from '../src/editor.js';
import { check } from '../src/project.js';

const repo = join(import.meta.dirname, '../../..');
const rubricDir = join(repo, 'rubric');
const path = join(rubricDir, 'milestones/05-reserve-policy.md');
const committed = readFileSync(path, 'utf8');

let editor: FileChecker;
beforeAll(async () => {
  const { rubric } = await loadRubric(rubricDir);
  if (!rubric) throw new Error('rubric/ does not load');
  editor = openFileChecker({ cwd: repo, rubric, rubricDir });
}, 60_000);
afterAll(() => editor.close());

/** The file with `from` replaced by `to`, which must be in it. */
function edited(from: string, to: string, text = committed): string {
  if (!text.includes(from)) throw new Error(`not in the file: ${from}`);
  return text.replace(from, to);
}

/** 1-based line and column of the first `needle` in `text` (after `after`, when given): places follow the file as it is. */
function placeOf(text: string, needle: string, after = ''): [number, number] {
  const offset = text.indexOf(needle, after === '' ? 0 : text.indexOf(after));
  if (offset === -1) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return [before.length, (before.at(-1)?.length ?? 0) + 1];
}

/** What the engine's run and the editor report for `text` at the milestone's path, checked to agree. */
async function findings(text: string) {
  const run = await check({ cwd: repo, rubricDir, documents: [{ path, text }], cache: false });
  const inEditor = await editor.check(path, text);
  expect(inEditor).toEqual(run.findings);
  return run.findings.map(({ line, column, endLine, endColumn, ruleId, message }) => ({
    at: [line, column, endLine, endColumn],
    ruleId,
    message,
  }));
}

describe('the editorial rules on a milestone file', () => {
  it('find nothing in the file as committed', async () => {
    expect(await findings(committed)).toEqual([]);
  }, 60_000);

  it('report a criterion an assessor cannot mark, at its words', async () => {
    const text = edited('lists the reserve assets that are permitted.', 'lists the reserve assets that are adequate.');
    const [line, column] = placeOf(text, 'adequate');
    expect(await findings(text)).toEqual([
      {
        at: [line, column, line, column + 'adequate'.length],
        ruleId: 'criterion-unmarkable',
        message:
          'This criterion cannot be marked met or not met from a document, a report or the chain: a judgement with no stated test (`adequate`). Say what a document shows, and whose',
      },
    ]);
  });

  it('report a source listed and not cited at the key, and one cited and not listed at the citation', async () => {
    const text = edited(
      'liquidity [@treasury-2021].',
      'liquidity [@treasury-2021; @fsb-2023].',
      edited('sources: [treasury-2021, imf-2025]', 'sources: [treasury-2021, imf-2025, bis-2025]'),
    );
    const [keyLine, keyColumn] = placeOf(text, 'bis-2025');
    const [citeLine, citeColumn] = placeOf(text, '@fsb-2023');
    expect(await findings(text)).toEqual([
      {
        at: [keyLine, keyColumn, keyLine, keyColumn + 'bis-2025'.length],
        ruleId: 'milestone-sources',
        message:
          '`sources` lists `bis-2025`, which the body never cites: cite it where the body relies on it, or remove it from `sources`',
      },
      {
        at: [citeLine, citeColumn, citeLine, citeColumn + '@fsb-2023'.length],
        ruleId: 'milestone-sources',
        message: "The body cites `fsb-2023`, which the front matter's `sources` does not list: add it to `sources`",
      },
    ]);
  });

  it('report a missing section at the end of the file, and a body that does not open with the first', async () => {
    const text = edited('## Why it matters', 'Why it matters:', edited('## Reading the evidence', '## Evidence'));
    const found = await findings(text);
    // The first where the body starts, the second at the end of the file (after its last line break).
    const [bodyLine] = placeOf(text, 'Why it matters:');
    const lastLine = text.split('\n').length;
    expect(found.map((f) => [f.ruleId, f.at, f.message])).toEqual([
      [
        'milestone-sections',
        [bodyLine, 1, undefined, undefined],
        "A milestone's body starts with the heading `## Why it matters`",
      ],
      [
        'milestone-sections',
        [lastLine, 1, undefined, undefined],
        "A milestone's body has a `## Reading the evidence` section",
      ],
    ]);
  });
});
