/**
 * Where `--out`, `--write`, `--pin` and `translations merge` write: a regular
 * file replaced whole with its mode kept, a link followed, a device or FIFO
 * written into (never replaced), the command's own inputs refused.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmod, copyFile, lstat, mkdir, mkdtemp, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { writeOutput } from '../src/lib/output.js';
import { runCli } from './run.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'usd1-output-'));
});

const failure = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return [error instanceof UsageError, (error as Error).message];
  }
  return [false, 'no error'];
};

describe('writeOutput', () => {
  it('writes a new file, and replaces a regular file keeping its mode', async () => {
    writeOutput(join(dir, 'new.txt'), 'new.txt', 'one\n');
    expect(await readFile(join(dir, 'new.txt'), 'utf8')).toBe('one\n');
    await writeFile(join(dir, 'private.txt'), 'old\n');
    await chmod(join(dir, 'private.txt'), 0o600);
    writeOutput(join(dir, 'private.txt'), 'private.txt', 'new\n');
    expect(await readFile(join(dir, 'private.txt'), 'utf8')).toBe('new\n');
    expect((await stat(join(dir, 'private.txt'))).mode & 0o7777).toBe(0o600);
  });

  it('follows a symbolic link, which stays a link; a link to nothing is refused', async () => {
    await writeFile(join(dir, 'real.txt'), 'old\n');
    await symlink('real.txt', join(dir, 'link.txt'));
    writeOutput(join(dir, 'link.txt'), 'link.txt', 'through the link\n');
    expect((await lstat(join(dir, 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'link.txt'))).toBe('real.txt');
    expect(await readFile(join(dir, 'real.txt'), 'utf8')).toBe('through the link\n');
    await symlink('missing.txt', join(dir, 'dangling.txt'));
    expect(failure(() => writeOutput(join(dir, 'dangling.txt'), 'dangling.txt', 'x'))).toEqual([
      true,
      'Cannot write `dangling.txt`: it is a symbolic link to nothing',
    ]);
  });

  it('writes into /dev/null without turning it into a file', async () => {
    writeOutput('/dev/null', '/dev/null', 'discarded\n');
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
  });

  it('writes into a FIFO, which stays a FIFO', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // The reader is another process: opening a FIFO waits until both ends are open.
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => {
      read += chunk;
    });
    const closed = new Promise((resolve) => reader.on('close', resolve));
    writeOutput(fifo, 'pipe', 'through the pipe\n');
    await closed;
    expect(read).toBe('through the pipe\n');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('refuses a folder, an existing file when exclusive, and the inputs it protects by any name', async () => {
    await mkdir(join(dir, 'folder'));
    expect(failure(() => writeOutput(join(dir, 'folder'), 'folder', 'x'))).toEqual([
      true,
      'Cannot write `folder`: it is a folder',
    ]);
    await writeFile(join(dir, 'input.yaml'), 'keep\n');
    expect(failure(() => writeOutput(join(dir, 'input.yaml'), 'input.yaml', 'x', { exclusive: true }))).toEqual([
      true,
      'Cannot write `input.yaml`: it exists already; remove it or choose another name',
    ]);
    await symlink('input.yaml', join(dir, 'alias.yaml'));
    for (const name of ['input.yaml', 'alias.yaml', './input.yaml'])
      expect(
        failure(() =>
          writeOutput(join(dir, name), name, 'x', { protect: [[join(dir, 'input.yaml'), 'the assessment it reads']] }),
        ),
      ).toEqual([true, `Cannot write \`${name}\`: it is the assessment it reads; choose another name`]);
    expect(await readFile(join(dir, 'input.yaml'), 'utf8')).toBe('keep\n');
  });
});

describe('--out never names an input', () => {
  const example = join(import.meta.dirname, '../../../examples/harbor-dollar.yaml');

  it('assess --out refuses the assessment; assess sign --out refuses the key and the assessment', async () => {
    await copyFile(example, join(dir, 'harbor.yaml'));
    const before = await readFile(join(dir, 'harbor.yaml'), 'utf8');
    const assess = await runCli(['assess', 'harbor.yaml', '--out', 'harbor.yaml'], dir);
    expect([assess.code, assess.stderr]).toEqual([
      2,
      'usd1-milestones: Cannot write `harbor.yaml`: it is the assessment `harbor.yaml` this command reads; choose another name\n',
    ]);
    expect((await runCli(['assess', 'keygen', '--out', 'me'], dir)).code).toBe(0);
    const key = await readFile(join(dir, 'me.key'), 'utf8');
    for (const [out, what] of [
      ['me.key', 'the key `me.key`'],
      ['harbor.yaml', 'the assessment `harbor.yaml` being signed'],
    ]) {
      const sign = await runCli(['assess', 'sign', 'harbor.yaml', '--key', 'me.key', '--out', out as string], dir);
      expect([sign.code, sign.stderr]).toEqual([
        2,
        `usd1-milestones: Cannot write \`${out}\`: it is ${what}; choose another name\n`,
      ]);
    }
    expect(await readFile(join(dir, 'me.key'), 'utf8')).toBe(key);
    expect(await readFile(join(dir, 'harbor.yaml'), 'utf8')).toBe(before);
  });
});
