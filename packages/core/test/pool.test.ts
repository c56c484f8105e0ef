/** The built loader reads large rubrics on worker threads; the result must equal the one-thread read. */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');

describe('the built loader on a large rubric', () => {
  it('gives the same rubric and problems on worker threads as in one thread', async () => {
    const { writeSyntheticRubric } = await import('../scripts/synthetic-rubric.mjs');
    const dir = join(await mkdtemp(join(tmpdir(), 'usd1-pool-')), 'large');
    await mkdir(dir);
    await writeSyntheticRubric(dir, { milestones: 600, terms: 50 });
    // One broken cross-reference, so that problem positions are found again after the workers return.
    const file = join(dir, 'milestones/123-milestone-123.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('related: [milestone-124]', 'related: [milestone-1240]'),
    );

    const { loadRubric: inThread } = await import('../src/loader.js');
    const built = (await import(join(packageDir, 'dist/loader.js'))) as typeof import('../src/loader.js');
    const [expected, actual] = await Promise.all([inThread(dir), built.loadRubric(dir)]);
    expect(actual.problems).toEqual([
      {
        file,
        line: 19,
        column: 11,
        ruleId: 'rubric-schema',
        severity: 'error',
        message: 'Unknown related milestone `milestone-1240`; did you mean `milestone-120`?',
      },
    ]);
    expect({ rubric: actual.rubric, problems: actual.problems }).toEqual({
      rubric: expected.rubric,
      problems: expected.problems,
    });
  });
});
