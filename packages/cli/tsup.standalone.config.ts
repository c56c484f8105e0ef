import { defineConfig } from 'tsup';

/**
 * The standalone bundle (integrations/standalone/): the command and every
 * package it uses in a few files that Node runs as they are, for the GitHub
 * Action and the pre-commit hook, which run from the repository they are
 * pinned to with nothing installed. Built from the TypeScript sources (the
 * source condition), so it does not depend on the packages' dist/. Committed;
 * a test fails when it is stale. Printing PDFs needs playwright-core, which
 * stays outside: the bundle says so if asked for a PDF.
 */
export default defineConfig({
  entry: { 'usd1-milestones': 'src/standalone.ts', 'check-worker': '../check/src/check-worker.ts' },
  outDir: '../../integrations/standalone',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: true,
  treeshake: true,
  minify: true,
  sourcemap: false,
  dts: false,
  // Everything in the folder is cleaned but its package.json and README (tsup adds these to `**/*`).
  clean: ['!package.json', '!README.md'],
  noExternal: [/^(?!playwright-core(\/|$))/],
  external: ['playwright-core'],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __usd1CreateRequire } from 'node:module'; const require = __usd1CreateRequire(import.meta.url);",
  },
  esbuildOptions(options) {
    options.conditions = ['@usd1-milestones/source'];
    options.legalComments = 'none';
  },
});
