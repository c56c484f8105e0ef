import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig({
  ...baseTsupOptions,
  entry: { index: 'src/index.ts' },
  // Runs in browsers too (the site's self-assessment page): no Node APIs here.
  platform: 'neutral',
  external: ['zod', 'yaml', /^@usd1-milestones\//],
});
