/**
 * What a CI maintainer meets: one-line usage errors with suggestions, a
 * summary on clean runs, output that cannot be written, rule levels from
 * usd1-milestones.json, and text fields checked at their own line.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from './run.js';

const cli = join(import.meta.dirname, '../dist/cli.js');

describe('usage mistakes, one line each', () => {
  it.each([
    [
      ['check', '--fromat', 'json'],
      'Unknown option `--fromat` (did you mean `--format`?); see `usd1-milestones check --help`',
    ],
    [['check', '--no-cache=1'], 'Option `--no-cache` takes no value; see `usd1-milestones check --help`'],
    [
      ['check', '--format', 'jsn'],
      'Unknown format `jsn`; expected one of: stylish, json, github, sarif, markdown (did you mean `json`?)',
    ],
    [['--verbose'], 'Unknown option `--verbose`; options go after the command: usd1-milestones <command> --verbose'],
    [
      ['chek'],
      'Unknown command `chek` (did you mean `check`?); expected one of: check, diff, assess, export, translations, release-check',
    ],
    [['check', '--rubric', 'docs'], '`docs` is not a rubric folder: expected rubric.yaml and milestones/ in it'],
    [['check', 'nothing/*.md'], '`nothing/*.md` matched no Markdown files (.md, .mdx, .markdown) that are not ignored'],
    [['check', 'empty'], '`empty` holds no Markdown files (.md, .mdx, .markdown) that are not ignored'],
    [
      ['check', '--time-budget', '0'],
      '`--time-budget` takes a number of seconds greater than 0 and at most 3600, not `0`',
    ],
    [['assess', 'docs'], '`docs` is a folder; name the assessment files in it, such as docs/*.yaml'],
    [
      ['assess', join(import.meta.dirname, '../../../examples/harbor-dollar.yaml'), '--out', 'missing/report.md'],
      'Cannot write `missing/report.md`: its folder does not exist',
    ],
  ])('%j', async (args, message) => {
    const dir = await copyFixture('project');
    await mkdir(join(dir, 'empty'));
    const run = await runCli(args, dir);
    expect([run.code, run.stderr, run.stdout]).toEqual([2, `usd1-milestones: ${message}\n`, '']);
  });

  it('has `help` as a command and accepts --no-color', async () => {
    const dir = await copyFixture('project');
    const help = await runCli(['help', 'check'], dir);
    expect([help.code, help.stdout.split('\n')[0]]).toEqual([0, 'usage: usd1-milestones check [paths...] [options]']);
    expect(help.stdout).toContain('  --format NAME');
    expect(help.stdout).toContain('  --no-color');
    const plain = await runCli(['check', '--no-color'], dir, { FORCE_COLOR: '1', NO_COLOR: '' });
    expect(plain.stdout).not.toContain('\u001b[');
  });
});

describe('what a run says', () => {
  it('ends a clean run with a one-line summary on stderr', async () => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'docs/guide.md'), '# Guide\n\nSee [@fsb-2023].\n');
    const run = await runCli(['check', 'docs'], dir);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', 'usd1-milestones check: 1 file checked, no problems\n']);
  });

  it('says in one line when the output cannot be written', () => {
    // Standard output is /dev/full: every write fails with ENOSPC.
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [cli, 'help', 'check'], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect([run.status, run.stderr]).toEqual([2, 'usd1-milestones: cannot write the output: ENOSPC\n']);
    } finally {
      closeSync(full);
    }
  });

  it('reports a citation typo in a criterion at its line in the front matter', async () => {
    const dir = await copyFixture('project');
    const file = join(dir, 'rubric/milestones/01-alpha.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        'text: The first criterion holds.',
        'text: The first criterion holds [@fsb-2024].',
      ),
    );
    const run = await runCli(['check', '--format', 'json'], dir);
    expect(JSON.parse(run.stdout)).toContainEqual({
      file: 'rubric/milestones/01-alpha.md',
      line: 12,
      column: 38,
      ruleId: 'citation-unknown',
      severity: 'error',
      message: 'Unknown source `fsb-2024`, expected one of the bibliography keys; did you mean `fsb-2023`?',
      endLine: 12,
      endColumn: 47,
      suggestions: ['fsb-2023'],
      // In a plain YAML string the key stands as written, so the suggestion has its edit there too.
      fix: {
        safe: false,
        edits: [
          { file: 'rubric/milestones/01-alpha.md', line: 12, column: 39, endLine: 12, endColumn: 47, text: 'fsb-2023' },
        ],
      },
    });
  });

  it('keeps checking a file after a link with a broken percent escape', async () => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'docs/guide.md'), '[a](glossary:%E0%A4%A) and [@fsb-2032]\n');
    const run = await runCli(['check', 'docs', '--format', 'json'], dir);
    expect(
      JSON.parse(run.stdout).map(
        (f: { line: number; column: number; ruleId: string }) => `${f.line}:${f.column} ${f.ruleId}`,
      ),
    ).toEqual(['1:1 glossary-unknown', '1:29 citation-unknown']);
  });
});

describe('rule levels from usd1-milestones.json', () => {
  it('turns a rule off or down to a warning, for the exit code too', async () => {
    const dir = await copyFixture('project');
    await writeFile(
      join(dir, 'usd1-milestones.json'),
      '{"rules": {"citation-unused": "off", "milestone-unknown": "warn"}}\n',
    );
    const run = await runCli(['check', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    expect(
      JSON.parse(run.stdout).map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`),
    ).toEqual(['milestone-unknown warning']);
  });

  it('says where a setting is wrong', async () => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'usd1-milestones.json'), '{\n  "rules": {\n    "citation-unusd": "off"\n  }\n}\n');
    const run = await runCli(['check'], dir);
    expect([run.code, run.stderr]).toEqual([
      2,
      'usd1-milestones: usd1-milestones.json:3:5: Unknown rule `citation-unusd` (did you mean `citation-unused`?); the rules with a level are citation-unknown, citation-malformed, citation-unused, citation-numbering, glossary-unknown, milestone-unknown, framework-unknown, assessment-consistency\n',
    ]);
  });
});

describe('the documentation checked with the rubric', () => {
  it('is ./docs by default and the `docs` list when usd1-milestones.json has one', async () => {
    const project = await copyFixture('project');
    await writeFile(join(project, 'README.md'), 'See [@fsb-2099].\n');
    const byDefault = await runCli(['check', '--format', 'json'], project);
    expect(JSON.parse(byDefault.stdout).map((f: { file: string }) => f.file)).not.toContain('README.md');
    await writeFile(join(project, 'usd1-milestones.json'), '{"docs": ["README.md"]}\n');
    const configured = await runCli(['check', '--format', 'json'], project);
    const files = JSON.parse(configured.stdout).map((f: { file: string }) => f.file);
    expect(files).toContain('README.md');
    expect(files).not.toContain('docs/guide.md');
  });
});
