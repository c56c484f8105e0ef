/** The packed command: publint, then installed into a fresh project, `npx usd1-milestones` works. */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerProject, packageProblems, run } from '../../../scripts/packed.js';

/** The version the CLI must print: its own package.json's, whatever the release. */
const cliVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

let consumer: string;
let tarball: string;

beforeAll(async () => {
  const project = await consumerProject();
  consumer = project.dir;
  tarball = project.tarballs.cli as string;
}, 180_000);

describe('the packed command', () => {
  it('is a bin and nothing else: no publint messages, no Are the Types Wrong problems, no entry to import', async () => {
    expect(await packageProblems(tarball)).toEqual({ publint: [], attw: [] });
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect([pkg.exports, pkg.bin, pkg.main, pkg.types]).toEqual([
      { './package.json': './package.json' },
      { 'usd1-milestones': './bin/usd1-milestones.js' },
      undefined,
      undefined,
    ]);
  });

  it('is on the PATH of npm scripts and npx once installed, and checks a file', async () => {
    const version = await run('npx', ['--no-install', 'usd1-milestones', '--version'], { cwd: consumer });
    expect(version.stdout).toBe(`${cliVersion}\n`);
    await writeFile(join(consumer, 'note.md'), 'See [@fsb-2024].\n');
    const check = await run('npx', ['--no-install', 'usd1-milestones', 'check', 'note.md', '--format', 'json'], {
      cwd: consumer,
    }).catch((error: { stdout: string; code: number }) => error);
    expect(JSON.parse(check.stdout)).toEqual([
      {
        file: 'note.md',
        line: 1,
        column: 6,
        ruleId: 'citation-unknown',
        severity: 'error',
        message: 'Unknown source `fsb-2024`, expected one of the bibliography keys; did you mean `fsb-2023`?',
        endLine: 1,
        endColumn: 15,
        suggestions: ['fsb-2023'],
        fix: {
          safe: false,
          edits: [{ file: 'note.md', line: 1, column: 7, endLine: 1, endColumn: 15, text: 'fsb-2023' }],
        },
      },
    ]);
  });
});
