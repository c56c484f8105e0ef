import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig({
  ...baseTsupOptions,
  entry: { index: 'src/index.ts', loader: 'src/loader.ts' },
  // zod and yaml are dependencies: keep them external so consumers dedupe them.
  external: ['zod', 'yaml'],
});
