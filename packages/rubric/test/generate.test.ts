import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
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

describe('npm run generate on a rubric that check refuses', () => {
  it('writes nothing and prints what check prints: a broken glossary link, at its place', async () => {
    const { cp, mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { check } = await import('@usd1-milestones/check');
    const { formatProblem } = await import('@usd1-milestones/core/rules');
    const dir = await mkdtemp(join(tmpdir(), 'usd1-generate-'));
    await cp(repoRubric, dir, { recursive: true });
    const file = join(dir, 'milestones/05-reserve-policy.md');
    const text = await readFile(file, 'utf8');
    const broken = text.replace('(glossary:reserves)', '(glossary:reservs)');
    await writeFile(file, broken);
    // The line of the broken link in the file as it is, so that editing the milestone moves it along.
    const line = broken.split('\n').findIndex((l) => l.includes('(glossary:reservs)')) + 1;
    const column = (broken.split('\n')[line - 1] ?? '').indexOf('[') + 1;
    // What check reports for the same folder, from the same working folder.
    const expected = (await check({ cwd: packageDir, rubricDir: dir, docs: [], cache: false })).findings;
    const found = expected.filter((f) => f.ruleId === 'glossary-unknown');
    expect(line).toBeGreaterThan(0);
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [line, column, 'Unknown glossary term `reservs`, expected a glossary slug; did you mean `reserves`?'],
    ]);
    const run = await promisify(execFile)(
      join(packageDir, '../../node_modules/.bin/tsx'),
      ['--conditions=@usd1-milestones/source', 'scripts/generate.ts', '--check', '--rubric', dir],
      { cwd: packageDir },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(run.code).toBe(1);
    const errors = expected.filter((f) => f.severity === 'error').length;
    expect(run.stderr).toBe(
      `${expected.map((f) => `${formatProblem(f)}\n`).join('')}generate: ${errors} error(s) in ${relative(packageDir, dir)} (as \`usd1-milestones check\` reports them); nothing written\n`,
    );
  }, 120_000);
});
