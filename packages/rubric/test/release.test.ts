/**
 * A dry run of a whole release on a temporary copy of the repository:
 * a contributor adds a criterion with a minor changeset, then the release
 * steps run (`changeset version`, then this package's freeze step, which
 * calls core's functions).
 *
 * The copy is the last commit (`git archive HEAD`), never the working tree,
 * and it starts from a known state whatever is pending: no changesets, and
 * the rubric package at its latest frozen release. So the test neither sees
 * a contributor's uncommitted files nor depends on their pending changesets.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseVersions } from '@usd1-milestones/core/loader';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '../../..');
/** A criterion id no contributor's example uses, so that it is new in any state of the rubric. */
const NEW_CRITERION = 'reserve-policy.release-dry-run';
let copy: string;
let previous: string;
let expected: string;
const run = (command: string, args: string[], cwd = copy) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A copy of the last commit in the known state: no changesets pending, the data package at its latest release. */
async function knownCopy(): Promise<{ dir: string; latest: string; releases: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'usd1-release-dry-run-'));
  const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD'], {
    cwd: repoRoot,
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  for (const name of readdirSync(join(dir, '.changeset'))) {
    if (name.endsWith('.md') && name !== 'README.md') await rm(join(dir, '.changeset', name));
  }
  const latest = releaseVersions(join(dir, 'packages/rubric/releases')).at(-1) as string;
  const manifestPath = join(dir, 'packages/rubric/package.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.version = latest;
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, latest, releases: readdirSync(join(dir, 'packages/rubric/releases')).sort() };
}

beforeAll(async () => {
  ({ dir: copy, latest: previous } = await knownCopy());
  const [major, minor] = previous.split('.').map(Number);
  expected = `${major}.${(minor as number) + 1}.0`;

  const milestone = join(copy, 'rubric/milestones/05-reserve-policy.md');
  const text = await readFile(milestone, 'utf8');
  if (text.includes(NEW_CRITERION)) throw new Error(`${NEW_CRITERION} already exists; pick another id for this test`);
  await writeFile(
    milestone,
    text.replace(
      /^criteria:\n/m,
      `criteria:\n  - id: ${NEW_CRITERION}\n    text: The reserve policy says how it is tested against a redemption surge.\n`,
    ),
  );
  await writeFile(
    join(copy, '.changeset/reserve-policy-dry-run.md'),
    '---\n"@usd1-milestones/rubric": minor\n---\n\nMilestone 5 gains a criterion on testing the reserve policy.\n',
  );

  // The release pull request's own step, whole: version, freeze, regenerate, lockfile, build.
  run('npm', ['run', 'version-packages']);
}, 300_000);

