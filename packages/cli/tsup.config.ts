import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig({
  ...baseTsupOptions,
  // A command-line tool: ESM only, commands split out so each loads only when it runs.
  entry: { cli: 'src/cli.ts', 'check-worker': 'src/check-worker.ts' },
  format: ['esm'],
  dts: false,
  splitting: true,
});
