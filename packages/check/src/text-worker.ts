/**
 * Worker side of {@link checkRubricTexts}: checks a batch of rubric texts per
 * job. A text whose check throws is reported on its own, so one bad text does
 * not lose the rest of its batch.
 */
import { parentPort } from 'node:worker_threads';
import { checkRubricText, type RewriteOptions, type RubricLike, type TextCheck } from '@usd1-milestones/remark-rubric';
import { serveJobs } from './lib/deadline-pool.js';

export interface TextJob {
  readonly text: string;
  /** URL templates only (functions cannot cross into a worker). */
  readonly rewrite?: { readonly [K in keyof RewriteOptions]?: string };
}

/** What a worker is sent: texts to check against one rubric (the bundled data when left out). */
export interface TextBatch {
  readonly rubric: RubricLike | undefined;
  readonly texts: readonly TextJob[];
}

/** One text's answer inside a batch. */
export type BatchAnswer = { readonly result: TextCheck } | { readonly error: string };

if (parentPort) {
  serveJobs<TextBatch, BatchAnswer[]>(parentPort, ({ rubric, texts }) =>
    texts.map((job) => {
      try {
        const options = { ...(rubric ? { rubric } : {}), ...(job.rewrite ? { rewrite: job.rewrite } : {}) };
        return { result: checkRubricText(job.text, options) };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}
