import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig([
  { ...baseTsupOptions, entry: { index: 'src/index.ts' }, clean: false },
  // Node only: the time-limited checker and its worker (ESM, loaded by URL next to budget.js).
  {
    ...baseTsupOptions,
    entry: { budget: 'src/budget.ts', 'text-worker': 'src/lib/text-worker.ts' },
    format: ['esm'],
    dts: { entry: { budget: 'src/budget.ts' } },
    clean: false,
  },
]);
