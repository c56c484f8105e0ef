/**
 * Input built to hang or crash the tools, each with the clear outcome it must
 * get within seconds: a finding at its place, or one line and exit 2.
 */
import { existsSync } from 'node:fs';
import { appendFile, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from './run.js';

const tooComplex = (seconds: number) =>
  `Not checked: it took longer than the time budget of ${seconds} s. Long files take longer, and some inputs slow the Markdown parser sharply (long runs of unmatched \`*\`, \`_\` or \`[\`, or very many link definitions); split the file or raise the budget (\`--time-budget\`)`;

/** The assessment header every case below starts from. */
const assessmentHead =
  'arrangement: Test\nhypothetical: true\ndate: 2026-11-01\nassessor: Test\nrubricVersion: 1.0.0\n';

describe('pathological Markdown', () => {
  it.each([
    ['160 KB of `*a**`', '*a**'.repeat(40_000)],
    ['2 MB of `[a](`', '[a]('.repeat(500_000)],
    ['200,000 reference definitions', Array.from({ length: 200_000 }, (_, i) => `[r${i}]: /x`).join('\n')],
  ])('%s is too complex to check, and the other files are still checked', async (_name, text) => {
    const dir = await copyFixture('project');
    // With a citation, so that the file has to be parsed (a file that cannot hold a finding is not).
    await writeFile(join(dir, 'docs/slow.md'), `See [@fsb-2023].\n\n${text}`);
    const run = await runCli(['check', 'docs', '--format', 'json', '--time-budget', '2', '--no-cache'], dir);
    const findings = JSON.parse(run.stdout) as { file: string; message: string; line: number; column: number }[];
    expect(run.code).toBe(1);
    expect(findings.filter((f) => f.file === 'docs/slow.md')).toEqual([
      { file: 'docs/slow.md', line: 1, column: 1, ruleId: 'rubric-syntax', severity: 'error', message: tooComplex(2) },
    ]);
    // The fixture's own finding in docs/guide.md is still there.
    expect(findings.filter((f) => f.file === 'docs/guide.md').length).toBeGreaterThan(0);
  });

  it('checks 20,000 broken links in one file without overflowing, and reports each', async () => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'docs/links.md'), '[a](glossary:nope)\n'.repeat(20_000));
    // What is tested is the stack, not the speed: a budget no busy machine runs past.
    // The process gets as long too: about 6 s on an idle machine, several times that with both cores busy.
    const run = await runCli(
      ['check', 'docs/links.md', '--format', 'json', '--no-cache', '--time-budget', '600'],
      dir,
      {},
      600_000,
    );
    const findings = JSON.parse(run.stdout) as { line: number; ruleId: string }[];
    expect([run.code, run.stderr, findings.length]).toEqual([1, '', 20_000]);
    expect(findings[19_999]).toMatchObject({ line: 20_000, ruleId: 'glossary-unknown' });
  }, 600_000);

  it('refuses a milestone body longer than the schema allows, at the line where the body starts', async () => {
    const dir = await copyFixture('project');
    const file = join(dir, 'rubric/milestones/01-alpha.md');
    const lines = (await readFile(file, 'utf8')).split('\n');
    // The body starts on the line after the front matter's closing `---` (1-based: its index + 2).
    const bodyLine = lines.indexOf('---', 1) + 2;
    await appendFile(file, `${'Plain words. '.repeat(20_000)}\n`);
    const run = await runCli(['check', '--format', 'json', '--no-cache'], dir);
    const findings = JSON.parse(run.stdout) as { file: string; message: string; line: number }[];
    expect(findings.find((f) => f.message.startsWith('The body is'))).toEqual({
      file: 'rubric/milestones/01-alpha.md',
      line: bodyLine,
      column: 1,
      ruleId: 'rubric-schema',
      severity: 'error',
      message: expect.stringMatching(
        /^The body is 260,\d{3} characters long; a milestone body may be at most 200,000$/,
      ),
    });
  });
});

