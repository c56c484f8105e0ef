import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixtures = join(import.meta.dirname, 'fixtures');
export const validRubric = join(fixtures, 'rubrics/valid');

/**
 * A temporary copy of the valid fixture rubric with overlay folders laid over
 * it in order (real files under fixtures/rubrics/<overlay>) and some files removed.
 */
export async function rubricWith(
  overlay: string | readonly string[] | undefined,
  remove: readonly string[] = [],
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'usd1-rubric-'));
  await cp(validRubric, dir, { recursive: true });
  for (const file of remove) await rm(join(dir, file), { recursive: true });
  for (const name of typeof overlay === 'string' ? [overlay] : (overlay ?? []))
    await cp(join(fixtures, 'rubrics', name), dir, { recursive: true });
  return dir;
}
