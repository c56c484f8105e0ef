/**
 * The main entry runs in browsers (the site's self-assessment and compare
 * pages): nothing it reaches may use Node's globals or modules. The site's
 * browser tests would catch a use only on the page paths they click; this
 * reads every source file the entry reaches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = join(import.meta.dirname, '../src/lib');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the main entry', () => {
  it('uses no Node module or global (Buffer, process, require, __dirname) in any file it is built from', () => {
    const files = sources(lib);
    expect(files.length).toBeGreaterThan(15);
    const uses = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /from 'node:|\bBuffer\.|\bprocess\.|\brequire\(|__dirname/.test(line.replace(/\/\/.*$|^\s*\*.*$/, ''))
            ? [`${file.slice(lib.length + 1)}:${i + 1}`]
            : [],
        ),
    );
    expect(uses).toEqual([]);
  });
});
