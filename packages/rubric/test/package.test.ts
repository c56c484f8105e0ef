/**
 * The package as a consumer gets it: packed into a tarball, linted by publint
 * and Are the Types Wrong, installed into a fresh project, then imported from
 * ESM, required from CJS and compiled against with TypeScript.
 */
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRubric } from './helpers.js';

const run = promisify(execFile);
const packageDir = join(import.meta.dirname, '..');
const repoRoot = join(packageDir, '../..');
const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);

let work: string;
let tarball: string;
let consumer: string;

beforeAll(async () => {
  await access(join(packageDir, 'dist/index.js')).catch(() => {
    throw new Error('dist/ is missing: run `npm run build -w @usd1-milestones/rubric` (turbo runs it before tests)');
  });
  work = await mkdtemp(join(tmpdir(), 'usd1-rubric-pack-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: packageDir,
  });
  const [info] = JSON.parse(stdout) as { filename: string }[];
  tarball = join(work, info?.filename ?? '');

  consumer = join(work, 'consumer');
  await mkdir(consumer);
  await writeFile(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: consumer });
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('has no publint messages', async () => {
    const bytes = await readFile(tarball);
    const { messages } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      strict: true,
    });
    expect(messages).toEqual([]);
  });

  it('has no Are the Types Wrong problems in any resolution mode', async () => {
    const result = await run(bin('attw'), [tarball, '--format', 'json'], { cwd: work }).catch(
      (error: { stdout: string; code: number }) => error,
    );
    const report = JSON.parse(result.stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
  });

  it('ships the generated files and no tests', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n').sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'package/dist/index.js',
        'package/dist/index.cjs',
        'package/dist/index.d.ts',
        'package/dist/index.d.cts',
        'package/dist/loader.js',
        'package/rubric.json',
        'package/schema.json',
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
console.log(JSON.stringify([version === rubric.version, rubric.milestones.length, getMilestone('wind-down-plan').number, milestonesByBucket('transparency').length]));`,
    );
    const { stdout } = await run('node', ['esm.mjs'], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual([true, 33, 33, 3]);
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

  it('loads a rubric folder with the Node loader', async () => {
    await writeFile(
      join(consumer, 'load.mjs'),
      `import { loadRubric } from '@usd1-milestones/rubric/loader';
const { rubric, problems } = await loadRubric(process.argv[2]);
console.log(JSON.stringify([problems.length, rubric.milestones.length]));`,
    );
    const { stdout } = await run('node', ['load.mjs', repoRubric], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual([0, 33]);
  });

  it('compiles TypeScript with a real id and rejects a misspelt one', async () => {
    await writeFile(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', strict: true, noEmit: true, types: [] } }),
    );
    await writeFile(
      join(consumer, 'good.ts'),
      `import { getMilestone, type MilestoneId } from '@usd1-milestones/rubric';
const id: MilestoneId = 'reserve-policy';
const five: 5 = getMilestone(id === 'reserve-policy' ? id : 'reserve-policy').number;
export { five };
`,
    );
    await writeFile(
      join(consumer, 'bad.ts'),
      `import { getMilestone } from '@usd1-milestones/rubric';
export const m = getMilestone('reserve-polcy');
`,
    );
    const tsc = bin('tsc');
    await expect(
      run(tsc, ['-p', '.', '--noEmit'], { cwd: consumer }).catch((e: { stdout: string }) => e.stdout),
    ).resolves.toContain(
      `bad.ts(2,31): error TS2345: Argument of type '"reserve-polcy"' is not assignable to parameter of type 'MilestoneId'.`,
    );
    await writeFile(join(consumer, 'bad.ts'), 'export {};\n');
    const { stdout } = await run(tsc, ['-p', '.', '--noEmit'], { cwd: consumer });
    expect(stdout).toBe('');
  });
});

describe('the built loader on a large rubric', () => {
  it('gives the same rubric and problems on worker threads as in one thread', async () => {
    const { writeSyntheticRubric } = await import('../scripts/synthetic-rubric.mjs');
    const dir = join(work, 'large');
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
        line: 18,
        column: 11,
        ruleId: 'rubric-schema',
        severity: 'error',
        message: 'Unknown related milestone `milestone-1240`; did you mean `milestone-120`?',
      },
    ]);
    expect(actual).toEqual(expected);
  });
});
