import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const isRoot = process.getuid?.() === 0;

/** Each hostile input, how to make it, and the exact outcome: exit code plus JSON findings or one stderr line. */
const cases: {
  name: string;
  make: (dir: string) => Promise<string>;
  code: number;
  findings?: unknown[];
  stderr?: string;
}[] = [
  {
    name: 'a binary file',
    make: async (dir) => {
      await writeFile(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
      return 'image.md';
    },
    code: 1,
    findings: [
      {
        file: 'image.md',
        line: 3,
        column: 1,
        ruleId: 'rubric-syntax',
        severity: 'error',
        message: 'File contains a NUL byte, so it looks binary; rubric files must be UTF-8 text',
      },
    ],
  },
  {
    name: 'invalid UTF-8',
    make: async (dir) => {
      await writeFile(
        join(dir, 'latin1.md'),
        Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' [@fsb-2023]\n')]),
      );
      return 'latin1.md';
    },
    code: 1,
    findings: [
      {
        file: 'latin1.md',
        line: 3,
        column: 4,
        ruleId: 'rubric-syntax',
        severity: 'error',
        message: 'Invalid UTF-8 (byte 0xe9 at offset 12); rubric files must be UTF-8 text',
      },
    ],
  },
  {
    name: 'a 5 MB single-line file',
    make: async (dir) => {
      await writeFile(join(dir, 'long.md'), `${'word '.repeat(1_048_576)}[@fsb-2032]\n`);
      return 'long.md';
    },
    code: 1,
    findings: [
      {
        file: 'long.md',
        line: 1,
        column: 5_242_882,
        ruleId: 'citation-unknown',
        severity: 'error',
        message: 'Unknown source `fsb-2032`, expected one of the bibliography keys; did you mean `fsb-2023`?',
        endLine: 1,
        endColumn: 5_242_891,
        suggestions: ['fsb-2023'],
        fix: {
          safe: false,
          edits: [{ file: 'long.md', line: 1, column: 5_242_883, endLine: 1, endColumn: 5_242_891, text: 'fsb-2023' }],
        },
      },
    ],
  },
  {
    name: '10,000 nested list levels (markers on one line)',
    make: async (dir) => {
      await writeFile(join(dir, 'nested.md'), `# Title\n\n${'- '.repeat(10_000)}[@fsb-2023]\n`);
      return 'nested.md';
    },
    code: 1,
    findings: [
      {
        file: 'nested.md',
        line: 3,
        column: 1,
        ruleId: 'rubric-syntax',
        severity: 'error',
        message: 'Line 3 nests about 10000 block quotes and lists deep (more than 100); the file was not parsed',
      },
    ],
  },
  {
    name: '10,000 nested list levels (indented; the size limit refuses it first)',
    make: async (dir) => {
      await writeFile(
        join(dir, 'indented.md'),
        Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
      );
      return 'indented.md';
    },
    code: 1,
    findings: [
      {
        file: 'indented.md',
        line: 1,
        column: 1,
        ruleId: 'rubric-syntax',
        severity: 'error',
        message: 'File is 95.5 MB; Markdown files may be at most 8.0 MB',
      },
    ],
  },
  {
    name: '150 nested block quotes and lists, under the size limit',
    make: async (dir) => {
      const lines = Array.from({ length: 150 }, (_, i) => `${'> '.repeat(i)}- level ${i}`);
      await writeFile(join(dir, 'quotes.md'), lines.join('\n'));
      return 'quotes.md';
    },
    code: 1,
    findings: [
      {
        file: 'quotes.md',
        line: 101,
        column: 1,
        ruleId: 'rubric-syntax',
        severity: 'error',
        message: 'Line 101 nests about 101 block quotes and lists deep (more than 100); the file was not parsed',
      },
    ],
  },
  {
    name: 'an unclosed code fence (CommonMark runs it to the end; nothing inside is checked)',
    make: async (dir) => {
      await writeFile(join(dir, 'fence.md'), '# Title\n\n```md\n[@fsb-2032]\n');
      return 'fence.md';
    },
    code: 0,
    findings: [],
  },
  {
    name: 'an unreadable file',
    make: async (dir) => {
      // Root reads files whatever their mode, so as root a dangling symlink stands in for an unreadable file.
      if (isRoot) {
        await symlink(join(dir, 'gone.md'), join(dir, 'unreadable.md'));
      } else {
        await writeFile(join(dir, 'unreadable.md'), '# Secret\n');
        await chmod(join(dir, 'unreadable.md'), 0o000);
      }
      return 'unreadable.md';
    },
    code: isRoot ? 2 : 1,
    ...(isRoot
      ? { stderr: 'usd1-milestones: Cannot read `unreadable.md`: no such file or folder\n' }
      : {
          findings: [
            {
              file: 'unreadable.md',
              line: 1,
              column: 1,
              ruleId: 'rubric-syntax',
              severity: 'error',
              message: 'Cannot read file: permission denied',
            },
          ],
        }),
  },
  {
    name: 'a missing path',
    make: async () => 'nowhere/missing.md',
    code: 2,
    stderr: 'usd1-milestones: Cannot read `nowhere/missing.md`: no such file or folder\n',
  },
  {
    name: 'a symlink loop given as a path',
    make: async (dir) => {
      await symlink(join(dir, 'loop.md'), join(dir, 'loop.md'));
      return 'loop.md';
    },
    code: 2,
    stderr: 'usd1-milestones: Cannot read `loop.md`: too many levels of symbolic links\n',
  },
  {
    name: 'a folder holding a symlink loop (symlinked folders are not followed)',
    make: async (dir) => {
      await mkdir(join(dir, 'tree/sub'), { recursive: true });
      await symlink(join(dir, 'tree'), join(dir, 'tree/sub/back'));
      await writeFile(join(dir, 'tree/sub/page.md'), 'See [it](milestone:wind-down-plan).\n');
      return 'tree';
    },
    code: 0,
    findings: [],
  },
];

describe('hostile input', () => {
  it.each(cases)('$name', { timeout: 30_000 }, async ({ make, code, findings, stderr }) => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-hostile-'));
    const path = await make(dir);
    const run = await runCli(['check', path, '--format', 'json', '--no-cache'], dir, {}, 20_000);
    expect(run.code).toBe(code);
    if (findings) expect([JSON.parse(run.stdout), run.stderr]).toEqual([findings, '']);
    if (stderr) expect([run.stdout, run.stderr]).toEqual(['', stderr]);
  });
});
