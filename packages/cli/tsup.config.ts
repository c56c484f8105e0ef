import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig({
  ...baseTsupOptions,
  // A command-line tool and nothing else (its library is @usd1-milestones/check): ESM only,
  // commands split out so each loads only when it runs.
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  dts: false,
  splitting: true,
});
