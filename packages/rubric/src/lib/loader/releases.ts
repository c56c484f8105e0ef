/** Reads the frozen releases of a rubric package (releases/<version>.json). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '../schemas.js';

export function loadReleases(dir: string): Rubric[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name));
  } catch {
    return [];
  }
  return names.sort().map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Rubric);
}