describe('nesting, size and format in assessments', () => {
  it.each([
    [
      'brackets 5,000 deep',
      `milestones: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      '6:113 Lists and maps are nested more than 100 levels deep here; the file was not read',
    ],
    [
      'maps 3,000 deep in brackets',
      `milestones:\n  reserve-policy:\n    note: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`,
      '8:411 Lists and maps are nested more than 100 levels deep here; the file was not read',
    ],
    [
      'maps 3,000 deep by indentation',
      `milestones:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`,
      '207:201 A line is indented more than 200 columns: lists and maps nested about 100 levels deep or more; the file was not read',
    ],
  ])('%s gets one message at its place, not a stack overflow', async (_name, tail, expected) => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'a.yaml'), `${assessmentHead}${tail}`);
    const run = await runCli(['assess', 'a.yaml', '--format', 'json'], dir);
    const out = JSON.parse(run.stdout) as { problems: { line: number; column: number; message: string }[] };
    expect([run.code, out.problems.map((p) => `${p.line}:${p.column} ${p.message}`)]).toEqual([1, [expected]]);
  });

  it('names JSON as JSON in a syntax error', async () => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'a.json'), '{"arrangement": "X", "milestones": [1, 2}\n');
    const run = await runCli(['assess', 'a.json', '--format', 'json'], dir);
    const out = JSON.parse(run.stdout) as { problems: { message: string }[] };
    expect(out.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Invalid JSON: /)]);
  });

  it('names an assessment file, not a rubric file, when it is over 8 MB', async () => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'a.yaml'), `${assessmentHead}milestones: {}\n# ${'x'.repeat(9 * 1024 * 1024)}\n`);
    const run = await runCli(['assess', 'a.yaml', '--format', 'json'], dir);
    const out = JSON.parse(run.stdout) as { problems: { message: string }[] };
    expect(out.problems.map((p) => p.message)).toEqual(['File is 9.0 MB; assessment files may be at most 8.0 MB']);
    await writeFile(join(dir, 'docs/big.md'), `# Big\n\n${'plain words '.repeat(800_000)}\n`);
    const check = await runCli(['check', 'docs/big.md', '--format', 'json', '--no-cache'], dir);
    expect((JSON.parse(check.stdout) as { message: string }[]).map((f) => f.message)).toEqual([
      'File is 9.2 MB; Markdown files may be at most 8.0 MB',
    ]);
  });
});

describe('huge lists and maps', () => {
  it('locates 40,000 unknown keys in an assessment within seconds', async () => {
    const dir = await copyFixture('project');
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1\n`).join('');
    await writeFile(join(dir, 'a.yaml'), `${assessmentHead}milestones: {}\n${keys}`);
    const run = await runCli(['assess', 'a.yaml', '--format', 'json'], dir);
    const out = JSON.parse(run.stdout) as { problems: { line: number; column: number; message: string }[] };
    expect(out.problems).toHaveLength(40_000);
    expect(out.problems[39_999]).toMatchObject({ line: 40_006, column: 1 });
    expect(out.problems[39_999]?.message).toMatch(/^Unknown key `k39999`/);
  });

  it('locates 40,000 unknown keys in rubric.yaml within seconds', async () => {
    const dir = await copyFixture('project');
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1\n`).join('');
    await appendFile(join(dir, 'rubric/rubric.yaml'), keys);
    const run = await runCli(['check', '--format', 'json', '--no-cache'], dir);
    const findings = (JSON.parse(run.stdout) as { file: string; message: string }[]).filter(
      (f) => f.file === 'rubric/rubric.yaml',
    );
    expect(findings).toHaveLength(40_000);
  });

  it.each([
    [
      'an evidence list of 60,000 items',
      'a.yaml',
      `${assessmentHead}milestones:\n  alpha:\n    status: met\n    evidence:\n${'      - {url: "https://e.org/x", kind: r, asOf: 2026-01-01}\n'.repeat(60_000)}`,
      ['assess', 'a.yaml', '--format', 'json'],
      {
        file: 'a.yaml',
        line: 10,
        column: 7,
        message: 'A list of 60,000 entries is longer than the 50,000 this tool reads; split it or remove entries',
      },
    ],
  ])('refuses %s with one message', async (_name, path, text, args, expected) => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, path), text);
    const run = await runCli(args, dir, {}, 60_000);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { problems: unknown[] }).problems).toEqual([
      { ...expected, ruleId: 'assessment-syntax', severity: 'error' },
    ]);
  });

  it('refuses a glossary term with 130,000 aliases with one message', async () => {
    const dir = await copyFixture('project');
    const glossary = join(dir, 'rubric/glossary.yaml');
    const text = await readFile(glossary, 'utf8');
    await writeFile(glossary, text.replace('aliases: []', `aliases:\n${'    - x\n'.repeat(130_000)}`));
    const run = await runCli(['check', '--format', 'json', '--no-cache'], dir, {}, 60_000);
    const findings = JSON.parse(run.stdout) as { file: string; message: string }[];
    expect(findings.filter((f) => f.file === 'rubric/glossary.yaml').map((f) => f.message)).toEqual([
      'A list of 130,000 entries is longer than the 50,000 this tool reads; split it or remove entries',
    ]);
  });
});

