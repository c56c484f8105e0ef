/**
 * The names each entry point of a package exports, for the tests that lock
 * them: an export added or removed by accident fails a test, and
 * one added on purpose is added to the test's list in the same change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package's JavaScript entry points (`.`, `./loader`, ...), in package.json order; JSON files and globs left out. */
export function entryPoints(packageDir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(pkg.exports).filter((k) => k !== './package.json' && !k.endsWith('.json') && !k.includes('*'));
}

/** Each entry point's TypeScript source, as its `@usd1-milestones/source` condition names it. */
export function sourceEntries(packageDir: string): [entry: string, source: string][] {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.entries(pkg.exports).flatMap(([entry, target]) => {
    const source = (target as Record<string, unknown> | null)?.['@usd1-milestones/source'];
    return typeof source === 'string' && !entry.includes('*') ? [[entry, source] as [string, string]] : [];
  });
}

/** The runtime names an entry point exports, sorted (`default` left out: it is the module, not a name). */
export async function exportedNames(packageName: string, entry: string): Promise<string[]> {
  const specifier = entry === '.' ? packageName : `${packageName}/${entry.slice(2)}`;
  const module = (await import(specifier)) as Record<string, unknown>;
  return Object.keys(module)
    .filter((name) => name !== 'default')
    .sort();
}

/**
 * The test each package runs: its entry points are exactly `expected`'s keys,
 * and each exports exactly the listed names. Vitest's `describe`/`it`/`expect`
 * are passed in so this file needs no test runner of its own.
 */
export function describeExports(
  test: {
    describe: typeof import('vitest').describe;
    it: typeof import('vitest').it;
    expect: typeof import('vitest').expect;
  },
  packageName: string,
  packageDir: string,
  expected: Readonly<Record<string, readonly string[]>>,
): void {
  const { describe, it, expect } = test;
  describe(`the public API of ${packageName}`, () => {
    it('has exactly these entry points', () => {
      expect(entryPoints(packageDir)).toEqual(Object.keys(expected));
    });
    // The names below are read from the package as a test imports it: that must be its TypeScript
    // source (the `@usd1-milestones/source` condition), or a stale dist/ would be what is locked.
    for (const [entry, source] of sourceEntries(packageDir)) {
      it(`imports ${entry} from its source, ${source}`, async () => {
        const specifier = entry === '.' ? packageName : `${packageName}/${entry.slice(2)}`;
        expect(await import(specifier)).toBe(await import(join(packageDir, source)));
      });
    }
    for (const [entry, names] of Object.entries(expected)) {
      it(`exports exactly these names from ${entry}`, async () => {
        expect(names.length).toBeGreaterThan(0);
        expect(await exportedNames(packageName, entry)).toEqual(names);
      });
    }
  });
}
