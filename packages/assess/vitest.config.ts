import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run on the TypeScript sources through the package's source condition: no build needed.
  resolve: { conditions: ['@usd1-milestones/source'] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/vitest.json' },
  },
});
