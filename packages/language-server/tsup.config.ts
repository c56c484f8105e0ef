import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig({
  ...baseTsupOptions,
  // A program, not a library: ESM only, no types to publish.
  entry: { server: 'src/main.ts' },
  format: ['esm'],
  dts: false,
});
