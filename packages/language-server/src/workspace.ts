/**
 * The rubric a workspace writes against, and where each of its items is
 * defined. The rubric is `rubric/` at the workspace root, loaded and
 * validated as `usd1-milestones check` loads it (its problems are reported
 * on its files); without that folder, the rubric bundled with the data
 * package, which has no files to go to. A rubric folder that no longer loads
 * keeps the last rubric that did, so completion goes on working while a file
 * is half edited.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CONFIG_FILE, type Config, ConfigError, readConfig } from '@usd1-milestones/check';
import { frameworkFiles, type LoadResult, loadReleases, loadRubric } from '@usd1-milestones/core/loader';
import { rubric as bundledRubric } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import type { Reference } from './references.js';

export type WorkspaceRubric = typeof bundledRubric;

/** A place in a file: an absolute path, 1-based line and column. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A problem of the rubric's own files (schema, duplicates, references), as the loader reports it. */
export interface RubricProblem extends Place {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** Other places it concerns (a duplicate's first use), absolute paths. */
  readonly related?: readonly (Place & { readonly message: string })[];
}

export interface Snapshot {
  readonly rubric: WorkspaceRubric;
  /** The rubric folder, when the workspace has one that loaded at least once. */
  readonly rubricDir: string | undefined;
  readonly problems: readonly RubricProblem[];
  readonly rules: Config['rules'];
  /** A problem of usd1-milestones.json (which then counts as absent), at its place in that file. */
  readonly configProblem: RubricProblem | undefined;
  /** Set when the workspace's rubric folder does not load, and another rubric is used meanwhile. */
  readonly fallback?: Fallback;
  locate(reference: Reference): Place | undefined;
}

/** The workspace's rubric folder did not load: how many problems it has, and which rubric is used instead. */
export interface Fallback {
  readonly rubricDir: string;
  readonly problems: number;
  readonly using: 'last' | 'bundled';
}

export async function loadWorkspace(root: string, rubricDir: string | undefined, last?: Snapshot): Promise<Snapshot> {
  let rules: Config['rules'] = {};
  let configProblem: RubricProblem | undefined;
  try {
    rules = (await readConfig(root)).rules;
  } catch (error) {
    const { reason, line, column } =
      error instanceof ConfigError ? error : { reason: (error as Error).message, line: 1, column: 1 };
    configProblem = { file: join(root, CONFIG_FILE), line, column, ruleId: '', severity: 'error', message: reason };
  }
  if (rubricDir === undefined) {
    return { rubric: bundledRubric, rubricDir: undefined, problems: [], rules, configProblem, locate: () => undefined };
  }
  const loaded = await loadRubric(rubricDir, { history: () => loadReleases(releasesFolder) });
  const problems: readonly RubricProblem[] = loaded.problems;
  const rubric = (loaded.rubric as WorkspaceRubric | undefined) ?? last?.rubric ?? bundledRubric;
  const locator = loaded.rubric ? loaded : undefined;
  const fallback: Fallback | undefined = loaded.rubric
    ? undefined
    : {
        rubricDir: 'rubric/',
        problems: problems.filter((p) => p.severity === 'error').length,
        // The last snapshot's rubric is the workspace's own only if that one loaded.
        using: last === undefined ? 'bundled' : (last.fallback?.using ?? 'last'),
      };
  return {
    rubric,
    rubricDir,
    problems,
    rules,
    configProblem,
    ...(fallback ? { fallback } : {}),
    locate: (reference) => (locator ? locate(reference, rubric, rubricDir, locator) : last?.locate(reference)),
  };
}

function locate(reference: Reference, rubric: WorkspaceRubric, dir: string, loaded: LoadResult): Place | undefined {
  switch (reference.kind) {
    case 'source': {
      const at = loaded.locate('source', reference.key);
      return at && { ...at, file: absolute(dir, at.file) };
    }
    case 'term': {
      const at = loaded.locate('term', reference.slug);
      return at && { ...at, file: absolute(dir, at.file) };
    }
    case 'milestone':
    case 'criterion': {
      const id = reference.kind === 'milestone' ? reference.id : reference.milestone;
      const milestone = rubric.milestones.find((m) => m.id === id);
      if (!milestone) return undefined;
      const file = join(dir, milestone.path);
      return idLine(file, reference.id, reference.kind === 'criterion');
    }
    case 'framework':
    case 'framework-item': {
      for (const name of frameworkFiles(dir)) {
        const file = join(dir, name);
        const top = idLine(file, reference.framework, false);
        if (!top) continue;
        return reference.kind === 'framework' ? top : idLine(file, reference.item, true);
      }
      return undefined;
    }
  }
}

/** Paths from the loader are as it was given them; the folder is absolute, so they are too. */
function absolute(dir: string, file: string): string {
  return isAbsolute(file) ? file : join(dir, file);
}

/**
 * The line that defines `id` in a rubric file: `id: x` at the top level of a
 * file (a milestone's front matter, a catalog), or `- id: x` in a list.
 */
function idLine(file: string, id: string, listItem: boolean): Place | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pattern = listItem ? /^(\s*-\s+id:\s*)(['"]?)(.+?)\2\s*$/ : /^(id:\s*)(['"]?)(.+?)\2\s*$/;
  for (const [index, line] of lines.entries()) {
    const match = pattern.exec(line);
    if (match && match[3] === id)
      return { file, line: index + 1, column: (match[1]?.length ?? 0) + (match[2]?.length ?? 0) + 1 };
  }
  return undefined;
}
