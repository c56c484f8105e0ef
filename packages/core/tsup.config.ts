import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

export default defineConfig({
  ...baseTsupOptions,
  entry: {
    index: 'src/index.ts',
    rules: 'src/rules.ts',
    diff: 'src/diff.ts',
    loader: 'src/loader.ts',
    generate: 'src/generate.ts',
    export: 'src/export.ts',
    ids: 'src/ids.ts',
    translations: 'src/translations.ts',
    print: 'src/print.ts',
    yaml: 'src/yaml.ts',
    text: 'src/text.ts',
    'loader-worker': 'src/lib/loader/worker.ts',
  },
  // The loader finds its worker through import.meta.url, which CJS needs shimmed.
  shims: true,
  // zod and yaml are dependencies: keep them external so consumers dedupe them; playwright-core is an optional peer.
  external: ['zod', 'yaml', 'playwright-core'],
});
