/**
 * Worker side of `usd1-milestones check`: checks one file per job. The main
 * thread ends a worker whose job overruns the time budget (see
 * @usd1-milestones/remark-rubric/budget), so a file that makes the parser
 * crawl is reported instead of hanging the command.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RubricLike } from '@usd1-milestones/remark-rubric';
import { serveJobs } from '@usd1-milestones/remark-rubric/budget';
import { checkMarkdown, type MarkdownResult } from './lib/markdown.js';
import { checkYamlStrings } from './lib/rubric-text.js';

export interface CheckJob {
  /** `markdown`: a document (a milestone file when `rubricContent`); `yaml`: a rubric YAML file. */
  readonly kind: 'markdown' | 'yaml';
  readonly path: string;
  /** The path as reported (relative to the working folder). */
  readonly file: string;
  readonly text: string;
  readonly rubricContent: boolean;
}

const { rubric, cwd } = workerData as { rubric: RubricLike; cwd: string };
if (parentPort) {
  serveJobs<CheckJob, MarkdownResult>(parentPort, (job) =>
    job.kind === 'yaml'
      ? checkYamlStrings(job.file, job.text, rubric)
      : checkMarkdown(job.path, cwd, { rubric, rubricContent: job.rubricContent }, job.text),
  );
}
