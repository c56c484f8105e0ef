/**
 * The pre-commit hook (`.pre-commit-hooks.yaml` at the root), run by Debian's
 * `pre-commit` as a user would: a project repository whose
 * .pre-commit-config.yaml names a hook repository holding this repository's
 * hook files, and `git commit` with the hook installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot } from './action-harness.js';
import { copyFixture } from './run.js';

// What pre-commit's clone of this repository holds that the hook uses: its definition, its script
// and the standalone CLI it runs.
const HOOK_FILES = [
  '.pre-commit-hooks.yaml',
  'integrations/pre-commit/usd1-milestones-check',
  'integrations/pre-commit/usd1-milestones-fix',
  ...readdirSync(join(repositoryRoot, 'integrations/standalone')).map((name) => `integrations/standalone/${name}`),
];

let home: string;
let env: NodeJS.ProcessEnv;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' });
}

/** A hook repository as pre-commit clones it: the hook's files, committed. Returns its path and revision. */
function hookRepository(): { repo: string; rev: string } {
  const repo = mkdtempSync(join(tmpdir(), 'usd1-hook-repo-'));
  for (const file of HOOK_FILES) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    copyFileSync(join(repositoryRoot, file), join(repo, file));
  }
  chmodSync(join(repo, 'integrations/pre-commit/usd1-milestones-check'), 0o755);
  chmodSync(join(repo, 'integrations/pre-commit/usd1-milestones-fix'), 0o755);
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'hook');
  return { repo, rev: git(repo, 'rev-parse', 'HEAD').trim() };
}

async function project(): Promise<string> {
  const dir = await copyFixture('project');
  const { repo, rev } = hookRepository();
  writeFileSync(
    join(dir, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${repo}\n    rev: ${rev}\n    hooks:\n      - id: usd1-milestones-check\n      - id: usd1-milestones-fix\n`,
  );
  git(dir, 'init', '-q');
  git(dir, 'add', '.pre-commit-config.yaml');
  git(dir, 'commit', '-q', '-m', 'config');
  execFileSync('pre-commit', ['install'], { cwd: dir, env, encoding: 'utf8' });
  return dir;
}

function commit(dir: string, file: string, text: string, extraEnv: NodeJS.ProcessEnv = {}) {
  writeFileSync(join(dir, file), text);
  git(dir, 'add', '--', file);
  const run = spawnSync('git', ['commit', '-m', `change ${file}`], {
    cwd: dir,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
  });
  // git hands a hook's output to stderr.
  return { status: run.status, output: run.stdout + run.stderr };
}

beforeAll(() => {
  const found = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error('pre-commit is not installed: `apt-get install pre-commit` (.ci/run does)');
  home = mkdtempSync(join(tmpdir(), 'usd1-pre-commit-home-'));
  writeFileSync(
    join(home, '.gitconfig'),
    '[user]\n  name = Test\n  email = test@example.org\n[init]\n  defaultBranch = main\n[commit]\n  gpgsign = false\n',
  );
  env = {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    PRE_COMMIT_HOME: join(home, 'pre-commit'),
    NO_COLOR: '1',
  };
});

describe('the pre-commit hook', () => {
  it('is usd1-milestones-check, a script hook on Markdown files, with usd1-milestones-fix on the manual stage', () => {
    const hooks = parse(readFileSync(join(repositoryRoot, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks.map((h: { id: string }) => h.id)).toEqual(['usd1-milestones-check', 'usd1-milestones-fix']);
    expect(hooks[0]).toMatchObject({ language: 'script', files: '\\.(md|mdx|markdown)$' });
    expect(hooks[1]).toMatchObject({ language: 'script', files: '\\.(md|mdx|markdown)$', stages: ['manual'] });
  });

  it('refuses a commit with a broken link, with the checker’s message, and takes a clean one', async () => {
    const dir = await project();
    const broken = commit(dir, 'docs/guide.md', '# Guide\n\nA broken one: [beta](milestone:bta).\n');
    expect(broken.status).toBe(1);
    expect(broken.output).toMatch(/usd1-milestones check\.+Failed/);
    expect(broken.output).toContain('docs/guide.md\n');
    expect(broken.output).toContain(
      '3:15  error    Unknown milestone `bta`, expected a milestone id; did you mean `beta`?  milestone-unknown',
    );
    expect(git(dir, 'log', '--format=%s')).toBe('config\n');

    const clean = commit(dir, 'docs/guide.md', '# Guide\n\nSee [beta](milestone:beta).\n');
    expect(clean.status).toBe(0);
    expect(clean.output).toMatch(/usd1-milestones check\.+Passed/);
    expect(git(dir, 'log', '--format=%s')).toBe('change docs/guide.md\nconfig\n');

    // A commit without Markdown is not checked at all.
    const other = commit(dir, 'notes.txt', 'See [@nope].\n');
    expect(other.status).toBe(0);
    expect(other.output).toMatch(/usd1-milestones check\.+\(no files to check\)Skipped/);
  });

  it('runs the standalone CLI of its own revision, with nothing installed: no node_modules, no npx, no registry', async () => {
    const dir = await project();
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    // npx that fails as an unpublished package does: the hook must not need it.
    const bin = mkdtempSync(join(tmpdir(), 'usd1-no-npx-'));
    writeFileSync(join(bin, 'npx'), '#!/usr/bin/env bash\necho "npm error 404 Not Found" >&2\nexit 1\n');
    chmodSync(join(bin, 'npx'), 0o755);
    const result = commit(dir, 'docs/guide.md', 'See [@nope].\n', { PATH: `${bin}:${process.env.PATH}` });
    expect(result.status).toBe(1);
    expect(result.output).not.toContain('404');
    expect(result.output).toContain(
      '1:6  error    Unknown source `nope`, expected one of the bibliography keys  citation-unknown',
    );
  });

  it('checks a staged file named like an option as a file', async () => {
    const dir = await project();
    const result = commit(dir, '--rubric=x.md', 'See [beta](milestone:bta).\n');
    expect(result.status).toBe(1);
    expect(result.output).toContain('--rubric=x.md\n');
    expect(result.output).toContain('1:5  error    Unknown milestone `bta`');
  });

  it('says how many findings its fix hook repairs, and the fix hook repairs them when asked', async () => {
    const dir = await project();
    const refused = commit(
      dir,
      'docs/guide.md',
      '# Guide\n\nSee [Milestone 2](milestone:2) and [beta](milestone:bta).\n',
    );
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(
      '✖ 2 problems (2 errors, 0 warnings)\n  1 finding can be repaired by `pre-commit run usd1-milestones-fix --hook-stage manual`\n',
    );
    const fixed = spawnSync(
      'pre-commit',
      ['run', 'usd1-milestones-fix', '--hook-stage', 'manual', '--files', 'docs/guide.md'],
      {
        cwd: dir,
        env,
        encoding: 'utf8',
      },
    );
    // pre-commit fails a hook that changed a file, so that the change is looked at and staged.
    expect(fixed.status).toBe(1);
    expect(fixed.stdout).toMatch(/usd1-milestones check --fix\.+Failed/);
    expect(fixed.stdout).toContain('usd1-milestones check --fix: repaired 1 finding in 1 file');
    expect(readFileSync(join(dir, 'docs/guide.md'), 'utf8')).toBe(
      '# Guide\n\nSee [Milestone 2](milestone:beta) and [beta](milestone:bta).\n',
    );
  });
});
