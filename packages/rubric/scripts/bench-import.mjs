#!/usr/bin/env node
/**
 * `npm run bench -w @usd1-milestones/rubric` (after a build): what the data
 * package costs a consumer, each figure next to its peer measured in the same
 * run.
 *
 * 1. Time to load the package in a fresh Node process, ESM `import()` and CJS
 *    `require()`, against `node -e 0` (median of 21 runs each; the process
 *    start is in both, so the difference is the package). Target: at most
 *    10 ms more.
 * 2. `tsc --noEmit` on a three-line consumer that imports the package,
 *    against the same file without the import (median of 5). Target: at most
 *    1.2x.
 *    Each translation's entry (`/i18n/<lang>`) is timed beside it: the main
 *    entry loads none of them.
 * 3. `npm install` of the packed package alone into an empty project: how many
 *    packages land in node_modules. Target: one, with no dependencies.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packageDir = join(import.meta.dirname, '..');
const repoRoot = join(packageDir, '../..');
const work = mkdtempSync(join(tmpdir(), 'usd1-bench-import-'));

// A consumer project with the packed package installed, as a user has it.
const tarball = JSON.parse(
  execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: packageDir,
    encoding: 'utf8',
  }),
)[0].filename;
const consumer = join(work, 'consumer');
mkdirSync(consumer);
writeFileSync(join(consumer, 'package.json'), '{"name":"consumer","private":true,"version":"0.0.0"}\n');
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], {
  cwd: consumer,
  stdio: 'ignore',
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function wall(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    execFileSync(args[0], args.slice(1), { cwd: consumer, stdio: 'ignore' });
    times.push(performance.now() - t);
  }
  return median(times);
}

const node = process.execPath;
const baseline = wall([node, '-e', '0'], 21);
const esm = wall([node, '--input-type=module', '-e', "await import('@usd1-milestones/rubric')"], 21);
const cjs = wall([node, '-e', "require('@usd1-milestones/rubric')"], 21);
const verdict = (ok) => (ok ? 'met' : 'NOT met');
console.log(`node -e 0:                         ${baseline.toFixed(1)} ms`);
console.log(
  `import('@usd1-milestones/rubric'): ${esm.toFixed(1)} ms  (+${(esm - baseline).toFixed(1)} ms; target <= +10 ms: ${verdict(esm - baseline <= 10)})`,
);
console.log(
  `require('@usd1-milestones/rubric'): ${cjs.toFixed(1)} ms  (+${(cjs - baseline).toFixed(1)} ms; target <= +10 ms: ${verdict(cjs - baseline <= 10)})`,
);

// English users load no translation: the main entry's figure above does not grow with languages.
// Each language is its own entry, measured here beside it.
const languages = readdirSync(join(consumer, 'node_modules/@usd1-milestones/rubric/dist/i18n'), { withFileTypes: true })
  .filter((entry) => entry.name.endsWith('.js'))
  .map((entry) => entry.name.slice(0, -3));
for (const lang of languages) {
  const translated = wall(
    [node, '--input-type=module', '-e', `await import('@usd1-milestones/rubric/i18n/${lang}')`],
    21,
  );
  console.log(
    `import('@usd1-milestones/rubric/i18n/${lang}'): ${translated.toFixed(1)} ms  (+${(translated - baseline).toFixed(1)} ms over node -e 0; loaded only by those who ask for ${lang})`,
  );
}

const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
writeFileSync(
  join(consumer, 'with.ts'),
  "import { getMilestone } from '@usd1-milestones/rubric';\nconst m = getMilestone('reserve-policy');\nexport const n: number = m.number;\n",
);
writeFileSync(
  join(consumer, 'without.ts'),
  'const m = { number: 5 };\nexport const n: number = m.number;\nexport {};\n',
);
const compile = (file) => wall([node, tsc, '--noEmit', '--strict', '--module', 'nodenext', '--skipLibCheck', file], 5);
const withImport = compile('with.ts');
const withoutImport = compile('without.ts');
console.log(
  `tsc on a three-line consumer: ${withImport.toFixed(0)} ms with the import, ${withoutImport.toFixed(0)} ms without  (${(withImport / withoutImport).toFixed(2)}x; target <= 1.2x: ${verdict(withImport / withoutImport <= 1.2)})`,
);

const installed = readdirSync(join(consumer, 'node_modules')).filter((name) => !name.startsWith('.'));
const scoped = readdirSync(join(consumer, 'node_modules/@usd1-milestones'));
const count = installed.length - 1 + scoped.length;
console.log(
  `npm install of the package alone: ${count} package(s) in node_modules (${[...installed.filter((n) => n !== '@usd1-milestones'), ...scoped.map((n) => `@usd1-milestones/${n}`)].join(', ')}); target 1: ${verdict(count === 1)}`,
);
