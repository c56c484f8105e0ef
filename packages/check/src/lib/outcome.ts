import { tooComplexMessage } from './budget.js';
import type { Outcome } from './deadline-pool.js';
import type { MarkdownResult } from './markdown.js';
import { finding } from './result.js';

/** A worker's outcome for one file as findings: one that ran out of time, or crashed, is itself a finding. */
export function outcomeResult(file: string, outcome: Outcome<MarkdownResult>): MarkdownResult {
  if (outcome.status === 'done') return outcome.result;
  const message =
    outcome.status === 'timeout' ? tooComplexMessage(outcome.seconds) : `Cannot check the file: ${outcome.message}`;
  return { findings: [finding(file, 1, 1, 'rubric-syntax', message)], cited: [] };
}
