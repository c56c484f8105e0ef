/**
 * A dry run of a whole release on a temporary copy of the repository:
 * a contributor adds a criterion with a minor changeset, then the release
 * steps run (`changeset version`, then this package's freeze step).
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
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '../../..');
/** A criterion id no contributor's example uses, so that it is new in any state of the rubric. */
const NEW_CRITERION = 'reserve-policy.release-dry-run';
let copy: string;
let previous: string;
let expected: string;
const run = (command: string, args: string[], cwd = copy) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'usd1-release-dry-run-'));
  const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD'], {
    cwd: repoRoot,
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', copy], { input: archive });
  await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));

  // The known starting state: nothing pending, the package at its latest frozen release.
  for (const name of readdirSync(join(copy, '.changeset'))) {
    if (name.endsWith('.md') && name !== 'README.md') await rm(join(copy, '.changeset', name));
  }
  const releases = readdirSync(join(copy, 'packages/rubric/releases'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  previous = releases.at(-1) as string;
  const [major, minor] = previous.split('.').map(Number);
  expected = `${major}.${(minor as number) + 1}.0`;
  const manifestPath = join(copy, 'packages/rubric/package.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.version = previous;
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

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

  run(process.execPath, [join(repoRoot, 'node_modules/@changesets/cli/bin.js'), 'version']);
  run('npm', ['run', 'release:freeze', '-w', '@usd1-milestones/rubric']);
}, 180_000);

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

  it('leaves a release that is already frozen alone', () => {
    expect(run('npm', ['run', '--silent', 'release:freeze', '-w', '@usd1-milestones/rubric']).trim()).toBe(
      `release: ${expected} is already frozen; nothing to do`,
    );
  });
});
