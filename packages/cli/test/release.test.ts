/** `diff` and `release-check` against real temporary git repositories, not mocks. */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runCli } from './run.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' },
  );

/** A repository whose main branch holds the fixture rubric, checked out on a feature branch. */
async function repository(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'usd1-release-'));
  git(dir, 'init', '-q', '-b', 'main');
  await cp(join(fixtures, 'project/rubric'), join(dir, 'rubric'), { recursive: true });
  await mkdir(join(dir, '.changeset'));
  await writeFile(join(dir, '.changeset/README.md'), '# Changesets\n');
  await writeFile(join(dir, 'README.md'), '# Test\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
  git(dir, 'checkout', '-q', '-b', 'change');
  return dir;
}

async function addCriterion(dir: string): Promise<void> {
  const file = join(dir, 'rubric/milestones/01-alpha.md');
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    text.replace(
      '    text: The first criterion holds.\n',
      '    text: The first criterion holds.\n  - id: alpha.second\n    text: A second criterion holds.\n',
    ),
  );
}

const changeset = (dir: string, name: string, bump: string) =>
  writeFile(
    join(dir, '.changeset', `${name}.md`),
    `---\n"@usd1-milestones/rubric": ${bump}\n---\n\nAlpha gains a second criterion.\n`,
  );

const needsMinor =
  'release-check: rubric/ changed since main in a way that needs a minor release of @usd1-milestones/rubric (Milestone 1 (`alpha`) gained the criterion `alpha.second`: A second criterion holds.), but ';
const howToFix =
  ' Run `npx changeset`, choose @usd1-milestones/rubric and minor, describe the change in one sentence, and commit the new file in .changeset/.\n';

describe('usd1-milestones release-check', () => {
  it('passes when rubric/ did not change', async () => {
    const dir = await repository();
    await writeFile(join(dir, 'README.md'), '# Test, edited\n');
    const run = await runCli(['release-check'], dir);
    expect([run.code, run.stdout]).toEqual([
      0,
      'release-check: rubric/ is unchanged since main; no changeset needed.\n',
    ]);
  });

  it('fails with the bump and the fix when a new criterion has no changeset', async () => {
    const dir = await repository();
    await addCriterion(dir);
    const run = await runCli(['release-check'], dir);
    expect([run.code, run.stdout]).toEqual([1, `${needsMinor}no changeset asks for one.${howToFix}`]);
  });

  it('fails when the changeset asks for too small a release, even once committed', async () => {
    const dir = await repository();
    await addCriterion(dir);
    await changeset(dir, 'small', 'patch');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'change');
    const run = await runCli(['release-check'], dir);
    expect([run.code, run.stdout]).toEqual([
      1,
      `${needsMinor}the changesets ask only for patch (.changeset/small.md).${howToFix}`,
    ]);
  });

  it('passes when a changeset asks for at least the required release', async () => {
    const dir = await repository();
    await addCriterion(dir);
    await changeset(dir, 'enough', 'minor');
    const run = await runCli(['release-check'], dir);
    expect([run.code, run.stdout]).toEqual([
      0,
      'release-check: rubric/ changes need a minor release; .changeset/enough.md asks for minor. OK.\n',
    ]);
  });

  it('counts only the changesets this change adds: one pending on main does not cover a new criterion', async () => {
    const dir = await repository();
    // A changeset merged into main earlier, still pending release, that names the rubric package.
    git(dir, 'checkout', '-q', 'main');
    await changeset(dir, 'pending-on-main', 'minor');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'pending');
    git(dir, 'checkout', '-q', '-B', 'change');
    await addCriterion(dir);
    const run = await runCli(['release-check'], dir);
    expect([run.code, run.stdout]).toEqual([1, `${needsMinor}no changeset asks for one.${howToFix}`]);
  });

  it('refuses a changeset for the rubric package when its data did not change', async () => {
    const dir = await repository();
    await writeFile(
      join(dir, '.changeset/tool.md'),
      '---\n"@usd1-milestones/rubric": minor\n"@usd1-milestones/core": minor\n---\n\nA new export format.\n',
    );
    const run = await runCli(['release-check'], dir);
    expect([run.code, run.stdout]).toEqual([
      1,
      "release-check: .changeset/tool.md asks for a minor release of @usd1-milestones/rubric, but rubric/'s data did not change since main. A release of the rubric is a change of its data: name the package whose code changed (such as @usd1-milestones/core or @usd1-milestones/cli) instead.\n",
    ]);
    await writeFile(
      join(dir, '.changeset/tool.md'),
      '---\n"@usd1-milestones/core": minor\n---\n\nA new export format.\n',
    );
    expect((await runCli(['release-check'], dir)).code).toBe(0);
  });

  it('fails when an id is removed without a retired stub, naming the fix', async () => {
    const dir = await repository();
    await rm(join(dir, 'rubric/milestones/02-beta.md'));
    await changeset(dir, 'major', 'major');
    const run = await runCli(['release-check'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'release-check: 2 id(s) removed without a retired stub:\n' +
        '  - Milestone 2 (`beta`) was removed. Ids are permanent: keep it with `status: retired` and `replacedBy` (moved, split or merged) so that consumers holding the id learn where it went.\n' +
        '  - Criterion `beta.first` was removed. Ids are permanent: keep it with `status: retired` and `replacedBy` (moved, split or merged) so that consumers holding the id learn where it went.\n',
    );
  });

  it('says so in one line when the base does not exist', async () => {
    const dir = await repository();
    const run = await runCli(['release-check', '--base', 'nowhere'], dir);
    expect([run.code, run.stderr]).toEqual([
      2,
      'usd1-milestones: Cannot find the base `nowhere`: fetch it or pass --base\n',
    ]);
  });
});

