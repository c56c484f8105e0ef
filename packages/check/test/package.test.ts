/**
 * The packed engine: publint and Are the Types Wrong in every resolution
 * mode, then a consumer that requires it from CommonJS, imports it from ESM
 * and compiles TypeScript against it both ways.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileConsumer, consumerProject, packageProblems, run, typescriptModes } from '../../../scripts/packed.js';

let consumer: string;
let tarball: string;

beforeAll(async () => {
  const project = await consumerProject();
  consumer = project.dir;
  tarball = project.tarballs.check as string;
}, 180_000);

describe('the packed check engine', () => {
  it('has no publint messages and no Are the Types Wrong problems', async () => {
    expect(await packageProblems(tarball)).toEqual({ publint: [], attw: [] });
  });

  it('checks a document held in memory, from CommonJS and ESM, with its workers', async () => {
    const script = (load: string) => `${load}
const { rubric } = require_('@usd1-milestones/rubric');
check({ cwd: process.cwd(), documents: [{ path: 'note.md', text: 'See [@fsb-2024].\\n' }], rubric, cache: false }).then(
  async ({ findings }) => {
    const [outcome] = await checkRubricTexts([{ text: '[@fsb-2024]' }]);
    console.log(JSON.stringify([findings.map((f) => [f.file, f.line, f.column, f.endColumn, f.ruleId]), outcome.result.messages[0].ruleId]));
  },
);`;
    await writeFile(
      join(consumer, 'engine.cjs'),
      script(`const require_ = require;
const { check } = require('@usd1-milestones/check');
const { checkRubricTexts } = require('@usd1-milestones/check/texts');`),
    );
    await writeFile(
      join(consumer, 'engine.mjs'),
      script(`import { createRequire } from 'node:module';
import { check } from '@usd1-milestones/check';
import { checkRubricTexts } from '@usd1-milestones/check/texts';
const require_ = createRequire(import.meta.url);`),
    );
    const expected = [[['note.md', 1, 6, 15, 'citation-unknown']], 'citation-unknown'];
    expect(JSON.parse((await run('node', ['engine.cjs'], { cwd: consumer })).stdout)).toEqual(expected);
    expect(JSON.parse((await run('node', ['engine.mjs'], { cwd: consumer })).stdout)).toEqual(expected);
  });

  it.each(typescriptModes.map((mode) => [mode[0], mode] as const))(
    'compiles against TypeScript: %s',
    async (_name, mode) => {
      expect(
        await compileConsumer(
          consumer,
          mode,
          `import { type CheckOptions, type Finding, check } from '@usd1-milestones/check';
import { DEFAULT_TIME_BUDGET, type Outcome } from '@usd1-milestones/check/texts';
export const options: CheckOptions = { cwd: '.', paths: ['docs'], rules: { 'citation-unused': 'off' } };
export const run: (o: CheckOptions) => Promise<{ readonly findings: readonly Finding[] }> = check;
export const budget: number = DEFAULT_TIME_BUDGET;
export type Done = Extract<Outcome<number>, { status: 'done' }>;
`,
        ),
      ).toBe('');
    },
  );
});
