import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig([
  { ...baseTsupOptions, entry: { index: 'src/index.ts', texts: 'src/texts.ts' }, shims: true, clean: false },
  // The workers the engine starts by URL beside itself: ESM files Node loads, never imported.
  {
    ...baseTsupOptions,
    entry: { 'check-worker': 'src/check-worker.ts', 'text-worker': 'src/text-worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
  },
]);
