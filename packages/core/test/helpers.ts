import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixtures = join(import.meta.dirname, 'fixtures');
export const validRubric = join(fixtures, 'rubrics/valid');

/**
 * A temporary copy of the valid fixture rubric with one overlay folder laid
 * over it (real files under fixtures/rubrics/<overlay>) and some files removed.
 */
export async function rubricWith(overlay: string | undefined, remove: readonly string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'usd1-rubric-'));
  await cp(validRubric, dir, { recursive: true });
  for (const file of remove) await rm(join(dir, file), { recursive: true });
  if (overlay) await cp(join(fixtures, 'rubrics', overlay), dir, { recursive: true });
  return dir;
}
