import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

// One entry per translation, so that English users load none of them.
const languages = existsSync('src/generated/i18n')
  ? readdirSync('src/generated/i18n')
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.slice(0, -3))
      .sort()
  : [];

// Data and small look-ups only: nothing to keep external, because nothing is imported.
export default defineConfig({
  ...baseTsupOptions,
  entry: {
    index: 'src/index.ts',
    folder: 'src/folder.ts',
    ...Object.fromEntries(languages.map((lang) => [`i18n/${lang}`, `src/generated/i18n/${lang}.ts`])),
  },
  shims: true,
});
