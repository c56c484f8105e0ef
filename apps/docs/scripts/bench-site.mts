/**
 * `npm run bench:site -- --versions N`: how the site's build scales with the
 * number of released versions. It writes N synthetic releases (copies of the
 * first release under new version numbers) to a temporary folder outside the
 * repository, then, for the classic bundler (webpack and Babel) and for
 * Docusaurus Faster (Rspack, SWC, Lightning CSS) in the same run:
 *
 * - a cold `docusaurus build` of Next and the N releases (no caches), its
 *   wall time and peak memory (max RSS of the build process);
 * - the same build again with nothing changed (the bundler's caches warm).
 *
 * Then, on the real releases: the root `npm run build` twice (the second is
 * answered from turbo's cache) and how long `npm run dev` (Next only) takes
 * to serve its first page.
 *
 * Then the real releases cold, English alone and with every language the
 * data package translates into (languages by versions), and "today's" build
 * as issue 23 names it: the site as it was before translations (commit
 * `--baseline`, checked out in a temporary worktree, installed and built
 * there), cold, on the same releases.
 *
 * Targets (issue 13): 11 versions cold in at most 0.6x the classic time and
 * under 1.5 GB peak; a rebuild with nothing changed under 5 s; dev start
 * under 15 s. Issue 23: the default build (every language) at most 1.5x
 * today's; English alone is printed too, the stricter peer.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readRelease, releaseVersions } from '@usd1-milestones/core/loader';
import { releasesFolder } from '@usd1-milestones/rubric/folder';

const site = join(import.meta.dirname, '..');
const root = join(site, '../..');
const preload = join(root, 'packages/cli/scripts/max-rss.cjs');
const docusaurus = join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

const { values } = parseArgs({
  options: {
    versions: { type: 'string', default: '11' },
    'skip-dev': { type: 'boolean', default: false },
    // The last commit before the site had translations (issue 23).
    baseline: { type: 'string', default: 'b4b6b3f' },
    'skip-baseline': { type: 'boolean', default: false },
  },
});
const count = Number(values.versions);
if (!Number.isInteger(count) || count < 1 || count > 60) {
  console.error(`bench:site: --versions must be a whole number from 1 to 60, not \`${values.versions}\``);
  process.exit(2);
}

/** N copies of the first release, as versions 0.1.0 … 0.N.0, in a fresh folder outside the repository. */
function syntheticReleases(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'usd1-bench-releases-'));
  const [first] = releaseVersions(releasesFolder);
  if (!first) throw new Error('no release to copy in packages/rubric/releases');
  const data = readRelease(first, releasesFolder);
  for (let k = 1; k <= n; k++) {
    const version = `0.${k}.0`;
    writeFileSync(join(dir, `${version}.json`), `${JSON.stringify({ ...data, version }, null, 2)}\n`);
  }
  return dir;
}

interface Run {
  readonly seconds: number;
  readonly peakMb: number;
}

/** One `docusaurus build` of the site in `siteDir` (this one by default) into a temporary folder, timed, with its peak memory. */
function build(env: Record<string, string>, siteDir = site): Run {
  const rssFile = join(tmpdir(), `usd1-bench-rss-${process.pid}-${Date.now()}.txt`);
  const out = mkdtempSync(join(tmpdir(), 'usd1-bench-build-'));
  const started = performance.now();
  const bin = join(siteDir, '../../node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const result = spawnSync(process.execPath, [bin, 'build', '.', '--out-dir', out], {
    cwd: siteDir,
    env: { ...process.env, ...env, NODE_OPTIONS: `--require ${preload}`, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0) {
    rmSync(rssFile, { force: true });
    throw new Error(`docusaurus build failed (${JSON.stringify(env)}):\n${result.stdout}\n${result.stderr}`);
  }
  const peaks = readFileSync(rssFile, 'utf8').trim().split('\n').map(Number);
  rmSync(rssFile, { force: true });
  return { seconds, peakMb: peaks.reduce((a, b) => Math.max(a, b), 0) / 1024 };
}

function clearCaches(siteDir = site): void {
  for (const path of ['.docusaurus', 'node_modules/.cache'])
    rmSync(join(siteDir, path), { recursive: true, force: true });
  for (const cache of ['webpack', 'rspack'])
    rmSync(join(siteDir, '../../node_modules/.cache', cache), { recursive: true, force: true });
}

/** Runs a command to completion, or ends the bench with its output. */
function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Today's build (issue 23's peer): the site at `commit`, in a temporary
 * worktree with its own install, cold, on this checkout's releases.
 */