describe('a release, dry run', () => {
  it('bumps the rubric package to the minor version the changeset asked for', async () => {
    const pkg = JSON.parse(await readFile(join(copy, 'packages/rubric/package.json'), 'utf8'));
    expect(pkg.version).toBe(expected);
  });

  it('freezes the release data next to the earlier ones, with the new criterion and version', async () => {
    const frozen = JSON.parse(await readFile(join(copy, `packages/rubric/releases/${expected}.json`), 'utf8'));
    expect(frozen.version).toBe(expected);
    expect(frozen.milestones[4].criteria.map((c: { id: string }) => c.id)).toContain(NEW_CRITERION);
    const earlier = JSON.parse(await readFile(join(copy, `packages/rubric/releases/${previous}.json`), 'utf8'));
    expect(earlier.version).toBe(previous);
    expect(existsSync(join(repoRoot, `packages/rubric/releases/${expected}.json`))).toBe(false);
  });

  it('writes the item-by-item changes into the package changelog under the new version', async () => {
    const changelog = await readFile(join(copy, 'packages/rubric/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${expected}\n\n### Rubric changes since ${previous} (minor)\n\n`);
    expect(changelog).toContain(
      `- Milestone 5 (\`reserve-policy\`) gained the criterion \`${NEW_CRITERION}\`: The reserve policy says how it is tested against a redemption surge.\n`,
    );
    expect(changelog).toContain('Milestone 5 gains a criterion on testing the reserve policy.');
  });

  it('freezes the translations with the release, and lists translation changes only when there are some', async () => {
    const frozen = JSON.parse(await readFile(join(copy, `packages/rubric/releases/i18n/${expected}/es.json`), 'utf8'));
    const before = JSON.parse(await readFile(join(copy, `packages/rubric/releases/i18n/${previous}/es.json`), 'utf8'));
    const shipped = JSON.parse(await readFile(join(copy, 'packages/rubric/i18n/es.json'), 'utf8'));
    expect([frozen.lang, frozen.rubricVersion]).toEqual(['es', expected]);
    // The release freezes the strings the package ships, whatever changed since the previous release.
    expect(frozen.strings).toEqual(shipped.strings);
    const changelog = await readFile(join(copy, 'packages/rubric/CHANGELOG.md'), 'utf8');
    const section = changelog.slice(changelog.indexOf(`## ${expected}`), changelog.indexOf(`## ${previous}`));
    const changed = JSON.stringify(frozen.strings) !== JSON.stringify(before.strings);
    expect({ changed, listed: section.includes('### Translations since') }).toEqual({ changed, listed: changed });
  });

  it('regenerates the typed data with the new version', async () => {
    const generated = await readFile(join(copy, 'packages/rubric/src/generated/rubric.ts'), 'utf8');
    expect(generated).toContain(`"version": "${expected}"`);
    expect(generated).toContain(`| "${NEW_CRITERION}"`);
  });

  it('records introducedIn and changedIn per item from the release history', async () => {
    const frozen = JSON.parse(await readFile(join(copy, `packages/rubric/releases/${expected}.json`), 'utf8'));
    const policy = frozen.milestones[4];
    const added = policy.criteria.find((c: { id: string }) => c.id === NEW_CRITERION);
    expect([added.introducedIn, added.changedIn]).toEqual([expected, undefined]);
    expect([policy.introducedIn, frozen.milestones[0].introducedIn]).toEqual(['1.0.0', '1.0.0']);
  });

  it('leaves a tree that passes CI: no generated file is stale, and the data package is built at the new version', async () => {
    // What CI runs: the generate step in check mode, which fails on any stale generated file.
    expect(
      run('npm', ['run', '--silent', 'generate:files', '-w', '@usd1-milestones/rubric', '--', '--check']).trim(),
    ).toBe('generate: up to date');
    const citation = await readFile(join(copy, 'CITATION.cff'), 'utf8');
    expect(citation).toContain(`version: "${expected}"`);
    expect(existsSync(join(copy, `packages/rubric/exports/${expected}/changes.json`))).toBe(true);
    const built = await readFile(join(copy, 'packages/rubric/dist/index.js'), 'utf8');
    expect(built).toContain(`"version": "${expected}"`);
    const lock = JSON.parse(await readFile(join(copy, 'package-lock.json'), 'utf8'));
    expect(lock.packages['packages/rubric'].version).toBe(expected);
  });

  it('leaves a release that is already frozen alone', () => {
    expect(run('npm', ['run', '--silent', 'release:freeze', '-w', '@usd1-milestones/rubric']).trim()).toBe(
      `release: ${expected} is already frozen; nothing to do`,
    );
  });
});

describe('a release of core alone', () => {
  let dir: string;
  let latest: string;
  let _before: string[];
  let output: string;
  let coreBefore: string;

  beforeAll(async () => {
    ({ dir, latest, releases: _before } = await knownCopy());
    coreBefore = JSON.parse(await readFile(join(dir, 'packages/core/package.json'), 'utf8')).version;
    await writeFile(
      join(dir, '.changeset/loader-fix.md'),
      '---\n"@usd1-milestones/core": patch\n---\n\nA loader fix.\n',
    );
    run(process.execPath, [join(repoRoot, 'node_modules/@changesets/cli/bin.js'), 'version'], dir);
    output = run('npm', ['run', '--silent', 'release:freeze', '-w', '@usd1-milestones/rubric'], dir);
  }, 180_000);

  it('bumps core and leaves the data package, its releases and its changelog alone', async () => {
    const core = JSON.parse(await readFile(join(dir, 'packages/core/package.json'), 'utf8'));
    const data = JSON.parse(await readFile(join(dir, 'packages/rubric/package.json'), 'utf8'));
    expect([core.version, data.version]).toEqual([patchOf(coreBefore), latest]);
    expect(readdirSync(join(dir, 'packages/rubric/releases'))).toEqual(
      readdirSync(join(repoRoot, 'packages/rubric/releases')),
    );
    expect(output.trim()).toBe(`release: ${latest} is already frozen; nothing to do`);
  });
});

/** The next patch version: what a patch changeset makes of `version`. */
function patchOf(version: string): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  return `${major}.${minor}.${patch + 1}`;
}
