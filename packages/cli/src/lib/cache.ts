/**
 * Results per file, keyed by the file's bytes, the rubric and the tool
 * version, so that re-checking an unchanged tree skips parsing. Stored under
 * node_modules/.cache like other tools' caches; a corrupt or foreign cache
 * file is ignored, and a failed write never fails the check.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MarkdownResult } from './markdown.js';

interface Stored {
  readonly key: string;
  readonly entries: Record<string, { hash: string } & MarkdownResult>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export class CheckCache {
  readonly #path: string;
  readonly #key: string;
  #entries: Stored['entries'];
  #dirty = false;

  private constructor(path: string, key: string, entries: Stored['entries']) {
    this.#path = path;
    this.#key = key;
    this.#entries = entries;
  }

  /** Opens the cache of `cwd` for this tool version and rubric; a stale key starts empty. */
  static open(cwd: string, key: string): CheckCache {
    const path = cachePath(cwd);
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
      if (stored.key === key && stored.entries && typeof stored.entries === 'object') {
        return new CheckCache(path, key, Object.assign(Object.create(null), stored.entries));
      }
    } catch {
      // Missing or unreadable: start empty.
    }
    return new CheckCache(path, key, Object.create(null));
  }

  get(id: string, hash: string): MarkdownResult | undefined {
    const entry = this.#entries[id];
    return entry && entry.hash === hash ? entry : undefined;
  }

  set(id: string, hash: string, result: MarkdownResult): void {
    this.#entries[id] = { hash, findings: result.findings, cited: result.cited };
    this.#dirty = true;
  }

  save(): void {
    if (!this.#dirty) return;
    try {
      mkdirSync(dirname(this.#path), { recursive: true });
      const temporary = `${this.#path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ key: this.#key, entries: this.#entries }));
      renameSync(temporary, this.#path);
    } catch {
      // A read-only checkout still gets its results; it only loses the speed-up next time.
    }
  }
}

function cachePath(cwd: string): string {
  // An explicit folder (for CI caches and tests) wins over the usual places.
  const explicit = process.env.USD1_MILESTONES_CACHE_DIR;
  if (explicit) return join(explicit, 'check.json');
  const modules = join(cwd, 'node_modules');
  const base = existsSync(modules)
    ? join(modules, '.cache')
    : join(tmpdir(), `usd1-milestones-${sha256(cwd).slice(0, 12)}`);
  return join(base, 'usd1-milestones', 'check.json');
}