describe('usd1-milestones diff', () => {
  it('compares a git ref with the working tree as stable JSON', async () => {
    const dir = await repository();
    await addCriterion(dir);
    const run = await runCli(['diff', '--from', 'main', '--to', 'rubric', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      from: 'main',
      to: 'rubric',
      bump: 'minor',
      changes: [
        {
          kind: 'criterion',
          id: 'alpha.second',
          change: 'added',
          bump: 'minor',
          message: 'Milestone 1 (`alpha`) gained the criterion `alpha.second`: A second criterion holds.',
        },
      ],
      errors: [],
      translations: [],
    });
  });

  it('prints a Markdown summary, and compares with a frozen release file', async () => {
    const dir = await repository();
    const release = join(dir, 'release.json');
    const built = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { loadRubric } from '@usd1-milestones/core/loader'; const r = await loadRubric(${JSON.stringify(join(dir, 'rubric'))}, { version: '2.0.0' }); process.stdout.write(JSON.stringify(r.rubric));`,
        ],
        { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' },
      ),
    );
    await writeFile(release, JSON.stringify(built));
    const file = join(dir, 'rubric/milestones/02-beta.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Beta links', 'Beta, reworded, links'));
    const run = await runCli(['diff', '--from', 'release.json'], dir);
    expect([run.code, run.stdout]).toEqual([
      0,
      '# Rubric changes: release.json → rubric\n\nRequired release: **patch**\n\n## Editorial\n\n- Milestone 2 (`beta`): body reworded\n',
    ]);
  });
});

describe('usd1-milestones diff --from a commit whose rubric is broken', () => {
  it('names the file as git does and suggests a checkout where `check` can run, and that suggestion works', async () => {
    const dir = await repository();
    const file = join(dir, 'rubric/milestones/01-alpha.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(/^title: .*$/m, 'title:'));
    git(dir, 'commit', '-q', '-am', 'break alpha');
    const broken = git(dir, 'rev-parse', '--short', 'HEAD').trim();
    await writeFile(file, good);
    git(dir, 'commit', '-q', '-am', 'fix alpha');
    const run = await runCli(['diff', '--from', broken], dir);
    expect(run.code).toBe(2);
    const folder = `../rubric-at-${broken}`;
    expect(run.stderr).toMatch(
      new RegExp(
        `^usd1-milestones: The rubric in \`${broken}\` has 1 problem\\(s\\), first ${broken}:rubric/milestones/01-alpha\\.md:\\d+:\\d+: .+; to see every problem, check it out and run the checker there: \`git worktree add ${folder} ${broken}\`, then \`usd1-milestones check --rubric ${folder}/rubric\`\\n$`,
      ),
    );
    // What it suggests runs, and shows the problem.
    git(dir, 'worktree', 'add', '-q', folder, broken);
    const check = await runCli(['check', '--rubric', `${folder}/rubric`, '--format', 'json'], dir);
    expect(check.code).toBe(1);
    expect((JSON.parse(check.stdout) as { file: string }[]).map((f) => f.file)).toContain(
      `${folder}/rubric/milestones/01-alpha.md`,
    );
    await rm(join(dir, folder), { recursive: true, force: true });
  });
});
