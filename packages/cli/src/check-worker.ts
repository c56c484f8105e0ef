/**
 * Worker side of `usd1-milestones check`: checks one file per job. The main
 * thread ends a worker whose job overruns the time budget (see
 * @usd1-milestones/remark-rubric/budget), so a file that makes the parser
 * crawl is reported instead of hanging the command.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RubricLike, RuleLevels } from '@usd1-milestones/remark-rubric';
import { serveJobs } from '@usd1-milestones/remark-rubric/budget';
import { checkMarkdown, type MarkdownResult } from './lib/markdown.js';
import { checkYamlStrings } from './lib/yaml-strings.js';

export interface CheckJob {
  /** `markdown`: a document (a milestone file when `rubricContent`); `yaml`: a rubric YAML file. */
  readonly kind: 'markdown' | 'yaml';
  readonly path: string;
  /** The path as reported (relative to the working folder). */
  readonly file: string;
  readonly text: string;
  readonly rubricContent: boolean;
}

const { rubric, cwd, rules } = workerData as { rubric: RubricLike; cwd: string; rules: RuleLevels };
if (parentPort) {
  serveJobs<CheckJob, MarkdownResult>(parentPort, (job) =>
    job.kind === 'yaml'
      ? checkYamlStrings(job.file, job.text, rubric, job.text, 0, rules)
      : checkMarkdown(job.path, cwd, { rubric, rubricContent: job.rubricContent, rules }, job.text),
  );
}
