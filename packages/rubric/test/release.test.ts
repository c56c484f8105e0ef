/**
 * A dry run of a whole release on a temporary copy of the repository:
 * a contributor adds a criterion with a minor changeset, then the release
 * steps run (`changeset version`, then this package's freeze step).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '../../..');
let copy: string;
const run = (command: string, args: string[], cwd = copy) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'usd1-release-dry-run-'));
  const files = run('git', ['ls-files', '-co', '--exclude-standard'], repoRoot).split('\n').filter(Boolean);
  for (const file of files) {
    await mkdir(dirname(join(copy, file)), { recursive: true });
    await cp(join(repoRoot, file), join(copy, file)).catch(() => undefined); // files deleted but not yet committed
  }
  await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));

  const milestone = join(copy, 'rubric/milestones/05-reserve-policy.md');
  const text = await readFile(milestone, 'utf8');
  await writeFile(
    milestone,
    text.replace(
      '    seed: Which custodians and banks are used, at least in categories.\n',
      '    seed: Which custodians and banks are used, at least in categories.\n  - id: reserve-policy.stress-tested\n    text: The reserve policy says how it is tested against a redemption surge.\n',
    ),
  );
  await writeFile(
    join(copy, '.changeset/reserve-policy-stress.md'),
    '---\n"@usd1-milestones/rubric": minor\n---\n\nMilestone 5 gains a criterion on testing the reserve policy.\n',
  );

  run(process.execPath, [join(repoRoot, 'node_modules/@changesets/cli/bin.js'), 'version']);
  run('npm', ['run', 'release:freeze', '-w', '@usd1-milestones/rubric']);
}, 180_000);

describe('a release, dry run', () => {
  it('bumps the rubric package to the minor version the changeset asked for', async () => {
    const pkg = JSON.parse(await readFile(join(copy, 'packages/rubric/package.json'), 'utf8'));
    expect(pkg.version).toBe('1.1.0');
  });

  it('freezes the release data next to the earlier ones, with the new criterion and version', async () => {
    const frozen = JSON.parse(await readFile(join(copy, 'packages/rubric/releases/1.1.0.json'), 'utf8'));
    expect(frozen.version).toBe('1.1.0');
    expect(frozen.milestones[4].criteria.map((c: { id: string }) => c.id)).toContain('reserve-policy.stress-tested');
    const earlier = JSON.parse(await readFile(join(copy, 'packages/rubric/releases/1.0.0.json'), 'utf8'));
    expect(earlier.version).toBe('1.0.0');
  });

  it('writes the item-by-item changes into the package changelog under the new version', async () => {
    const changelog = await readFile(join(copy, 'packages/rubric/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(
      '## 1.1.0\n\n### Rubric changes since 1.0.0 (minor)\n\n- Milestone 5 (`reserve-policy`) gained the criterion `reserve-policy.stress-tested`: The reserve policy says how it is tested against a redemption surge.\n',
    );
    expect(changelog).toContain('Milestone 5 gains a criterion on testing the reserve policy.');
  });

  it('regenerates the typed data with the new version', async () => {
    const generated = await readFile(join(copy, 'packages/rubric/src/generated/rubric.ts'), 'utf8');
    expect(generated).toContain('"version": "1.1.0"');
    expect(generated).toContain('| "reserve-policy.stress-tested"');
  });

  it('records introducedIn and changedIn per item from the release history', async () => {
    const frozen = JSON.parse(await readFile(join(copy, 'packages/rubric/releases/1.1.0.json'), 'utf8'));
    const policy = frozen.milestones[4];
    const added = policy.criteria.find((c: { id: string }) => c.id === 'reserve-policy.stress-tested');
    expect([added.introducedIn, added.changedIn]).toEqual(['1.1.0', undefined]);
    expect([policy.introducedIn, frozen.milestones[0].introducedIn]).toEqual(['1.0.0', '1.0.0']);
  });

  it('leaves a release that is already frozen alone', () => {
    expect(run('npm', ['run', '--silent', 'release:freeze', '-w', '@usd1-milestones/rubric']).trim()).toBe(
      'release: 1.1.0 is already frozen; nothing to do',
    );
  });
});
