import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig({
  ...baseTsupOptions,
  entry: { index: 'src/index.ts', node: 'src/node.ts' },
  // The main entry runs in browsers too (the site's self-assessment page): no Node APIs there;
  // ./node is the part that needs them (node: imports stay imports).
  platform: 'neutral',
  external: ['zod', 'yaml', /^@usd1-milestones\//],
});
