#!/usr/bin/env node
/**
 * `npm run bench -w @usd1-milestones/core` (after a build): writes a
 * deterministic synthetic rubric of 10,000 milestones and 5,000 terms, then
 * times loadRubric (read, parse, validate, cross-reference) and generateFiles
 * on it, next to the yaml package alone parsing the same front matter (the
 * floor). Target: under 2 s for the load. The data package's import time is
 * measured by `npm run bench -w @usd1-milestones/rubric`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const MILESTONES = 10_000;
const TERMS = 5_000;
const RUNS = 5;

const { loadRubric } = await import(join(packageDir, 'dist/loader.js'));
const { generateFiles } = await import(join(packageDir, 'dist/generate.js'));
const { writeSyntheticRubric } = await import('./synthetic-rubric.mjs');

const dir = await mkdtemp(join(tmpdir(), 'usd1-bench-'));
try {
  await writeSyntheticRubric(dir, { milestones: MILESTONES, terms: TERMS });
  const loadTimes = [];
  const generateTimes = [];
  let peakRss = 0;
  let counts;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const { rubric, problems } = await loadRubric(dir, { version: '1.0.0' });
    loadTimes.push(performance.now() - t);
    if (!rubric || problems.length > 0)
      throw new Error(`synthetic rubric has ${problems.length} problems: ${problems[0]?.message}`);
    t = performance.now();
    const files = generateFiles(rubric);
    generateTimes.push(performance.now() - t);
    counts = {
      milestones: rubric.milestones.length,
      terms: rubric.glossary.length,
      bytes: files['rubric.json'].length,
    };
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }

  // The floor: the yaml package alone parsing the same front matter, in this thread.
  const { parseDocument } = await import('yaml');
  const { readdirSync, readFileSync } = await import('node:fs');
  const frontMatters = readdirSync(join(dir, 'milestones')).map((name) => {
    const text = readFileSync(join(dir, 'milestones', name), 'utf8');
    return text.slice(4, text.indexOf('\n---\n'));
  });
  const t = performance.now();
  for (const source of frontMatters) parseDocument(source).toJS();
  const yamlFloor = performance.now() - t;

  const load = median(loadTimes);
  console.log(
    `synthetic rubric: ${counts.milestones} milestones, ${counts.terms} terms, rubric.json ${(counts.bytes / 1e6).toFixed(1)} MB`,
  );
  console.log(
    `load + validate (median of ${RUNS}): ${load.toFixed(0)} ms  (target < 2000 ms: ${load < 2000 ? 'met' : 'NOT met'}; ${(load / 2000).toFixed(2)}x the target)`,
  );
  console.log(
    `yaml package alone, parsing the ${frontMatters.length} front matters in one thread: ${yamlFloor.toFixed(0)} ms  -> load/yaml ratio ${(load / yamlFloor).toFixed(2)}x`,
  );
  console.log(`generate (median of ${RUNS}):        ${median(generateTimes).toFixed(0)} ms`);
  console.log(`peak RSS during load/generate:    ${(peakRss / 2 ** 20).toFixed(0)} MB`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
