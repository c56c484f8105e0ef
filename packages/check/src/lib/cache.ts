/**
 * Results per file, keyed by the file's bytes, the rubric and the tool
 * version, so that re-checking an unchanged tree skips parsing.
 *
 * A cache is trusted input, so it lives where only this user writes: under
 * the project's node_modules/.cache when there is one, else in the user's own
 * cache folder, never at a predictable path in the shared temporary folder.
 * A cache file or folder that another user owns, that others may write, or
 * that is a symbolic link is ignored; an entry of the wrong shape is a miss.
 *
 * The project's node_modules is not only this user's: a repository can commit
 * a `node_modules/.cache/usd1-milestones/check.json` that says a broken file
 * has no findings. So every cache is signed with a key that lives outside any
 * project (the user's cache folder, or USD1_MILESTONES_CACHE_DIR), and a
 * cache whose signature does not check is ignored: no file can hide a finding
 * that a cold run reports unless it was written by this user's own runs.
 * Writes go to a new file opened exclusively (never through an existing
 * link), then renamed into place. A failed write never fails the check.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MarkdownResult } from './markdown.js';
import type { Finding } from './result.js';

type Entry = { hash: string; stat?: FileStamp } & MarkdownResult;

/**
 * What a file looked like when its result was cached: size, modification and change times, inode,
 * and when it was read. While all four are the same the bytes are too, so the file is not read again
 * (git trusts its index the same way).
 */
export type FileStamp = readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number, readAt: number];

/**
 * A time this close to the moment the file was read is not trusted ("racy", in git's word): a second
 * change within the same tick of a coarse clock (some file systems keep whole seconds) would not move it.
 * Such a file is read and hashed until it has been still for longer.
 */
const RACY_MS = 2000;