describe('files that are not what they seem', () => {
  it('refuses a link out of the rubric folder without reading it', async () => {
    const dir = await copyFixture('project');
    await symlink('/etc/passwd', join(dir, 'rubric/milestones/09-passwd.md'));
    const run = await runCli(['check', '--format', 'json', '--no-cache'], dir);
    expect(run.stdout).not.toContain('root:');
    expect(JSON.parse(run.stdout)).toContainEqual({
      file: 'rubric/milestones/09-passwd.md',
      line: 1,
      column: 1,
      ruleId: 'rubric-syntax',
      severity: 'error',
      message: 'The file is a symbolic link to a place outside the rubric folder; rubric files must be inside it',
    });
  });

  it.skipIf(!existsSync('/proc/kmsg'))('does not hang on a file that never ends (/proc/kmsg)', async () => {
    const dir = await copyFixture('project');
    await symlink('/proc/kmsg', join(dir, 'rubric/milestones/09-kmsg.md'));
    const check = await runCli(['check', '--format', 'json', '--no-cache'], dir);
    expect(check.code).toBe(1);
    const diff = await runCli(['diff', '--from', '/proc/kmsg'], dir);
    expect([diff.code, diff.stderr]).toEqual([
      2,
      'usd1-milestones: Cannot read `/proc/kmsg` as a rubric release file: Unexpected end of JSON input\n',
    ]);
  });

  it('refuses a git ref that looks like an option', async () => {
    const dir = await copyFixture('project');
    for (const args of [
      ['release-check', '--base=--octopus'],
      ['diff', '--from=--output=x'],
    ]) {
      const run = await runCli(args, dir);
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toMatch(
        /^usd1-milestones: `--(octopus|output=x)` is not a git ref: a ref cannot start with `-` or hold control characters\n$/,
      );
    }
  });
});

describe('text meant for a terminal or a rendered page', () => {
  it('shows control characters from YAML as escapes', async () => {
    const dir = await copyFixture('project');
    const file = join(dir, 'rubric/milestones/01-alpha.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^bucket: .*$/m, 'bucket: "\\e]0;pwned\\a\\e[2Jx"'));
    const run = await runCli(['check', '--no-cache'], dir);
    expect(run.stdout.includes('\u0007') || run.stdout.includes('\u001b')).toBe(false);
    expect(run.stdout).toContain('\\u001b]0;pwned\\u0007\\u001b[2Jx');
  });

  it('escapes assessment text in Markdown, tables included', async () => {
    const dir = await copyFixture('project');
    await writeFile(
      join(dir, 'a.yaml'),
      `${assessmentHead.replace('arrangement: Test', 'arrangement: "A | B <img src=x onerror=alert(1)>"')}milestones:\n  reserve-policy:\n    status: met\n    evidence:\n      - url: 'https://e.org/"><img src=x onerror=alert(2)>'\n        kind: report\n        asOf: 2020-01-01\n`,
    );
    const run = await runCli(['assess', 'a.yaml', '--format', 'markdown'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/<img/);
    expect(run.stdout).toContain('# A \\| B &#60;img src=x onerror=alert(1)&#62;');
    expect(run.stdout).toContain('<https://e.org/%22%3E%3Cimg%20src=x%20onerror=alert(2)%3E>');
  });
});
