/**
 * `@usd1-milestones/check/texts` (Node only): checking rubric text
 * within a time limit. Each text is parsed on a worker thread; one that takes
 * longer than the limit is reported as not checked instead of hanging the
 * checker or the site build.
 */

import type { RubricLike, TextCheck } from '@usd1-milestones/remark-rubric';
import { builtWorker, DEFAULT_TIME_BUDGET, plainRubric } from './lib/budget.js';
import { DeadlinePool, type Outcome } from './lib/deadline-pool.js';
import type { BatchAnswer, TextBatch, TextJob } from './text-worker.js';

export { DEFAULT_TIME_BUDGET, plainRubric, tooComplexMessage } from './lib/budget.js';
export type { Outcome } from './lib/deadline-pool.js';
export type { TextJob } from './text-worker.js';

export interface TextBudgetOptions {
  /** The rubric to check links and citations against; defaults to the bundled data. */
  readonly rubric?: RubricLike;
  readonly seconds?: number;
}

/**
 * Texts are sent to the workers in batches, because a message to a worker
 * costs more than checking a typical rubric string (a title or a criterion):
 * one text per message made the site build spend most of its checking time
 * on messages. A batch gets the limit of one text; a batch that runs out of
 * time, or whose worker dies, is checked again one text per job, so each text
 * still has the whole limit to itself and the outcomes are the ones checking
 * text by text would give.
 */
const BATCH_TEXTS = 200;
const BATCH_CHARACTERS = 50_000;

/** Checks every text on worker threads, each within the time limit, in the order given. */
export async function checkRubricTexts(
  jobs: readonly TextJob[],
  options: TextBudgetOptions = {},
): Promise<Outcome<TextCheck>[]> {
  const checker = openTextChecker(options);
  try {
    return await checker.check(jobs, options.rubric);
  } finally {
    await checker.close();
  }
}

/** Worker threads kept for several {@link TextChecker.check} calls (the versions of a site, say). */
export interface TextChecker {
  /** Checks `jobs` against `rubric` (the bundled data when left out), each within the time limit. */
  check(jobs: readonly TextJob[], rubric?: RubricLike): Promise<Outcome<TextCheck>[]>;
  /** Ends the workers. */
  close(): Promise<void>;
}

/**
 * Starts workers for checking texts. Starting a worker (loading the parser)
 * costs more than checking hundreds of short texts, so a caller with several
 * sets of texts opens one checker for all of them and closes it at the end.
 */
export function openTextChecker(options: { readonly seconds?: number } = {}): TextChecker {
  const seconds = options.seconds ?? DEFAULT_TIME_BUDGET;
  const pool = new DeadlinePool<TextBatch, BatchAnswer[]>({
    script: builtWorker('text-worker.js', import.meta.url),
    seconds,
  });
  return {
    async check(jobs, rubric) {
      const plain = rubric ? plainRubric(rubric) : undefined;
      // The same text with the same link templates is checked once (titles repeat across a version's pages).
      const keys = jobs.map((job) => JSON.stringify([job.text, job.rewrite ?? null]));
      const unique = new Map<string, TextJob>();
      for (const [i, key] of keys.entries()) if (!unique.has(key)) unique.set(key, jobs[i] as TextJob);
      const batches = batchesOf([...unique.values()]);
      const answers = await Promise.all(batches.map((texts) => checkBatch(pool, { rubric: plain, texts }, seconds)));
      const outcomes = answers.flat();
      const byKey = new Map([...unique.keys()].map((key, i) => [key, outcomes[i] as Outcome<TextCheck>]));
      return keys.map((key) => byKey.get(key) as Outcome<TextCheck>);
    },
    close: () => pool.close(),
  };
}

/** Consecutive jobs in batches of at most {@link BATCH_TEXTS} texts and about {@link BATCH_CHARACTERS} characters. */
function batchesOf(jobs: readonly TextJob[]): TextJob[][] {
  const batches: TextJob[][] = [];
  let current: TextJob[] = [];
  let characters = 0;
  for (const job of jobs) {
    if (current.length > 0 && (current.length >= BATCH_TEXTS || characters + job.text.length > BATCH_CHARACTERS)) {
      batches.push(current);
      current = [];
      characters = 0;
    }
    current.push(job);
    characters += job.text.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** One batch's outcomes; a batch that did not finish is checked again text by text. */
async function checkBatch(
  pool: DeadlinePool<TextBatch, BatchAnswer[]>,
  batch: TextBatch,
  seconds: number,
): Promise<Outcome<TextCheck>[]> {
  const outcome = await pool.run(batch);
  if (outcome.status === 'done') return outcome.result.map(toOutcome);
  if (batch.texts.length > 1)
    return (
      await Promise.all(batch.texts.map((job) => checkBatch(pool, { rubric: batch.rubric, texts: [job] }, seconds)))
    ).flat();
  if (outcome.status === 'timeout') return [{ status: 'timeout', seconds }];
  return [outcome];
}

function toOutcome(answer: BatchAnswer): Outcome<TextCheck> {
  return 'result' in answer ? { status: 'done', result: answer.result } : { status: 'failed', message: answer.error };
}
