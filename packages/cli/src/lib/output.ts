/**
 * Writing a result to a file the user named: a failure is the user's to fix,
 * so it is one line, exit 2.
 *
 * - A regular file (or a new one) is written whole or not at all: a
 *   temporary file beside it, then a rename, so a failure never leaves half a
 *   report, key or assessment behind. A file that exists keeps its mode (a
 *   0600 file stays 0600).
 * - A symbolic link is followed: the file it points to is written, and the
 *   link stays a link. A link to nothing is refused.
 * - What is not a regular file (`/dev/null`, a FIFO, a terminal) is written
 *   into, never replaced: a rename would turn a device into a file.
 * - The command's own inputs (an assessment, a key) are never the output:
 *   `protect` names them, and a path that is one of them, by any name or
 *   link, is refused.
 */
import {
  type BigIntStats,
  chmodSync,
  closeSync,
  constants,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '@usd1-milestones/core/text';
import { UsageError } from '../errors.js';

export interface WriteOptions {
  /** File permissions of a new file, such as 0o600 for a private key. */
  readonly mode?: number;
  /** Refuse to replace an existing file (a key is never overwritten by accident). */
  readonly exclusive?: boolean;
  /** Files this command reads and must not write over: `[path, what it is]`. */
  readonly protect?: readonly (readonly [path: string, what: string])[];
}

export function writeOutput(path: string, label: string, text: string | Uint8Array, options: WriteOptions = {}): void {
  try {
    const target = followLinks(path, label);
    const existing = statOrUndefined(target);
    for (const [input, what] of options.protect ?? []) {
      const other = statOrUndefined(input);
      if (existing && other && existing.dev === other.dev && existing.ino === other.ino)
        throw new UsageError(`Cannot write \`${label}\`: it is ${what}; choose another name`);
    }
    if (existing?.isDirectory()) throw new UsageError(`Cannot write \`${label}\`: it is a folder`);
    if (existing && options.exclusive)
      throw new UsageError(`Cannot write \`${label}\`: it exists already; remove it or choose another name`);
    if (existing && !existing.isFile()) writeInto(target, text);
    else
      replaceWhole(target, text, existing ? Number(existing.mode) & 0o7777 : options.mode, options.exclusive === true);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot write \`${label}\`: ${why(error)}`);
  }
}

/** The path a chain of symbolic links ends at; the path itself when it is no link or does not exist. */
function followLinks(path: string, label: string): string {
  let link: ReturnType<typeof lstatSync> | undefined;
  try {
    link = lstatSync(path);
  } catch {
    return path;
  }
  if (!link.isSymbolicLink()) return path;
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `Cannot write \`${label}\`: it is a symbolic link ${code === 'ELOOP' ? 'in a loop' : 'to nothing'}`,
    );
  }
}

function statOrUndefined(path: string): BigIntStats | undefined {
  try {
    return statSync(path, { bigint: true });
  } catch {
    return undefined;
  }
}

/** A device, FIFO or terminal: written into as it is, without truncating or replacing it. */
function writeInto(path: string, text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    closeSync(fd);
  }
}

/** A temporary file beside the target, renamed over it. */
function replaceWhole(path: string, text: string | Uint8Array, mode: number | undefined, exclusive: boolean): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let claimed = false;
  try {
    writeFileSync(temporary, text, { flag: 'wx', ...(mode === undefined ? {} : { mode }) });
    // The umask may have narrowed the mode: an existing file's mode is kept exactly.
    if (mode !== undefined) chmodSync(temporary, mode);
    if (exclusive) {
      // An empty file claims the name (`wx` fails when it exists); the rename then fills it.
      writeFileSync(path, '', { flag: 'wx' });
      claimed = true;
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (claimed) rmSync(path, { force: true });
    throw error;
  }
}

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EEXIST'
    ? 'it exists already; remove it or choose another name'
    : code === 'ENOENT'
      ? 'its folder does not exist'
      : code === 'EISDIR'
        ? 'it is a folder'
        : describeFsError(error);
}
