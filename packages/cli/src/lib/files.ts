/**
 * Turns the command's paths into Markdown files: files as given, folders
 * walked for .md/.mdx (not following symlinked folders, so a loop cannot
 * trap the walk), globs expanded; .gitignore rules and node_modules skipped.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from '@usd1-milestones/rubric/loader';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';

export const MARKDOWN = /\.(?:md|mdx|markdown)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.turbo', '.docusaurus', 'build', 'dist']);

export function collectFiles(paths: readonly string[], cwd: string): string[] {
  const ignored = gitignore(cwd);
  const found = new Set<string>();
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const matches = globSync(path, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      for (const match of matches)
        if (MARKDOWN.test(match) && !isIgnored(ignored, cwd, match)) found.add(resolve(match));
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
  }
  return [...found].sort();
}

function walk(folder: string, cwd: string, ignored: Ignore, found: Set<string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`Cannot read \`${relative(cwd, folder) || '.'}\`: ${describeFsError(error)}`);
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (isIgnored(ignored, cwd, path)) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(path, cwd, ignored, found);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name)) {
      found.add(path);
    }
  }
}

/** The .gitignore rules of the repository that holds `cwd` (its root file and the one in `cwd`). */
function gitignore(cwd: string): Ignore {
  const rules = ignore();
  const root = repositoryRoot(cwd);
  for (const folder of new Set([root, cwd])) {
    const file = join(folder, '.gitignore');
    if (existsSync(file)) rules.add(readFileSync(file, 'utf8'));
  }
  (rules as Ignore & { root?: string }).root = root;
  return rules;
}

function isIgnored(rules: Ignore, cwd: string, path: string): boolean {
  const root = (rules as Ignore & { root?: string }).root ?? cwd;
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..')) return false;
  return rules.ignores(rel.split(sep).join('/'));
}

function repositoryRoot(cwd: string): string {
  for (let folder = cwd; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return cwd;
  }
}