function baselineBuild(commit: string): Run {
  const dir = mkdtempSync(join(tmpdir(), 'usd1-bench-baseline-'));
  run('git', ['worktree', 'add', '--detach', dir, commit], root);
  try {
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
    run('npx', ['turbo', 'run', 'build', '--filter=@usd1-milestones/docs^...'], dir);
    const siteDir = join(dir, 'apps/docs');
    clearCaches(siteDir);
    return build({ USD1_MILESTONES_SITE_RELEASES: releasesFolder }, siteDir);
  } finally {
    run('git', ['worktree', 'remove', '--force', dir], root);
  }
}

/** Starts `docusaurus start` with Next only on a free port and waits until /next/ answers. */
async function devStart(): Promise<number> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const started = performance.now();
  const child = spawn(process.execPath, [docusaurus, 'start', '.', '--port', String(port), '--no-open'], {
    cwd: site,
    env: { ...process.env, USD1_MILESTONES_SITE_VERSIONS: 'next' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (performance.now() - started > 180_000) throw new Error('npm run dev did not serve /next/ within 180 s');
      try {
        const response = await fetch(`http://localhost:${port}/next/`);
        if (response.ok && (await response.text()).includes('USD1')) return (performance.now() - started) / 1000;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

const releases = syntheticReleases(count);
const runs: { name: string; cold: Run; warm: Run }[] = [];
try {
  for (const [name, faster] of [
    ['classic', '0'],
    ['faster', '1'],
  ] as const) {
    const env = { USD1_MILESTONES_SITE_RELEASES: releases, USD1_MILESTONES_SITE_FASTER: faster };
    clearCaches();
    const cold = build(env);
    const warm = build(env);
    runs.push({ name, cold, warm });
  }
} finally {
  rmSync(releases, { recursive: true, force: true });
  clearCaches();
}

const row = (name: string, run: Run) =>
  `${name.padEnd(34)} ${run.seconds.toFixed(1).padStart(7)} s ${run.peakMb.toFixed(0).padStart(7)} MB`;
console.log(`Site build with Next and ${count} synthetic releases (copies of the first release):`);
for (const run of runs) {
  console.log(row(`${run.name}, cold`, run.cold));
  console.log(row(`${run.name}, again (caches warm)`, run.warm));
}
const [classic, faster] = runs as [(typeof runs)[number], (typeof runs)[number]];
const ratio = faster.cold.seconds / classic.cold.seconds;
console.log(
  `faster / classic, cold: ${ratio.toFixed(2)}x (target at most 0.6x: ${ratio <= 0.6 ? 'met' : 'NOT met'}); faster peak ${faster.cold.peakMb.toFixed(0)} MB (target under 1536 MB: ${faster.cold.peakMb < 1536 ? 'met' : 'NOT met'})`,
);

// Languages by versions, on the real releases: English alone, then every language the data package translates
// into (each built only for the versions translated into it). Target (issue 23): at most 1.5x English alone.
const languageRuns: { name: string; run: Run }[] = [];
for (const [name, languages] of [
  ['English only', 'en'],
  ['every language', undefined],
] as const) {
  clearCaches();
  languageRuns.push({ name, run: build(languages ? { USD1_MILESTONES_SITE_LANGUAGES: languages } : {}) });
}
clearCaches();
console.log(
  `Site build of the real releases (${releaseVersions(releasesFolder).length} and Next), cold, by languages:`,
);
for (const { name, run } of languageRuns) console.log(row(name, run));
const [englishOnly, everyLanguage] = languageRuns as [(typeof languageRuns)[number], (typeof languageRuns)[number]];
const languageRatio = everyLanguage.run.seconds / englishOnly.run.seconds;
console.log(`every language / English only (the same code): ${languageRatio.toFixed(2)}x`);
if (!values['skip-baseline']) {
  const today = baselineBuild(values.baseline);
  console.log(row(`today's (${values.baseline}, English)`, today));
  const ratio = everyLanguage.run.seconds / today.seconds;
  console.log(
    `every language / today's: ${ratio.toFixed(2)}x (target at most 1.5x: ${ratio <= 1.5 ? 'met' : 'NOT met'})`,
  );
}

// The repository's own build, twice: the second must come from turbo's cache.
const timedRoot = () => {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, output: result.stdout };
};
timedRoot();
const again = timedRoot();
const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(again.output);
console.log(
  `npm run build again, nothing changed: ${again.seconds.toFixed(2)} s (${cached ? `${cached[1]}/${cached[2]} tasks from turbo's cache` : "turbo's cache summary not found"}; target under 5 s: ${again.seconds < 5 ? 'met' : 'NOT met'})`,
);

if (!values['skip-dev']) {
  const seconds = await devStart();
  console.log(
    `npm run dev (Next only), first page served after ${seconds.toFixed(1)} s (target under 15 s: ${seconds < 15 ? 'met' : 'NOT met'})`,
  );
}
