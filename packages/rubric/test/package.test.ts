/**
 * The data package as a consumer gets it: packed, linted by publint and Are
 * the Types Wrong, installed alone into an empty project (it must bring no
 * dependency), then imported from ESM, required from CJS and compiled against
 * with TypeScript, where a misspelt id fails to compile.
 */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pack, packageProblems, repoRoot, run } from '../../../scripts/packed.js';

let tarball: string;
let consumer: string;

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'usd1-rubric-pack-'));
  tarball = await pack('rubric', work);
  consumer = join(work, 'consumer');
  await mkdir(consumer);
  await writeFile(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: consumer });
}, 180_000);

describe('the packed data package', () => {
  it('has no publint messages and no Are the Types Wrong problems', async () => {
    expect(await packageProblems(tarball)).toEqual({ publint: [], attw: [] });
  });

  it('installs as one package with no dependencies', async () => {
    expect((await readdir(join(consumer, 'node_modules'))).filter((name) => !name.startsWith('.'))).toEqual([
      '@usd1-milestones',
    ]);
    expect(await readdir(join(consumer, 'node_modules/@usd1-milestones'))).toEqual(['rubric']);
  });

  it('ships the generated files and frozen releases, and no tests', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n').sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'package/dist/index.js',
        'package/dist/index.cjs',
        'package/dist/index.d.ts',
        'package/dist/index.d.cts',
        'package/dist/folder.js',
        'package/rubric.json',
        'package/schema.json',
        'package/releases/1.0.0.json',
      ]),
    );
    expect(files.filter((f) => f.includes('/test/'))).toEqual([]);
  });
});

describe('a consumer project', () => {
  it('imports the data from ESM', async () => {
    await writeFile(
      join(consumer, 'esm.mjs'),
      `import { getMilestone, milestonesByBucket, rubric, version } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { readdirSync } from 'node:fs';
console.log(JSON.stringify([version === rubric.version, rubric.milestones.length, getMilestone('wind-down-plan').number, milestonesByBucket('transparency').length, readdirSync(releasesFolder).includes('1.0.0.json')]));`,
    );
    const { stdout } = await run('node', ['esm.mjs'], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual([true, 33, 33, 3, true]);
  });

  it('requires the data from CommonJS, with the JSON and JSON Schema subpaths', async () => {
    await writeFile(
      join(consumer, 'cjs.cjs'),
      `const { getTerm, sources } = require('@usd1-milestones/rubric');
const json = require('@usd1-milestones/rubric/rubric.json');
const schema = require('@usd1-milestones/rubric/schema.json');
console.log(JSON.stringify([getTerm('HSM').slug, sources.length, json.milestones.length, schema.$schema]));`,
    );
    const { stdout } = await run('node', ['cjs.cjs'], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual([
      'hardware-security-module',
      7,
      33,
      'https://json-schema.org/draft/2020-12/schema',
    ]);
  });

  it('compiles TypeScript with a real id and rejects a misspelt one', async () => {
    await writeFile(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', strict: true, noEmit: true, types: [] } }),
    );
    await writeFile(
      join(consumer, 'good.ts'),
      `import { getMilestone, type MilestoneId, type Rubric, rubric } from '@usd1-milestones/rubric';
const id: MilestoneId = 'reserve-policy';
const five: 5 = getMilestone(id === 'reserve-policy' ? id : 'reserve-policy').number;
const data: Rubric = rubric;
export { data, five };
`,
    );
    await writeFile(
      join(consumer, 'bad.ts'),
      `import { getMilestone } from '@usd1-milestones/rubric';
export const m = getMilestone('reserve-polcy');
`,
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    await expect(
      run(process.execPath, [tsc, '-p', '.', '--noEmit'], { cwd: consumer }).catch((e: { stdout: string }) => e.stdout),
    ).resolves.toContain(
      `bad.ts(2,31): error TS2345: Argument of type '"reserve-polcy"' is not assignable to parameter of type 'MilestoneId'.`,
    );
    await writeFile(join(consumer, 'bad.ts'), 'export {};\n');
    const { stdout } = await run(process.execPath, [tsc, '-p', '.', '--noEmit'], { cwd: consumer });
    expect(stdout).toBe('');
  });
});
