/**
 * `@usd1-milestones/remark-rubric/budget` (Node only): checking rubric text
 * within a time limit. Each text is parsed on a worker thread; one that takes
 * longer than the limit is reported as not checked instead of hanging the
 * checker or the site build.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DeadlinePool, type Outcome } from './lib/deadline-pool.js';
import type { RubricLike } from './lib/options.js';
import type { TextCheck } from './lib/text.js';
import type { TextJob } from './lib/text-worker.js';

export { DeadlinePool, type Outcome, type PoolOptions, serveJobs } from './lib/deadline-pool.js';
export type { TextJob } from './lib/text-worker.js';

/** Seconds one file or text may take to parse and check before it is reported as not checked. */
export const DEFAULT_TIME_BUDGET = 10;

/**
 * The message for a file or text that ran out of time. It names no cause:
 * a large ordinary file can run out of time as well as a pathological one.
 */
export function tooComplexMessage(seconds: number): string {
  return `Not checked: it took longer than the time budget of ${seconds} s. Long files take longer, and some inputs slow the Markdown parser sharply (long runs of unmatched \`*\`, \`_\` or \`[\`, or very many link definitions); split the file or raise the budget (\`--time-budget\`)`;
}

export interface TextBudgetOptions {
  /** The rubric to check links and citations against; defaults to the bundled data. */
  readonly rubric?: RubricLike;
  readonly seconds?: number;
}

/** Checks every text on worker threads, each within the time limit, in the order given. */
export async function checkRubricTexts(
  jobs: readonly TextJob[],
  options: TextBudgetOptions = {},
): Promise<Outcome<TextCheck>[]> {
  const pool = new DeadlinePool<TextJob, TextCheck>({
    script: textWorker(),
    seconds: options.seconds ?? DEFAULT_TIME_BUDGET,
    workerData: options.rubric ? { rubric: plainRubric(options.rubric) } : undefined,
  });
  try {
    return await Promise.all(jobs.map((job) => pool.run(job)));
  } finally {
    await pool.close();
  }
}

/**
 * The built worker next to this module; when this module runs from source
 * (the tests), the built one in dist/. A worker must be JavaScript Node can load.
 */
function textWorker(): URL {
  const beside = new URL('./text-worker.js', import.meta.url);
  return existsSync(fileURLToPath(beside)) ? beside : new URL('../dist/text-worker.js', import.meta.url);
}

/** Only the fields the checks read, as plain data a worker can receive. */
export function plainRubric(rubric: RubricLike): RubricLike {
  return {
    sources: rubric.sources.map(({ id, number }) => ({ id, number })),
    glossary: rubric.glossary.map(({ slug, term, aliases }) => ({ slug, term, aliases: [...aliases] })),
    milestones: rubric.milestones.map(({ id, number, title, criteria }) => ({
      id,
      number,
      title,
      ...(criteria ? { criteria: criteria.map((c) => ({ id: c.id })) } : {}),
    })),
    ...(rubric.frameworks
      ? {
          frameworks: rubric.frameworks.map(({ id, items }) => ({
            id,
            items: items.map((i) => ({
              id: i.id,
              ...(i.status ? { status: i.status } : {}),
              ...(i.replacedBy ? { replacedBy: { ids: [...i.replacedBy.ids] } } : {}),
            })),
          })),
        }
      : {}),
  };
}
