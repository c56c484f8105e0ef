/**
 * `@usd1-milestones/cli/check-file`: what `usd1-milestones check` does to one
 * file, for a tool that holds the file's text itself, such as an editor's
 * language server. The same checks, messages and places as the command: a
 * milestone file is rubric text (front matter included), a rubric YAML file's
 * strings are checked as rubric text, any other Markdown file is
 * documentation. Each file is checked on a worker thread under a time limit,
 * so a file that makes the parser crawl is reported instead of blocking.
 */
import { sep } from 'node:path';
import { frameworkFiles, RUBRIC_YAML_FILES, translationFiles } from '@usd1-milestones/core/loader';
import type { RubricLike, RuleLevels } from '@usd1-milestones/remark-rubric';
import { DEFAULT_TIME_BUDGET, DeadlinePool, plainRubric } from '@usd1-milestones/remark-rubric/budget';
import type { CheckJob } from './check-worker.js';
import type { MarkdownResult } from './lib/markdown.js';
import { outcomeResult } from './lib/outcome.js';
import { type Finding, shownPath } from './lib/result.js';

export { CONFIG_FILE, type Config, ConfigError, readConfig } from './lib/config.js';
export type { Finding } from './lib/result.js';

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
export function fileKind(
  path: string,
  rubricDir: string | undefined,
): { kind: 'markdown' | 'yaml'; rubricContent: boolean } | undefined {
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
      const kind = fileKind(path, options.rubricDir);
      if (!kind) return [];
      pool ??= new DeadlinePool<CheckJob, MarkdownResult>({
        script: new URL('./check-worker.js', import.meta.url),
        seconds,
        size: 1,
        workerData: { rubric: plainRubric(options.rubric), cwd: options.cwd, rules: options.rules ?? {} },
      });
      const file = shownPath(options.cwd, path);
      // Section by section: an editor checks the same document after every keystroke.
      const outcome = await pool.run({ ...kind, path, file, text, inSections: true });
      return [...outcomeResult(file, outcome).findings].sort((a, b) => a.line - b.line || a.column - b.column);
    },
    async close() {
      await pool?.close();
    },
  };
}
