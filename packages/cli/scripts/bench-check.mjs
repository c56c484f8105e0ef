#!/usr/bin/env node
/**
 * `npm run bench:check` (after a build). Four corpora:
 *   - citations: a deterministic corpus of 2,000 Markdown files (about 10 MB)
 *     full of citations, glossary links and milestone links, errors seeded;
 *   - real documentation nobody here wrote, fetched with `npm pack` from the
 *     registry during the run: the docs/ folder that eslint-plugin-import@2.32.0
 *     ships (MIT licence, 40-odd files), and every README of @stdlib/math@0.4.1
 *     (Apache-2.0 licence, 683 files, 4 MB of API documentation with code,
 *     HTML, LaTeX and hundreds of reference links), and the docs/pages of
 *     foundation-sites@6.8.1 (MIT licence, 71 pages, raw HTML in 66 of them).
 * For each, in one run:
 *   1. usd1-milestones check, cold (empty cache)
 *   2. usd1-milestones check again, warm (cache filled by run 1)
 *   3. remark-cli parsing the corpus with no plugins (the floor for any remark-based checker)
 *   4. remark-cli with remark-validate-links (the peer)
 * and prints files/s, MB/s, peak memory and the ratios to the bare parse, and
 * whether the findings equal a full parse's (USD1_MILESTONES_PARSE_ALL=1).
 * Targets: citations: cold <= 1.2x the bare parse, warm <= 0.1x, peak memory
 * < 500 MB; real documentation of several hundred files (300 or more): cold
 * <= 0.3x the bare parse, warm <= 0.05x. The few dozen files of
 * eslint-plugin-import are mostly start-up: figures only.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossary, milestones, sources } from '@usd1-milestones/rubric';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const repoRoot = join(packageDir, '../..');
const FILES = 2000;
const RUNS = 3;

/** `npm run bench:check -- NAME`: only the corpora whose name holds NAME (`citations`, `stdlib`, ...). */
const only = process.argv[2];
const root = mkdtempSync(join(tmpdir(), 'usd1-bench-check-'));
try {
  if (only === undefined || 'citations'.includes(only))
    benchCorpus('citations', join(root, 'citations'), writeCorpus(join(root, 'citations', 'docs')), FILES, {
      cold: 1.2,
      warm: 0.1,
      minFiles: 0,
    });
  for (const [spec, folders] of [
    ['eslint-plugin-import@2.32.0', ['package/docs', 'package/README.md', 'package/CHANGELOG.md']],
    ['@stdlib/math@0.4.1', ['package']],
    // Raw HTML in 66 of its 71 pages (component examples), the kind of file the shortcut cannot
    // blank as easily as prose: the file count is below the targets', so figures only.
    ['foundation-sites@6.8.1', ['package/docs']],
  ].filter(([spec]) => only === undefined || spec.includes(only))) {
    const real = join(root, spec.replace(/[@/]/g, '_'));
    const { files, bytes } = fetchRealDocs(spec, folders, join(real, 'docs'));
    benchCorpus(`${spec} ${folders.length === 1 ? 'every .md' : 'docs/'}`, real, bytes, files, {
      cold: 0.3,
      warm: 0.05,
      // "A corpus of several hundred real Markdown files" (issue 25).
      minFiles: 300,
    });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

function benchCorpus(name, root, bytes, FILES, targets) {
  const mb = bytes / 1e6;
  const cli = join(packageDir, 'dist/cli.js');
  const remark = join(repoRoot, 'node_modules/.bin/remark');
  const cacheDir = join(root, 'cache');

  const measure = (label, command, args, { cwd = root, before } = {}) => {
    const times = [];
    const rss = [];
    for (let i = 0; i < RUNS; i++) {
      before?.();
      const rssFile = join(root, `rss-${i}.txt`);
      rmSync(rssFile, { force: true });
      const started = performance.now();
      const result = spawnSync(command, args, {
        cwd,
        env: {
          ...process.env,
          NODE_OPTIONS: `--require ${join(here, 'max-rss.cjs')}`,
          BENCH_RSS_FILE: rssFile,
          USD1_MILESTONES_CACHE_DIR: cacheDir,
          NO_COLOR: '1',
        },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      times.push(performance.now() - started);
      const peaks = readFileSync(rssFile, 'utf8').trim().split('\n').map(Number);
      rss.push(Math.max(...peaks) / 1024);
      if (result.status === null) throw new Error(`${label} did not finish: ${result.error?.message ?? result.signal}`);
    }
    const ms = median(times);
    return { label, ms, rssMb: Math.max(...rss) };
  };

  const cold = measure('usd1-milestones check (cold)', process.execPath, [cli, 'check', 'docs', '--format', 'json'], {
    before: () => rmSync(cacheDir, { recursive: true, force: true }),
  });
  const warm = measure('usd1-milestones check (warm)', process.execPath, [cli, 'check', 'docs', '--format', 'json']);
  const bare = measure(
    'remark-cli, no plugins',
    remark,
    [join(root, 'docs'), '--quiet', '--no-stdout', '--no-config', '--no-ignore'],
    { cwd: packageDir },
  );
  const peer = measure(
    'remark-cli + remark-validate-links',
    remark,
    [join(root, 'docs'), '--quiet', '--no-stdout', '--no-config', '--no-ignore', '--use', 'remark-validate-links'],
    { cwd: packageDir },
  );

  const findingsOf = (env) =>
    spawnSync(process.execPath, [cli, 'check', 'docs', '--format', 'json', '--no-cache'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ...env },
    }).stdout;
  const shortcut = findingsOf({});
  const fullParse = findingsOf({ USD1_MILESTONES_PARSE_ALL: '1' });
  const findings = JSON.parse(shortcut);
  console.log(
    `\n${name}: ${FILES} files, ${mb.toFixed(2)} MB; ${findings.length} findings; median of ${RUNS} runs each`,
  );
  for (const r of [cold, warm, bare, peer]) {
    console.log(
      `${r.label.padEnd(36)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${(FILES / (r.ms / 1000)).toFixed(0).padStart(6)} files/s  ${(mb / (r.ms / 1000)).toFixed(2).padStart(6)} MB/s  peak ${r.rssMb.toFixed(0).padStart(4)} MB  ${(r.ms / bare.ms).toFixed(2)}x bare parse`,
    );
  }
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  if (FILES < targets.minFiles) {
    // A few dozen files are mostly start-up, for remark-cli as for the checker: no target is set for them.
    console.log(
      `targets: none for ${FILES} files (the targets are for corpora of at least ${targets.minFiles}); peak memory < 500 MB: ${verdict(Math.max(cold.rssMb, warm.rssMb) < 500)}`,
    );
  } else {
    console.log(
      `targets: cold <= ${targets.cold}x bare parse: ${verdict(cold.ms <= targets.cold * bare.ms)}; warm <= ${targets.warm}x: ${verdict(warm.ms <= targets.warm * bare.ms)}; peak memory < 500 MB: ${verdict(Math.max(cold.rssMb, warm.rssMb) < 500)}`,
    );
  }
  console.log(`findings identical to a full parse: ${shortcut === fullParse ? 'yes' : 'NO'}`);
  console.log(`cold check vs remark-validate-links: ${(cold.ms / peer.ms).toFixed(2)}x`);
}

/** The Markdown documentation of a published package, unpacked from its registry tarball. */
function fetchRealDocs(spec, folders, dir) {
  mkdirSync(dir, { recursive: true });
  const packed = spawnSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`cannot fetch ${spec} from the npm registry: ${packed.stderr}`);
  const tarball = join(dir, packed.stdout.trim().split('\n').pop());
  spawnSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1', '--wildcards', ...folders]);
  rmSync(tarball);
  // Only the Markdown: the checkers are given the folder, and other files would only be skipped.
  const prune = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) prune(path);
      else if (!entry.name.endsWith('.md')) rmSync(path);
    }
  };
  prune(dir);
  let files = 0;
  let bytes = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) {
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** 2,000 files of about 5 KB, reproducible byte for byte: a seeded generator, no Math.random. */
function writeCorpus(dir) {
  mkdirSync(dir, { recursive: true });
  let seed = 20261124;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words =
    'reserves redemption holders liquidity custody disclosure attestation monitoring settlement issuer arrangement governance stress evidence policy'.split(
      ' ',
    );
  let total = 0;
  for (let f = 0; f < FILES; f++) {
    const parts = [`# Document ${f}\n`];
    while (parts.join('').length < 5000) {
      const sentence = Array.from({ length: 12 }, () => pick(words)).join(' ');
      const roll = next();
      // About 1 in 400 references is broken on purpose, so the checkers have something to report.
      const broken = next() < 0.0025;
      if (roll < 0.3) parts.push(`${sentence} [@${broken ? 'fsb-2032' : pick(sources).id}].\n`);
      else if (roll < 0.55)
        parts.push(`${sentence} [${pick(glossary).term}](glossary:${broken ? 'arbitrge' : pick(glossary).slug}).\n`);
      else if (roll < 0.8)
        parts.push(`${sentence} [Milestone](milestone:${broken ? 'reserve-polcy' : pick(milestones).id}).\n`);
      else parts.push(`\n## Section ${Math.floor(next() * 100)}\n\n- ${sentence}\n- ${sentence}\n\n`);
    }
    const text = parts.join('');
    writeFileSync(join(dir, `doc-${String(f).padStart(4, '0')}.md`), text);
    total += Buffer.byteLength(text);
  }
  return total;
}
