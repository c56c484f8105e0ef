/**
 * The test settings every package spreads. A plain object (no vitest import
 * here): each package imports vitest's `defineConfig` from its own install.
 */
export const baseVitestConfig = {
  // Tests run on the TypeScript sources through the packages' source condition: no build needed.
  resolve: { conditions: ['@usd1-milestones/source'] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    // .ci/run sums these reports into its "N passed, N failed" line.
    outputFile: { json: '.reports/vitest.json' },
  },
};
