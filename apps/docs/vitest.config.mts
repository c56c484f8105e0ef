import { defineConfig } from 'vitest/config';
import { baseVitestConfig } from '../../vitest.base.ts';

// The site's tests, in TypeScript like the site.
export default defineConfig({
  ...baseVitestConfig,
  test: { ...baseVitestConfig.test, include: ['test/**/*.test.ts'] },
});
