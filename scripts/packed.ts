/**
 * Test support: the workspace's packages as a consumer gets them. Each is
 * packed with `npm pack` (what would be published), linted with publint and
 * Are the Types Wrong, and installed together into a fresh project, because
 * they depend on each other and none is on the registry yet.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';

export const run = promisify(execFile);
export const repoRoot = join(import.meta.dirname, '..');
const packages = ['rubric', 'core', 'remark-rubric', 'assess', 'cli'];

/** Packs `name` (a folder under packages/) into `dir`; returns the tarball's path. */
export async function pack(name: string, dir: string): Promise<string> {
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: join(repoRoot, 'packages', name),
  });
  const [info] = JSON.parse(stdout) as { filename: string }[];
  return join(dir, info?.filename ?? '');
}

/** publint's messages (strict) for a tarball. */
export async function publintMessages(tarball: string): Promise<unknown[]> {
  const bytes = await readFile(tarball);
  const { messages } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
  });
  return messages;
}

/** Are the Types Wrong's problems for a tarball, in every resolution mode. */
export async function attwProblems(tarball: string): Promise<unknown[]> {
  const result = await run(join(repoRoot, 'node_modules/.bin/attw'), [tarball, '--format', 'json'], {
    cwd: dirname(tarball),
  }).catch((error: { stdout: string }) => error);
  const report = JSON.parse(result.stdout) as { analysis?: { problems?: unknown[] }; types?: false };
  return report.analysis?.problems ?? [];
}

/** Both linters' findings for a tarball: `{ publint: [], attw: [] }` when it is clean. */
export async function packageProblems(tarball: string): Promise<{ publint: unknown[]; attw: unknown[] }> {
  return { publint: await publintMessages(tarball), attw: await attwProblems(tarball) };
}

/** A fresh project with every workspace package installed from its tarball. */
export async function consumerProject(): Promise<{ dir: string; tarballs: Record<string, string> }> {
  const work = await mkdtemp(join(tmpdir(), 'usd1-packed-'));
  const tarballs: Record<string, string> = {};
  for (const name of packages) tarballs[name] = await pack(name, work);
  const dir = join(work, 'consumer');
  await mkdir(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', ...Object.values(tarballs)],
    {
      cwd: dir,
    },
  );
  return { dir, tarballs };
}

function dirname(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}
