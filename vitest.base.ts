/**
 * The test settings every package spreads. A plain object (no vitest import
 * here): each package imports vitest's `defineConfig` from its own install.
 */
export const baseVitestConfig = {
  // Tests run on the TypeScript sources through the packages' source condition: no build needed.
  // Vitest runs tests in Vite's server-side (ssr) environment, which resolves with its own
  // conditions: `resolve.conditions` alone reaches the client environment only.
  resolve: { conditions: ['@usd1-milestones/source'] },
  ssr: { resolve: { conditions: ['@usd1-milestones/source', 'node', 'import', 'default'] } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    // .ci/run sums these reports into its "N passed, N failed" line.
    outputFile: { json: '.reports/vitest.json' },
  },
};
