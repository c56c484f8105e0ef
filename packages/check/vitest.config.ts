import { defineConfig } from 'vitest/config';
import { baseVitestConfig } from '../../vitest.base.js';

export default defineConfig(baseVitestConfig);
