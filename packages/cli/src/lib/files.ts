/**
 * Turns the command's paths into Markdown files: files as given, folders
 * walked for .md/.mdx (not following symlinked folders, so a loop cannot
 * trap the walk), globs expanded; .gitignore rules (the repository's and every
 * nested one, as git reads them) and node_modules skipped.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from '@usd1-milestones/core/loader';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';

export const MARKDOWN = /\.(?:md|mdx|markdown)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.turbo', '.docusaurus', 'build', 'dist']);

/** Ignore rules of one folder's .gitignore, applied to paths below that folder. */
interface Rules {
  readonly base: string;
  readonly rules: Ignore;
}

/** With `requireMatches`, a folder or glob the user named that yields no file is a usage error. */
export function collectFiles(paths: readonly string[], cwd: string, requireMatches = true): string[] {
  const ignored = new GitIgnore(repositoryRoot(cwd));
  const found = new Set<string>();
  for (const path of paths) {
    const before = found.size;
    if (isDynamicPattern(path)) {
      const matches = globSync(path, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      for (const match of matches)
        if (MARKDOWN.test(match) && !ignored.ignores(resolve(match))) found.add(resolve(match));
      if (requireMatches && found.size === before) {
        throw new UsageError(`\`${path}\` matched no Markdown files (.md, .mdx, .markdown) that are not ignored`);
      }
      continue;
    }
    const absolute = resolve(cwd, path);
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(absolute);
    } catch (error) {
      throw new UsageError(`Cannot read \`${path}\`: ${describeFsError(error)}`);
    }
    if (info.isDirectory()) walk(absolute, cwd, ignored, found);
    else if (MARKDOWN.test(absolute)) found.add(absolute);
    else throw new UsageError(`\`${path}\` is not a Markdown file: expected .md, .mdx or .markdown`);
    if (requireMatches && found.size === before && info.isDirectory()) {
      throw new UsageError(`\`${path}\` holds no Markdown files (.md, .mdx, .markdown) that are not ignored`);
    }
  }
  return [...found].sort();
}

function walk(folder: string, cwd: string, ignored: GitIgnore, found: Set<string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`Cannot read \`${relative(cwd, folder) || '.'}\`: ${describeFsError(error)}`);
  }
  // The listing already says whether the folder has a .gitignore: no second look on disk.
  ignored.listed(
    folder,
    entries.some((entry) => entry.name === '.gitignore'),
  );
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (ignored.ignores(path, entry.isDirectory())) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(path, cwd, ignored, found);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name)) {
      found.add(path);
    }
  }
}

/** Answers "would git ignore this path?" from every .gitignore between the repository root and the path. */
class GitIgnore {
  readonly #root: string;
  readonly #byFolder = new Map<string, Rules | null>();

  constructor(root: string) {
    this.#root = root;
  }

  ignores(path: string, isFolder = false): boolean {
    const rel = relative(this.#root, path);
    if (rel === '' || rel.startsWith('..')) return false;
    for (let folder = dirname(path); ; folder = dirname(folder)) {
      const rules = this.#rulesOf(folder);
      if (rules) {
        const below = relative(rules.base, path).split(sep).join('/');
        if (rules.rules.ignores(isFolder ? `${below}/` : below)) return true;
      }
      if (folder === this.#root || dirname(folder) === folder) return false;
    }
  }

  /** Records a folder whose listing has been read, so that a folder without a .gitignore costs no lookup. */
  listed(folder: string, hasGitIgnore: boolean): void {
    if (!hasGitIgnore && !this.#byFolder.has(folder)) this.#byFolder.set(folder, null);
  }

  #rulesOf(folder: string): Rules | null {
    if (!this.#byFolder.has(folder)) {
      const file = join(folder, '.gitignore');
      this.#byFolder.set(
        folder,
        existsSync(file) ? { base: folder, rules: ignore().add(readFileSync(file, 'utf8')) } : null,
      );
    }
    return this.#byFolder.get(folder) ?? null;
  }
}

function repositoryRoot(cwd: string): string {
  for (let folder = cwd; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return cwd;
  }
}

/** Whether `path` is a folder (following links); false when it cannot be read. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
