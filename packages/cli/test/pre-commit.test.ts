/**
 * The pre-commit hook (`.pre-commit-hooks.yaml` at the root), run by Debian's
 * `pre-commit` as a user would: a project repository whose
 * .pre-commit-config.yaml names a hook repository holding this repository's
 * hook files, and `git commit` with the hook installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot } from './action-harness.js';
import { copyFixture } from './run.js';

const HOOK_FILES = [
  '.pre-commit-hooks.yaml',
  'integrations/pre-commit/usd1-milestones-check',
  'packages/cli/package.json',
];
const cliPath = join(repositoryRoot, 'packages/cli/bin/usd1-milestones.js');

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
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'hook');
  return { repo, rev: git(repo, 'rev-parse', 'HEAD').trim() };
}

async function project(withLocalCli: boolean): Promise<string> {
  const dir = await copyFixture('project');
  const { repo, rev } = hookRepository();
  writeFileSync(
    join(dir, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${repo}\n    rev: ${rev}\n    hooks:\n      - id: usd1-milestones-check\n`,
  );
  if (withLocalCli) {
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    symlinkSync(cliPath, join(dir, 'node_modules/.bin/usd1-milestones'));
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '.pre-commit-config.yaml', ...(withLocalCli ? ['.gitignore'] : []));
  git(dir, 'commit', '-q', '-m', 'config');
  execFileSync('pre-commit', ['install'], { cwd: dir, env, encoding: 'utf8' });
  return dir;
}

function commit(dir: string, file: string, text: string, extraEnv: NodeJS.ProcessEnv = {}) {
  writeFileSync(join(dir, file), text);
  git(dir, 'add', file);
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
  it('is usd1-milestones-check, a script hook on Markdown files', () => {
    const hooks = parse(readFileSync(join(repositoryRoot, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks.map((h: { id: string }) => h.id)).toEqual(['usd1-milestones-check']);
    expect(hooks[0]).toMatchObject({ language: 'script', files: '\\.(md|mdx|markdown)$' });
  });

  it('refuses a commit with a broken link, with the checker’s message, and takes a clean one', async () => {
    const dir = await project(true);
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

  it('runs the CLI released with the hook’s revision through npx when the project has none', async () => {
    const dir = await project(false);
    const bin = mkdtempSync(join(tmpdir(), 'usd1-fake-npx-'));
    const log = join(bin, 'npx.log');
    writeFileSync(
      join(bin, 'npx'),
      `#!/usr/bin/env bash\necho "$*" >> "${log}"\nwhile [ "$1" != "--" ]; do shift; done; shift 2\nexec node "${cliPath}" "$@"\n`,
    );
    chmodSync(join(bin, 'npx'), 0o755);
    const result = commit(dir, 'docs/guide.md', 'See [@nope].\n', { PATH: `${bin}:${process.env.PATH}` });
    expect(result.status).toBe(1);
    const version = JSON.parse(readFileSync(join(repositoryRoot, 'packages/cli/package.json'), 'utf8')).version;
    expect(readFileSync(log, 'utf8')).toBe(
      `--yes --package=@usd1-milestones/cli@${version} -- usd1-milestones check docs/guide.md\n`,
    );
    expect(result.output).toContain(
      '1:6  error    Unknown source `nope`, expected one of the bibliography keys  citation-unknown',
    );
  });
});
