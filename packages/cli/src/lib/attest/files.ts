/** The files signing and verifying read: a key the user names, and a release's rubric.json. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isFolder } from '@usd1-milestones/check';
import { readText } from '@usd1-milestones/core/text';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { UsageError } from '../../errors.js';

/** A key or signature file's text; a folder, a missing file or a huge one is a usage error (exit 2). */
export function readKeyFile(cwd: string, path: string, what = 'the key'): string {
  const absolute = resolve(cwd, path);
  if (isFolder(absolute)) throw new UsageError(`Cannot use ${what} \`${path}\`: it is a folder; name the file`);
  const read = readText(absolute, { kind: 'key and signature files' });
  if (!read.ok)
    throw new UsageError(
      `Cannot use ${what} \`${path}\`: ${read.message.replace(/^Cannot read file: /, '').replace(/^./, (c) => c.toLowerCase())}`,
    );
  return read.text;
}

/**
 * SHA-256 of a frozen release's rubric.json, as the rubric package ships it
 * (`@usd1-milestones/rubric/releases/<version>.json`); undefined for a version
 * that was never frozen.
 */
export function releaseDigest(version: string): string | undefined {
  if (!/^\d+\.\d+\.\d+$/.test(version)) return undefined;
  const path = join(releasesFolder, `${version}.json`);
  if (!existsSync(path)) return undefined;
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
