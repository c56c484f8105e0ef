/**
 * Writing a result to a file the user named: a failure is the user's to fix,
 * so it is one line, exit 2. The file is written whole or not at all (a
 * temporary file beside it, then a rename), so a failure never leaves half
 * a report, key or assessment behind.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '@usd1-milestones/core/text';
import { UsageError } from '../errors.js';

export interface WriteOptions {
  /** File permissions, such as 0o600 for a private key. */
  readonly mode?: number;
  /** Refuse to replace an existing file (a key is never overwritten by accident). */
  readonly exclusive?: boolean;
}

export function writeOutput(path: string, label: string, text: string | Uint8Array, options: WriteOptions = {}): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let claimed = false;
  try {
    writeFileSync(temporary, text, { flag: 'wx', ...(options.mode === undefined ? {} : { mode: options.mode }) });
    if (options.exclusive) {
      // An empty file claims the name (`wx` fails when it exists); the rename then fills it.
      writeFileSync(path, '', { flag: 'wx' });
      claimed = true;
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (claimed) rmSync(path, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST'
        ? 'it exists already; remove it or choose another name'
        : code === 'ENOENT'
          ? 'its folder does not exist'
          : code === 'EISDIR'
            ? 'it is a folder'
            : describeFsError(error);
    throw new UsageError(`Cannot write \`${label}\`: ${why}`);
  }
}
