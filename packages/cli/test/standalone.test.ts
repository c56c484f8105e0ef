/**
 * The standalone bundle (integrations/standalone, committed): it is what its
 * build writes from the sources today (stale files fail here), and it runs
 * with Node alone from a folder with no node_modules anywhere above it, as in
 * a GitHub Action's or pre-commit's checkout of this repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { describe, expect, it } from 'vitest';
import config from '../tsup.standalone.config.js';
import { repositoryRoot } from './action-harness.js';

const committed = join(repositoryRoot, 'integrations/standalone');
const filesOf = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort();

describe('the standalone bundle', () => {
  it('is what `npm run build:standalone -w @usd1-milestones/cli` writes from the sources now', async () => {
    const out = mkdtempSync(join(tmpdir(), 'usd1-standalone-'));
    const options = Array.isArray(config) ? config[0] : config;
    await build({ ...options, outDir: out, clean: false, silent: true, config: false } as never);
    expect(filesOf(out)).toEqual(filesOf(committed));
    const differ = filesOf(out).filter(
      (name) => !readFileSync(join(out, name)).equals(readFileSync(join(committed, name))),
    );
    // Stale: run `npm run build:standalone -w @usd1-milestones/cli` and commit integrations/standalone.
    expect(differ).toEqual([]);
  }, 300_000);

  it('runs with Node alone, far from any node_modules: check, its formats in one run, and its version', () => {
    const root = mkdtempSync(join(tmpdir(), 'usd1-standalone-run-'));
    cpSync(committed, join(root, 'bundle'), { recursive: true });
    const project = join(root, 'project');
    mkdirSync(join(project, 'docs'), { recursive: true });
    writeFileSync(join(project, 'docs/a.md'), '# A\n\nSee [the policy](milestone:reserve-polcy) and [@fsb-2023].\n');
    const bin = join(root, 'bundle/usd1-milestones.js');
    const run = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--report', 'github=gh.txt'], {
      cwd: project,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1', USD1_MILESTONES_CACHE_DIR: join(root, 'cache') },
    });
    expect([run.status, run.stderr]).toEqual([1, '']);
    expect(JSON.parse(run.stdout).map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([
      ['docs/a.md', 'milestone-unknown'],
    ]);
    expect(readFileSync(join(project, 'gh.txt'), 'utf8')).toMatch(/^::error file=docs\/a\.md,line=3,col=5,/);
    const version = JSON.parse(readFileSync(join(repositoryRoot, 'packages/cli/package.json'), 'utf8')).version;
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });
});