/** The stamp of a file stat()ed at `readAt` (milliseconds since the epoch). */
export function fileStamp(info: Stats, readAt: number): FileStamp {
  return [info.size, info.mtimeMs, info.ctimeMs, info.ino, readAt];
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export class CheckCache {
  readonly #path: string;
  readonly #key: string;
  readonly #entries: Map<string, Entry>;
  /** The signing key; without one (it could not be read or made) nothing is saved. */
  readonly #secret: Buffer | undefined;
  #dirty = false;

  private constructor(path: string, key: string, entries: Map<string, Entry>, secret: Buffer | undefined) {
    this.#path = path;
    this.#key = key;
    this.#entries = entries;
    this.#secret = secret;
  }

  /** Opens the cache of `cwd` for this tool version and rubric; a stale, foreign or broken cache starts empty. */
  static open(cwd: string, key: string): CheckCache {
    const path = cachePath(cwd);
    const entries = new Map<string, Entry>();
    const secret = cacheSecret();
    if (secret === undefined) return new CheckCache(path, key, entries, undefined);
    try {
      if (trusted(dirname(path)) && trusted(path)) {
        const stored = JSON.parse(signedBody(readFileSync(path, 'utf8'), secret)) as {
          key?: unknown;
          entries?: unknown;
        };
        if (stored.key === key && isRecord(stored.entries)) {
          for (const [id, entry] of Object.entries(stored.entries)) if (isEntry(entry)) entries.set(id, entry);
        }
      }
    } catch {
      // Missing or unreadable: start empty.
    }
    return new CheckCache(path, key, entries, secret);
  }

  /** The result of a file that has not changed since it was cached, judged by its stamp alone. */
  unchanged(id: string, stamp: FileStamp): MarkdownResult | undefined {
    const entry = this.#entries.get(id);
    return entry && stillTrue(entry.stat, stamp) ? entry : undefined;
  }

  /** The cached result of these bytes; a stamp that vouches for them from now on is stored with it. */
  get(id: string, hash: string, stamp?: FileStamp): MarkdownResult | undefined {
    const entry = this.#entries.get(id);
    if (!entry || entry.hash !== hash) return undefined;
    if (stamp && !stillTrue(entry.stat, stamp)) this.set(id, hash, entry, stamp);
    return entry;
  }

  set(id: string, hash: string, result: MarkdownResult, stamp?: FileStamp): void {
    this.#entries.set(id, { hash, findings: result.findings, cited: result.cited, ...(stamp ? { stat: stamp } : {}) });
    this.#dirty = true;
  }

  save(): void {
    if (!this.#dirty || this.#secret === undefined) return;
    const folder = dirname(this.#path);
    const temporary = join(folder, `.check-${randomBytes(8).toString('hex')}.tmp`);
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      if (!trusted(folder)) return;
      // `wx`: create a new file, failing if anything (a planted link included) is already there.
      const fd = openSync(temporary, 'wx', 0o600);
      try {
        const body = JSON.stringify({ key: this.#key, entries: Object.fromEntries(this.#entries) });
        writeSync(fd, `${mac(body, this.#secret)}\n${body}`);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.#path);
    } catch {
      rmSync(temporary, { force: true });
      // A read-only checkout still gets its results; it only loses the speed-up next time.
    }
  }
}

/** Where the cache of `cwd` lives. */
export function cachePath(cwd: string): string {
  // An explicit folder (for CI caches and tests) wins over the usual places.
  const explicit = process.env.USD1_MILESTONES_CACHE_DIR;
  if (explicit) return join(explicit, 'check.json');
  const modules = join(cwd, 'node_modules');
  if (isFolder(modules)) return join(modules, '.cache', 'usd1-milestones', 'check.json');
  const userCache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(userCache, 'usd1-milestones', `check-${sha256(cwd).slice(0, 16)}.json`);
}

/** The body of a signed cache file (`MAC\nJSON`); throws when the signature does not check. */
function signedBody(text: string, secret: Buffer): string {
  const newline = text.indexOf('\n');
  const body = text.slice(newline + 1);
  const stored = Buffer.from(text.slice(0, Math.max(newline, 0)), 'utf8');
  const expected = Buffer.from(mac(body, secret), 'utf8');
  if (newline < 0 || stored.length !== expected.length || !timingSafeEqual(stored, expected))
    throw new Error('not signed by this user');
  return body;
}

function mac(body: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * This user's signing key for caches, made on first use: 32 random bytes in a
 * file only this user reads, outside every project. Undefined when it cannot
 * be read or made (then caches are neither trusted nor written).
 */
function cacheSecret(): Buffer | undefined {
  const folder =
    process.env.USD1_MILESTONES_CACHE_DIR ||
    join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'usd1-milestones');
  const path = join(folder, 'cache-key');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (trusted(path)) {
        const hex = readFileSync(path, 'utf8');
        // Another run may be writing it this moment: anything but a whole key is no key, this time.
        return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : undefined;
      }
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      if (!trusted(folder)) return undefined;
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, randomBytes(32).toString('hex'));
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      // EEXIST: another run made it first, so read that one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
  }
  return undefined;
}

/** A path this user may trust: not a link, owned by this user, not writable by others. */
function trusted(path: string): boolean {
  let info: ReturnType<typeof lstatSync>;
  try {
    info = lstatSync(path);
  } catch {
    return false;
  }
  if (info.isSymbolicLink()) return false;
  const uid = process.getuid?.();
  if (uid !== undefined && info.uid !== uid) return false;
  return (info.mode & 0o022) === 0;
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a stored stamp still vouches for the file now stamped `now`: nothing moved, and nothing was racy. */
function stillTrue(stored: FileStamp | undefined, now: FileStamp): boolean {
  if (!stored) return false;
  const [size, mtimeMs, ctimeMs, ino, readAt] = stored;
  return (
    size === now[0] &&
    mtimeMs === now[1] &&
    ctimeMs === now[2] &&
    ino === now[3] &&
    mtimeMs < readAt - RACY_MS &&
    ctimeMs < readAt - RACY_MS
  );
}

function isEntry(value: unknown): value is Entry {
  return (
    isRecord(value) &&
    typeof value.hash === 'string' &&
    (value.stat === undefined ||
      (Array.isArray(value.stat) && value.stat.length === 5 && value.stat.every((n) => Number.isFinite(n)))) &&
    Array.isArray(value.cited) &&
    value.cited.every((key) => typeof key === 'string') &&
    Array.isArray(value.findings) &&
    value.findings.every(isFinding)
  );
}

function isFinding(value: unknown): value is Finding {
  return (
    isRecord(value) &&
    typeof value.file === 'string' &&
    Number.isInteger(value.line) &&
    Number.isInteger(value.column) &&
    typeof value.ruleId === 'string' &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.message === 'string'
  );
}
