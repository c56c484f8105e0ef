/** The packed package: publint, Are the Types Wrong, and a consumer in CommonJS, ESM and TypeScript. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileConsumer, consumerProject, packageProblems, run, typescriptModes } from '../../../scripts/packed.js';

let consumer: string;
let tarball: string;

beforeAll(async () => {
  const project = await consumerProject();
  consumer = project.dir;
  tarball = project.tarballs.assess as string;
}, 180_000);

describe('the packed assess package', () => {
  it('has no publint messages and no Are the Types Wrong problems', async () => {
    expect(await packageProblems(tarball)).toEqual({ publint: [], attw: [] });
  });

  it('reads and scores an assessment from CommonJS and ESM', async () => {
    const text =
      'arrangement: X\\nhypothetical: true\\ndate: 2026-11-01\\nassessor: A\\nrubricVersion: 1.0.0\\nmilestones:\\n  reserve-policy:\\n    status: met\\n';
    await writeFile(
      join(consumer, 'assess.cjs'),
      `const { parseAssessment } = require('@usd1-milestones/assess');
const { rubric } = require('@usd1-milestones/rubric');
console.log(JSON.stringify(parseAssessment('${text}', 'a.yaml', rubric).problems.filter((p) => p.severity === 'error').length));`,
    );
    await writeFile(
      join(consumer, 'assess.mjs'),
      `import { parseAssessment, scoreAssessment } from '@usd1-milestones/assess';
import { rubric } from '@usd1-milestones/rubric';
const { assessment } = parseAssessment('${text}', 'a.yaml', rubric);
console.log(JSON.stringify(scoreAssessment(assessment, rubric).buckets['reserves-custody'].counts.met));`,
    );
    expect((await run('node', ['assess.cjs'], { cwd: consumer })).stdout).toBe('0\n');
    expect((await run('node', ['assess.mjs'], { cwd: consumer })).stdout).toBe('1\n');
  });

  it.each(typescriptModes.map((mode) => [mode[0], mode] as const))(
    'compiles against TypeScript: %s',
    async (_name, mode) => {
      expect(
        await compileConsumer(
          consumer,
          mode,
          `import { type Assessment, parseAssessment } from '@usd1-milestones/assess';
export const read: (text: string) => Assessment | undefined = (text) =>
  parseAssessment(text, 'a.yaml', { milestones: [] }).assessment;
`,
        ),
      ).toBe('');
    },
  );
});
