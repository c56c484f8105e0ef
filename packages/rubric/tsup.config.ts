import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

// Data and small look-ups only: nothing to keep external, because nothing is imported.
export default defineConfig({
  ...baseTsupOptions,
  entry: { index: 'src/index.ts', folder: 'src/folder.ts' },
  shims: true,
});
