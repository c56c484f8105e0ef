import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig([
  { ...baseTsupOptions, entry: { index: 'src/index.ts', budget: 'src/budget.ts' }, clean: false, shims: true },
  // The worker that /budget starts by URL next to itself: one ESM file, loaded by Node, never imported.
  { ...baseTsupOptions, entry: { 'text-worker': 'src/lib/text-worker.ts' }, format: ['esm'], dts: false, clean: false },
]);
