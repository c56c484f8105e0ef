import { spawn } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixtures = join(import.meta.dirname, 'fixtures');
const cli = join(import.meta.dirname, '../dist/cli.js');

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/**
 * Runs the built CLI in `cwd`, with no colour and a private cache, and a hard time limit: a guard
 * against a hang, as long as a test's own limit (vitest.base.ts), so that a busy machine never fails it.
 */
export function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  timeoutMs = 110_000,
): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', USD1_MILESTONES_CACHE_DIR: join(cwd, '.cache-test'), ...env },
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

/** A temporary copy of a fixture folder, so that runs can write caches and edit files. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'usd1-cli-'));
  await cp(join(fixtures, name), dir, { recursive: true });
  return dir;
}
