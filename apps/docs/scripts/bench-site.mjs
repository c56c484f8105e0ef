#!/usr/bin/env node
/**
 * `npm run bench:site`: the cold `docusaurus build` of every version (caches
 * cleared), its peak memory, and a second root `npm run build` with nothing
 * changed, which turbo should answer from its cache (target: under 5 s).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releasedVersions } from './versions.mjs';

const site = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(site, '../..');
const rssFile = join(tmpdir(), `usd1-bench-site-${process.pid}.txt`);
const preload = join(root, 'packages/cli/scripts/max-rss.cjs');

function timed(command, args, cwd, env = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { ms, output: result.stdout + result.stderr };
}

// Cold: no Docusaurus or webpack caches, no previous output.
for (const path of ['.docusaurus', 'build', 'node_modules/.cache'])
  rmSync(join(site, path), { recursive: true, force: true });
rmSync(join(root, 'node_modules/.cache/webpack'), { recursive: true, force: true });
rmSync(rssFile, { force: true });
timed('node', ['scripts/generate-site.mjs'], site);
const cold = timed('npx', ['docusaurus', 'build', '.', '--out-dir', 'build'], site, {
  NODE_OPTIONS: `--require ${preload}`,
  BENCH_RSS_FILE: rssFile,
});
const peakMb = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) / 1024;
rmSync(rssFile, { force: true });

// Warm: the root build twice; the second one must be all cache hits.
timed('npm', ['run', 'build'], root);
const warm = timed('npm', ['run', 'build'], root);
const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(warm.output);

console.log(`versions built: Next + ${releasedVersions().join(', ')}`);
console.log(`cold docusaurus build: ${(cold.ms / 1000).toFixed(1)} s, peak memory ${peakMb.toFixed(0)} MB`);
console.log(
  `second npm run build, nothing changed: ${(warm.ms / 1000).toFixed(2)} s (${cached ? `${cached[1]}/${cached[2]} tasks from turbo's cache` : 'turbo cache summary not found'}; target < 5 s: ${warm.ms < 5000 ? 'met' : 'NOT met'})`,
);
