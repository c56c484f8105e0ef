/** Writing a result to a file the user named: a failure is the user's to fix, so it is one line, exit 2. */
import { writeFileSync } from 'node:fs';
import { describeFsError } from '@usd1-milestones/core/loader';
import { UsageError } from '../errors.js';

export function writeOutput(path: string, label: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : describeFsError(error);
    throw new UsageError(`Cannot write \`${label}\`: ${why}`);
  }
}
