/**
 * The packed tools package: publint and Are the Types Wrong, the loader from
 * ESM and CJS, and the subpaths that must not load zod (`/rules`, `/diff`,
 * `/export`, `/ids`), shown by taking zod away: they still load, the main
 * entry does not.
 */
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerProject, packageProblems, run } from '../../../scripts/packed.js';
import { validRubric } from './helpers.js';

let consumer: string;
let tarball: string;

beforeAll(async () => {
  const project = await consumerProject();
  consumer = project.dir;
  tarball = project.tarballs.core as string;
}, 180_000);

describe('the packed core package', () => {
  it('has no publint messages and no Are the Types Wrong problems', async () => {
    expect(await packageProblems(tarball)).toEqual({ publint: [], attw: [] });
  });

  it('loads and validates a rubric from ESM and CommonJS', async () => {
    const rubricDir = validRubric;
    await writeFile(
      join(consumer, 'load.mjs'),
      `import { loadRubric } from '@usd1-milestones/core/loader';
const { rubric, problems } = await loadRubric(process.argv[2]);
console.log(JSON.stringify([problems.length, rubric.milestones.length]));`,
    );
    await writeFile(
      join(consumer, 'load.cjs'),
      `const { loadRubric } = require('@usd1-milestones/core/loader');
loadRubric(process.argv[2]).then(({ rubric, problems }) => console.log(JSON.stringify([problems.length, rubric.milestones.length])));`,
    );
    for (const script of ['load.mjs', 'load.cjs']) {
      expect(JSON.parse((await run('node', [script, rubricDir], { cwd: consumer })).stdout)).toEqual([0, 2]);
    }
  });

  it('serves the rule registry, the diff, the exports and the ids without zod', async () => {
    await rename(join(consumer, 'node_modules/zod'), join(consumer, 'node_modules/zod-away'));
    try {
      await writeFile(
        join(consumer, 'nozod.mjs'),
        `import { ruleIds, didYouMean } from '@usd1-milestones/core/rules';
import { diffRubrics } from '@usd1-milestones/core/diff';
import { exportRubric } from '@usd1-milestones/core/export';
import { compareVersions } from '@usd1-milestones/core/ids';
const { rubric } = await import('@usd1-milestones/rubric');
console.log(JSON.stringify([ruleIds.length > 10, didYouMean('fsb-2024', ['fsb-2023']), diffRubrics(rubric, rubric).bump, exportRubric(rubric, 'csv', '2026-01-01T00:00:00Z').split('\\r\\n')[0].split(',')[0], compareVersions('1.10.0', '1.9.0') > 0]));`,
      );
      await writeFile(
        join(consumer, 'nozod.cjs'),
        `for (const entry of ['rules', 'diff', 'export', 'ids']) require(\`@usd1-milestones/core/\${entry}\`); console.log('ok');`,
      );
      expect(JSON.parse((await run('node', ['nozod.mjs'], { cwd: consumer })).stdout)).toEqual([
        true,
        '; did you mean `fsb-2023`?',
        'none',
        'rubric_version',
        true,
      ]);
      expect((await run('node', ['nozod.cjs'], { cwd: consumer })).stdout).toBe('ok\n');
      const main = await run('node', ['-e', "import('@usd1-milestones/core')"], { cwd: consumer }).catch(
        (e: { stderr: string }) => e,
      );
      expect(main.stderr).toContain("Cannot find package 'zod'");
    } finally {
      await rename(join(consumer, 'node_modules/zod-away'), join(consumer, 'node_modules/zod'));
    }
  });
});
