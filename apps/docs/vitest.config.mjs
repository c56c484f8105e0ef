import { defineConfig } from 'vitest/config';
import { baseVitestConfig } from '../../vitest.base.ts';

// The site's tests are plain JavaScript modules.
export default defineConfig({
  ...baseVitestConfig,
  test: { ...baseVitestConfig.test, include: ['test/**/*.test.mjs'] },
});
