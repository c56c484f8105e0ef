import type { Options } from 'tsup';

/** The build every published package spreads: ESM + CJS with matching .d.ts/.d.cts. */
export const baseTsupOptions: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  splitting: false,
  treeshake: true,
};
