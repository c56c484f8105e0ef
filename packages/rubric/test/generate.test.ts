import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateFiles } from '@usd1-milestones/core/generate';
import { loadReleases, loadRubric } from '@usd1-milestones/core/loader';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { repoRubric } from './helpers.js';

/** This package, which holds the generated files and the frozen releases. */
const packageDir = join(import.meta.dirname, '..');

async function generateFromRepo() {
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const { rubric, problems } = await loadRubric(repoRubric, { version });
  expect(problems).toEqual([]);
  if (!rubric) throw new Error('rubric/ did not load');
  return generateFiles(rubric, loadReleases(join(packageDir, 'releases')));
}

describe('generated files', () => {
  it('are committed and up to date with rubric/ (run `npm run generate` if this fails)', async () => {
    const fresh = await generateFromRepo();
    for (const [path, contents] of Object.entries(fresh)) {
      const committed = await readFile(join(packageDir, path), 'utf8');
      expect({ path, upToDate: committed === contents }).toEqual({ path, upToDate: true });
    }
  });

  it('are byte-identical on every run', async () => {
    expect(await generateFromRepo()).toEqual(await generateFromRepo());
  });

  it('rubric.json validates against schema.json with a JSON Schema 2020-12 validator', async () => {
    const schema = JSON.parse(await readFile(join(packageDir, 'schema.json'), 'utf8')) as object;
    const data = JSON.parse(await readFile(join(packageDir, 'rubric.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    // ajv-formats ships CommonJS with a default export; unwrap it under either interop.
    type AddFormats = (ajv: Ajv2020) => Ajv2020;
    const module = addFormatsModule as unknown as AddFormats & { default?: AddFormats };
    (module.default ?? module)(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data)).toBe(true);
    expect(validate({ ...data, buckt: [] })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      keyword: 'additionalProperties',
      params: { additionalProperty: 'buckt' },
    });
  });

  it('types every id as a literal union', async () => {
    const typed = (await generateFromRepo())['src/generated/rubric.ts'];
    expect(typed).toContain('export type MilestoneId =\n  | "redemption-promise"\n  | "price-vs-redemption"');
    expect(typed).toContain('export type SourceKey =\n  | "fsb-2023"');
    expect(typed).toContain('export type CriterionId =\n  | "redemption-promise.who-can-redeem"');
    expect(typed).toContain('} as const satisfies Rubric;\n');
  });
});
