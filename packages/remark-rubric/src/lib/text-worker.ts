/** Worker side of {@link checkRubricTexts}: checks one piece of rubric text per job. */
import { parentPort, workerData } from 'node:worker_threads';
import { serveJobs } from './deadline-pool.js';
import type { RewriteOptions, RubricLike } from './options.js';
import { checkRubricText, type TextCheck } from './text.js';

export interface TextJob {
  readonly text: string;
  /** URL templates only (functions cannot cross into a worker). */
  readonly rewrite?: { readonly [K in keyof RewriteOptions]?: string };
}

const { rubric } = (workerData ?? {}) as { rubric?: RubricLike };
if (parentPort) {
  serveJobs<TextJob, TextCheck>(parentPort, (job) =>
    checkRubricText(job.text, { ...(rubric ? { rubric } : {}), ...(job.rewrite ? { rewrite: job.rewrite } : {}) }),
  );
}
