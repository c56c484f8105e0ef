/**
 * The GitHub Action (action.yml at the root), run step by step by the harness
 * with the runner's files, on copies of real fixture projects; its SARIF
 * validated against the SARIF 2.1.0 JSON Schema (fixtures/sarif, with a note
 * on where it comes from).
 */
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAction, repositoryRoot, runAction } from './action-harness.js';
import { copyFixture } from './run.js';
import { validateSarif } from './sarif.js';

const cliPath = join(repositoryRoot, 'packages/cli/bin/usd1-milestones.js');
const rules = 'https://github.com/usd1-milestones/usd1-milestones/blob/main/docs/rules.md';

const brokenSummary = `## usd1-milestones check

10 files checked: 1 error, 1 warning.

| File | Rule | Errors | Warnings |
| --- | --- | ---: | ---: |
| \`docs/guide.md\` | [milestone-unknown](${rules}#milestone-unknown) | 1 | 0 |
| \`rubric/sources.yaml\` | [citation-unused](${rules}#citation-unused) | 0 | 1 |

| Place | Severity | Message | Rule |
| --- | --- | --- | --- |
| \`docs/guide.md:5:15\` | error | Unknown milestone \\\`bta\\\`, expected a milestone id; did you mean \\\`beta\\\`? | milestone-unknown |
| \`rubric/sources.yaml:9:3\` | warning | Source \\\`imf-2025\\\` is in the bibliography but no milestone cites it | citation-unused |
`;

