/**
 * Test support: the workspace's packages as a consumer gets them. Each is
 * packed with `npm pack` (what would be published), linted with publint and
 * Are the Types Wrong, and installed together into a fresh project, because
 * they depend on each other and none is on the registry yet.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';

export const run = promisify(execFile);
export const repoRoot = join(import.meta.dirname, '..');
const packages = ['rubric', 'core', 'remark-rubric', 'check', 'assess', 'cli'];

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

/** The module settings a consumer project may compile with: name, `module`, `moduleResolution`, package `type`. */
export const typescriptModes = [
  ['node16, from CommonJS', 'node16', 'node16', 'commonjs'],
  ['nodenext, from ESM', 'nodenext', 'nodenext', 'module'],
  ['node10', 'commonjs', 'node10', 'commonjs'],
] as const;

/**
 * Compiles `source` with tsc in a folder of `consumer` set up for one of the
 * {@link typescriptModes}; returns tsc's output ('' when it compiles). Library
 * types are checked too; esModuleInterop is on, as `tsc --init` sets it.
 */
export async function compileConsumer(
  consumer: string,
  [name, module, moduleResolution, type]: (typeof typescriptModes)[number],
  source: string,
): Promise<string> {
  const dir = join(consumer, `ts-${name.replace(/\W+/g, '-')}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ private: true, type }));
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module,
        moduleResolution,
        target: 'es2022',
        strict: true,
        noEmit: true,
        types: [],
        esModuleInterop: true,
      },
    }),
  );
  await writeFile(join(dir, 'index.ts'), source);
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  const result = await run(process.execPath, [tsc, '-p', dir]).catch((error: { stdout: string }) => error);
  return result.stdout;
}
