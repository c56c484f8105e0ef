/**
 * The engine for an editor: what a check run does to one file, for a tool
 * that holds the file's text itself, such as the language server. The same checks, messages and places as the command: a
 * milestone file is rubric text (front matter included), a rubric YAML file's
 * strings are checked as rubric text, any other Markdown file is
 * documentation. Each file is checked on a worker thread under a time limit,
 * so a file that makes the parser crawl is reported instead of blocking.
 */
import { sep } from 'node:path';
import type { RubricLike, RuleLevels } from '@usd1-milestones/remark-rubric';
import type { CheckJob } from './check-worker.js';
import { builtWorker, DEFAULT_TIME_BUDGET, plainRubric } from './lib/budget.js';
import { DeadlinePool } from './lib/deadline-pool.js';
import { applyLevels } from './lib/levels.js';
import type { MarkdownResult } from './lib/markdown.js';
import { outcomeResult } from './lib/outcome.js';
import { compareFindings, type Finding, shownPath } from './lib/result.js';

export interface FileCheckerOptions {
  /** The folder paths are shown relative to, as `check` run there shows them. */
  readonly cwd: string;
  readonly rubric: RubricLike;
  /** The rubric's folder, when it is one on disk: its files are rubric text. */
  readonly rubricDir?: string;
  /** Rule levels, as usd1-milestones.json sets them. */
  readonly rules?: RuleLevels;
  /** Seconds one file may take; default as `check`. */
  readonly seconds?: number;
}

export interface FileChecker {
  /** The findings for `path` holding `text`, sorted by place. A file that is not Markdown or rubric YAML has none. */
  check(path: string, text: string): Promise<readonly Finding[]>;
  /** Ends the worker threads. */
  close(): Promise<void>;
}

/** The kind of check `path` gets, or undefined when `check` would not look at it. */
export async function fileKind(
  path: string,
  rubricDir: string | undefined,
): Promise<{ kind: 'markdown' | 'yaml'; rubricContent: boolean } | undefined> {
  const inRubric = rubricDir !== undefined && path.startsWith(rubricDir + sep);
  const relative = inRubric
    ? path
        .slice(rubricDir.length + 1)
        .split(sep)
        .join('/')
    : '';
  if (/\.(?:md|mdx|markdown)$/i.test(path)) {
    return { kind: 'markdown', rubricContent: inRubric && relative.startsWith('milestones/') };
  }
  if (inRubric && rubricDir !== undefined) {
    // The loader (zod, yaml) loads only for a rubric's YAML, not with the engine.
    const { frameworkFiles, RUBRIC_YAML_FILES, translationFiles } = await import('@usd1-milestones/core/loader');
    const yamlFiles = [...RUBRIC_YAML_FILES, ...frameworkFiles(rubricDir), ...translationFiles(rubricDir)];
    if (yamlFiles.includes(relative)) return { kind: 'yaml', rubricContent: true };
  }
  return undefined;
}

export function openFileChecker(options: FileCheckerOptions): FileChecker {
  const seconds = options.seconds ?? DEFAULT_TIME_BUDGET;
  let pool: DeadlinePool<CheckJob, MarkdownResult> | undefined;
  return {
    async check(path, text) {
      const kind = await fileKind(path, options.rubricDir);
      if (!kind) return [];
      pool ??= new DeadlinePool<CheckJob, MarkdownResult>({
        script: builtWorker('check-worker.js', import.meta.url),
        seconds,
        size: 1,
        workerData: { rubric: plainRubric(options.rubric), cwd: options.cwd },
      });
      const file = shownPath(options.cwd, path);
      // Section by section: an editor checks the same document after every keystroke.
      const outcome = await pool.run({ ...kind, path, file, text, inSections: true });
      return applyLevels(outcomeResult(file, outcome).findings, options.rules ?? {}).sort(compareFindings);
    },
    async close() {
      await pool?.close();
    },
  };
}