describe('the GitHub Action', () => {
  it('is a composite action with the documented inputs and outputs', () => {
    const action = readAction();
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'rubric', 'fail-on', 'sarif', 'cli-version', 'cli-path']);
    expect(Object.keys(action.outputs)).toEqual(['errors', 'warnings', 'sarif-file']);
    expect(action.runs.steps.map((s) => s.uses ?? s.id)).toEqual(['check', 'github/codeql-action/upload-sarif@v3']);
  });

  it('annotates, writes the job summary and the SARIF, uploads it, and fails on an error', async () => {
    const project = await copyFixture('project');
    // The default: the standalone CLI in the action's own checkout, nothing installed or fetched.
    const run = runAction({ sarif: 'true' }, { cwd: project });
    const [check, upload] = run.steps;
    expect(check?.status).toBe(1);
    expect(check?.stdout).toContain(
      '::error file=docs/guide.md,line=5,col=15,endLine=5,endColumn=36,title=milestone-unknown::Unknown milestone `bta`, expected a milestone id; did you mean `beta`?\n',
    );
    expect(check?.stdout).toContain('::warning file=rubric/sources.yaml,line=9,col=3');
    expect(check?.stdout).toMatch(
      /::error title=usd1-milestones::usd1-milestones check found 1 error and 1 warning \(fail-on: error\)\n$/,
    );
    expect(run.summary).toBe(brokenSummary);
    expect(run.outputs).toEqual({
      errors: '1',
      warnings: '1',
      'sarif-file': expect.stringMatching(/usd1-milestones\.sarif$/),
    });
    // The upload runs although the check failed, so code scanning sees what failed the job.
    expect(upload).toEqual({
      id: undefined,
      skipped: false,
      uses: 'github/codeql-action/upload-sarif@v3',
      with: { sarif_file: run.outputs['sarif-file'], category: 'usd1-milestones' },
    });
    const sarif = await readFile(run.outputs['sarif-file'] ?? '', 'utf8');
    expect(await validateSarif(sarif)).toEqual([]);
    const log = JSON.parse(sarif);
    const driver = log.runs[0].tool.driver;
    expect(driver.rules.find((r: { id: string }) => r.id === 'milestone-unknown')).toMatchObject({
      name: 'MilestoneUnknown',
      helpUri: `${rules}#milestone-unknown`,
      defaultConfiguration: { level: 'error' },
    });
    expect(log.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['milestone-unknown', 'error'],
      ['citation-unused', 'warning'],
    ]);
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/guide.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 15, endLine: 5, endColumn: 36 },
    });
  });

  it('passes a clean project, says so in the summary, and uploads nothing unless asked', async () => {
    const project = await copyFixture('project');
    await writeFile(join(project, 'docs/guide.md'), '# Guide\n\nSee [the first](milestone:alpha).\n');
    const run = runAction({ paths: 'docs', 'cli-path': cliPath }, { cwd: project });
    expect(run.failed).toBe(false);
    expect(run.steps[0]?.stdout).toBe('');
    expect(run.summary).toBe('## usd1-milestones check\n\n1 file checked, no problems.\n');
    expect(run.outputs).toEqual({ errors: '0', warnings: '0', 'sarif-file': '' });
    expect(run.steps[1]).toEqual({ id: undefined, skipped: true });
  });

  it('fails on a warning with fail-on: warning, and never with fail-on: never', async () => {
    const project = await copyFixture('project');
    await writeFile(join(project, 'docs/guide.md'), '# Guide\n');
    const warning = runAction({ 'fail-on': 'warning', 'cli-path': cliPath }, { cwd: project });
    expect(warning.failed).toBe(true);
    expect(warning.steps[0]?.stdout).toContain('found 0 errors and 1 warning (fail-on: warning)');
    const byDefault = runAction({ 'cli-path': cliPath }, { cwd: project });
    expect(byDefault.failed).toBe(false);
    await writeFile(join(project, 'docs/guide.md'), 'See [beta](milestone:bta).\n');
    const never = runAction({ 'fail-on': 'never', 'cli-path': cliPath }, { cwd: project });
    expect([never.failed, never.outputs.errors]).toEqual([false, '1']);
  });

  it('runs the checker once, from its own checkout by default, and a published CLI through npx when asked', async () => {
    const project = await copyFixture('project');
    // A stand-in for npx that notes its arguments and runs the local build in the published one's place.
    const bin = await mkdtemp(join(tmpdir(), 'usd1-fake-npx-'));
    const log = join(bin, 'npx.log');
    await writeFile(
      join(bin, 'npx'),
      `#!/usr/bin/env bash\necho "$*" >> "${log}"\nwhile [ "$1" != "--" ]; do shift; done; shift 2\nexec node "${cliPath}" "$@"\n`,
    );
    await chmod(join(bin, 'npx'), 0o755);
    const path = `${bin}:${process.env.PATH}`;
    const byDefault = runAction({ paths: 'docs/guide.md' }, { cwd: project, path });
    expect(byDefault.outputs.errors).toBe('1');
    const pinned = runAction({ paths: 'docs/guide.md', 'cli-version': '^0.3' }, { cwd: project, path });
    expect(pinned.summary).toBe(byDefault.summary);
    // npx ran once, for the version asked; the default run needed no npx at all.
    const calls = (await readFile(log, 'utf8')).trim().split('\n');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(
      /^--yes --package=@usd1-milestones\/cli@\^0\.3 -- usd1-milestones check --format json --report github=\S+annotations\.txt,markdown=\S+summary\.md -- docs\/guide\.md$/,
    );
  });

  it('says in one line when a published CLI cannot be had (npm 404), or prints no JSON', async () => {
    // (`%` is written `%25` in a workflow command, as the runner reads it.)
    const project = await copyFixture('project');
    const bin = await mkdtemp(join(tmpdir(), 'usd1-npx-404-'));
    await writeFile(
      join(bin, 'npx'),
      '#!/usr/bin/env bash\necho "npm error code E404" >&2\necho "npm error 404 Not Found - GET https://registry.example/@usd1-milestones%2fcli" >&2\nexit 1\n',
    );
    await chmod(join(bin, 'npx'), 0o755);
    const run = runAction({ 'cli-version': '9.9.9' }, { cwd: project, path: `${bin}:${process.env.PATH}` });
    expect([run.failed, run.steps[0]?.stdout]).toEqual([
      true,
      '::error title=usd1-milestones::usd1-milestones check with @usd1-milestones/cli@9.9.9 printed no findings as JSON (exit 1): npm error 404 Not Found - GET https://registry.example/@usd1-milestones%252fcli\n',
    ]);
  });

  it('checks a path named like an option as a path', async () => {
    const project = await copyFixture('project');
    await writeFile(join(project, '--rubric=x.md'), 'See [@nope].\n');
    const run = runAction({ paths: '--rubric=x.md' }, { cwd: project });
    expect(run.outputs.errors).toBe('1');
    expect(run.summary).toContain('| `--rubric=x.md` | [citation-unknown]');
  });

  it('passes several paths and the rubric folder to the CLI', async () => {
    const project = await copyFixture('project');
    await writeFile(join(project, 'notes.md'), 'See [@nope].\n');
    const run = runAction(
      { paths: 'docs/guide.md\n\n  notes.md  \n', rubric: 'rubric', 'cli-path': cliPath },
      { cwd: project },
    );
    expect(run.outputs.errors).toBe('2');
    expect(run.summary).toContain('| `notes.md` | [citation-unknown]');
  });

  it('stops with one clear annotation on a bad input or when the CLI cannot run', async () => {
    const project = await copyFixture('project');
    const cases: [Record<string, string>, string][] = [
      [{ 'fail-on': 'sometimes' }, 'fail-on must be error, warning or never, not "sometimes"'],
      [{ sarif: 'yes' }, 'sarif must be true or false, not "yes"'],
      [
        { 'cli-version': '--registry=http://evil' },
        'cli-version must be an npm version, range or tag of @usd1-milestones/cli, not "--registry=http://evil"',
      ],
      [
        { paths: 'missing.md', 'cli-path': cliPath },
        `usd1-milestones check could not run with the CLI at ${cliPath} (exit 2): usd1-milestones: Cannot read \`missing.md\`: no such file or folder`,
      ],
    ];
    for (const [inputs, message] of cases) {
      const run = runAction(inputs, { cwd: project });
      expect({ inputs, failed: run.failed, stdout: run.steps[0]?.stdout }).toEqual({
        inputs,
        failed: true,
        stdout: `::error title=usd1-milestones::${message}\n`,
      });
      expect(run.steps[1]?.skipped).toBe(true);
    }
  });

  it('is what this repository’s CI runs, from its checkout', async () => {
    const ci = await readFile(join(repositoryRoot, '.github/workflows/ci.yml'), 'utf8');
    expect(ci).toContain('uses: ./\n');
    expect(ci).toContain('cli-path: packages/cli/bin/usd1-milestones.js');
  });
});
