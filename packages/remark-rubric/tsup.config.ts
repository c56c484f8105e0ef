import { appendFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { baseTsupOptions } from '../../tsup.base.js';

/**
 * CommonJS gets the plugin itself from `require()`, as remark's configs expect
 * (`plugins: [require('@usd1-milestones/remark-rubric')]`); its named exports,
 * and `default`, are properties of it. Without this, `require()` returned the
 * module object, which unified reads as an empty preset, and nothing was checked.
 */
const pluginIsTheModule = 'module.exports = Object.assign(exports.default, exports);';

export default defineConfig([
  {
    ...baseTsupOptions,
    entry: { index: 'src/index.ts' },
    clean: false,
    shims: true,
    // After the bundle's own `exports.x = ...` lines, which a banner or footer would precede.
    onSuccess: async () => appendFileSync('dist/index.cjs', `${pluginIsTheModule}\n`),
  },
  // The same without the data package: for the check engine, which passes its rubric on every call.
  { ...baseTsupOptions, entry: { grammar: 'src/grammar.ts' }, clean: false, shims: true },
  // The syntax's definitions alone, with no dependency: for scanners that must not load the parser.
  { ...baseTsupOptions, entry: { syntax: 'src/syntax.ts' }, clean: false },
]);
