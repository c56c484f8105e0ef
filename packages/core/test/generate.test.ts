import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateFiles } from '../src/generate.js';
import { loadRubric } from '../src/loader.js';
import { rubricWith } from './helpers.js';

describe('generated files', () => {
  it('do not depend on the key order in the source files', async () => {
    const dir = await rubricWith(undefined);
    const file = join(dir, 'glossary.yaml');
    const reversed = (parse(await readFile(file, 'utf8')) as Record<string, unknown>[]).map((term) =>
      Object.fromEntries(Object.entries(term).reverse()),
    );
    const before = await loadRubric(dir);
    await writeFile(file, stringify(reversed));
    const after = await loadRubric(dir);
    expect(after.problems).toEqual([]);
    if (!before.rubric || !after.rubric) throw new Error('fixture did not load');
    expect(generateFiles(after.rubric)['rubric.json']).toBe(generateFiles(before.rubric)['rubric.json']);
  });
});
