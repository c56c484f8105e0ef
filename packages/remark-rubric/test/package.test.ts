/**
 * The packed package: publint and Are the Types Wrong in every resolution
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
  tarball = project.tarballs['remark-rubric'] as string;
}, 180_000);

describe('the packed remark-rubric', () => {
  it('has no publint messages and no Are the Types Wrong problems', async () => {
    expect(await packageProblems(tarball)).toEqual({ publint: [], attw: [] });
  });

  it('runs from CommonJS and ESM', async () => {
    await writeFile(
      join(consumer, 'use.cjs'),
      `const plugin = require('@usd1-milestones/remark-rubric');
const { default: remarkRubric, checkRubricText } = plugin;
// require() gives the plugin itself (what remark configs pass to .use()), with its named exports on it.
console.log(JSON.stringify([typeof plugin, plugin === remarkRubric, typeof remarkRubric, checkRubricText('[@fsb-2024]').messages[0].ruleId]));`,
    );
    await writeFile(
      join(consumer, 'use.mjs'),
      `import remarkRubric, { checkRubricText } from '@usd1-milestones/remark-rubric';
console.log(JSON.stringify([typeof remarkRubric, checkRubricText('ok').messages.length]));`,
    );
    expect(JSON.parse((await run('node', ['use.cjs'], { cwd: consumer })).stdout)).toEqual([
      'function',
      true,
      'function',
      'citation-unknown',
    ]);
    expect(JSON.parse((await run('node', ['use.mjs'], { cwd: consumer })).stdout)).toEqual(['function', 0]);
  });

  it.each(typescriptModes.map((mode) => [mode[0], mode] as const))(
    'compiles against TypeScript: %s',
    async (_name, mode) => {
      expect(
        await compileConsumer(
          consumer,
          mode,
          `import remarkRubric, { type Options, checkRubricText } from '@usd1-milestones/remark-rubric';
const options: Options = { rubricContent: true, rules: { 'citation-unused': 'off' } };
export const plugin: typeof remarkRubric = remarkRubric;
export const ruleId: string = checkRubricText('x', options).messages[0]?.ruleId ?? '';
`,
        ),
      ).toBe('');
    },
  );
});
