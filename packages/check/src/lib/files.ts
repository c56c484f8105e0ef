/**
 * Turns the command's paths into Markdown files: files as given, folders
 * walked for .md/.mdx (not following symlinked folders, so a loop cannot
 * trap the walk), globs expanded; .gitignore rules (the repository's and every
 * nested one, as git reads them) and node_modules skipped.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from '@usd1-milestones/core/text';
import type { Ignore } from 'ignore';
import type * as Tinyglobby from 'tinyglobby';
import { CheckError } from './errors.js';

// The glob matcher and the .gitignore reader load when a glob or a .gitignore turns up, not on every
// start: a warm check of plain folders is mostly start-up. Both ship CommonJS, so they load in step.
const load = createRequire(import.meta.url);
/**
 * Handed in by the standalone bundle (integrations/standalone), which has no node_modules to load
 * them from: the `tinyglobby` module and `ignore`'s default export. Typed loosely on purpose, so that
 * the engine's published types do not depend on theirs.
 */
let provided: { readonly tinyglobby: typeof Tinyglobby; readonly ignore: () => Ignore } | undefined;
export function provideFileModules(modules: { readonly tinyglobby: unknown; readonly ignore: unknown }): void {
  provided = modules as NonNullable<typeof provided>;
}
const tinyglobby = () => provided?.tinyglobby ?? (load('tinyglobby') as typeof Tinyglobby);
const ignore = () => (provided?.ignore ?? (load('ignore') as () => Ignore))();
/** Characters without which no path is a glob (tinyglobby has the final say). */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

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
    if (GLOB_CHARACTERS.test(path) && tinyglobby().isDynamicPattern(path)) {
      const matches = tinyglobby().globSync(path, {
        cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**'],
      });
      for (const match of matches)
        if (MARKDOWN.test(match) && !ignored.ignores(resolve(match))) found.add(resolve(match));
      if (requireMatches && found.size === before) {
        throw new CheckError(`\`${path}\` matched no Markdown files (.md, .mdx, .markdown) that are not ignored`);
      }
      continue;
    }
    const absolute = resolve(cwd, path);
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(absolute);
    } catch (error) {
      throw new CheckError(`Cannot read \`${path}\`: ${describeFsError(error)}`);
    }
    if (info.isDirectory()) walk(absolute, cwd, ignored, found, ignored.rulesAbove(absolute));
    else if (MARKDOWN.test(absolute)) found.add(absolute);
    else throw new CheckError(`\`${path}\` is not a Markdown file: expected .md, .mdx or .markdown`);
    if (requireMatches && found.size === before && info.isDirectory()) {
      throw new CheckError(`\`${path}\` holds no Markdown files (.md, .mdx, .markdown) that are not ignored`);
    }
  }
  return [...found].sort();
}

/** `above`: the rules that apply in the folder's parent, or null outside the repository (none ever apply). */
function walk(
  folder: string,
  cwd: string,
  ignored: GitIgnore,
  found: Set<string>,
  above: readonly Rules[] | null,
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new CheckError(`Cannot read \`${relative(cwd, folder) || '.'}\`: ${describeFsError(error)}`);
  }
  // The listing already says whether the folder has a .gitignore: no second look on disk.
  const rules =
    above !== null && entries.some((entry) => entry.name === '.gitignore' && !entry.isDirectory())
      ? ignored.withOwn(above, folder)
      : above;
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.') && !ignored.ignores(path, true, rules))
        walk(path, cwd, ignored, found, rules);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name)) {
      if (!ignored.ignores(path, false, rules)) found.add(path);
    }
  }
}

/** Answers "would git ignore this path?" from every .gitignore between the repository root and the path. */
class GitIgnore {
  readonly #root: string;
  /** For each folder looked at, the rules that apply inside it, root first. */
  readonly #inside = new Map<string, readonly Rules[]>();

  constructor(root: string) {
    this.#root = root;
  }

  /** The rules of every .gitignore from the repository root down to `folder`, each folder looked at once. */
  rulesIn(folder: string): readonly Rules[] {
    const known = this.#inside.get(folder);
    if (known) return known;
    const rel = relative(this.#root, folder);
    // Outside the repository no .gitignore applies.
    if (rel.startsWith('..') || isAbsolute(rel)) return [];
    const above = rel === '' ? [] : this.rulesIn(dirname(folder));
    const rules = existsSync(join(folder, '.gitignore')) ? this.withOwn(above, folder) : above;
    this.#inside.set(folder, rules);
    return rules;
  }

  /** What applies in the parent of `folder`, for a walk that starts there; null outside the repository. */
  rulesAbove(folder: string): readonly Rules[] | null {
    const rel = relative(this.#root, folder);
    if (rel.startsWith('..') || isAbsolute(rel)) return null;
    return rel === '' ? [] : this.rulesIn(dirname(folder));
  }

  /** `above` and the rules of the .gitignore in `folder` (one that cannot be read, a folder say, has none, as for git). */
  withOwn(above: readonly Rules[], folder: string): readonly Rules[] {
    let text: string;
    try {
      text = readFileSync(join(folder, '.gitignore'), 'utf8');
    } catch {
      return above;
    }
    return [...above, { base: folder, rules: ignore().add(text) }];
  }

  ignores(path: string, isFolder = false, rules: readonly Rules[] | null = this.rulesIn(dirname(path))): boolean {
    for (const { base, rules: patterns } of rules ?? []) {
      const below = relative(base, path).split(sep).join('/');
      if (below !== '' && patterns.ignores(isFolder ? `${below}/` : below)) return true;
    }
    return false;
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
