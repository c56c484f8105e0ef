import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig({
  ...baseTsupOptions,
  // A command-line tool: ESM only, commands split out so each loads only when it runs. One
  // entry is a library too: check-file, for tools such as the language server, with its types.
  entry: { cli: 'src/cli.ts', 'check-worker': 'src/check-worker.ts', 'check-file': 'src/check-file.ts' },
  format: ['esm'],
  dts: { entry: { 'check-file': 'src/check-file.ts' } },
  splitting: true,
});
