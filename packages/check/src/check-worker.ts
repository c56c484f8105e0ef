/**
 * Worker side of `usd1-milestones check`: checks one file per job. The main
 * thread ends a worker whose job overruns the time budget (see
 * lib/deadline-pool.ts), so a file that makes the parser
 * crawl is reported instead of hanging the command.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deepestNesting } from '@usd1-milestones/core/rules';
import type { RubricLike } from '@usd1-milestones/remark-rubric';
import { serveJobs } from './lib/deadline-pool.js';
import { checkMarkdown, type MarkdownResult } from './lib/markdown.js';
import { checkBySections, type SectionResult, sections } from './lib/sections.js';
import { checkYamlStrings } from './lib/yaml-strings.js';

export interface CheckJob {
  /** `markdown`: a document (a milestone file when `rubricContent`); `yaml`: a rubric YAML file. */
  readonly kind: 'markdown' | 'yaml';
  readonly path: string;
  /** The path as reported (relative to the working folder). */
  readonly file: string;
  readonly text: string;
  readonly rubricContent: boolean;
  /**
   * Documentation an editor checks again and again: checked section by section, remembering each
   * section's findings on this worker, so that after a keystroke only the changed section is parsed.
   */
  readonly inSections?: boolean;
}

/** The sections last checked of each document, most recently checked last; a few editors' worth. */
const remembered = new Map<string, Map<string, SectionResult>>();
const REMEMBERED_DOCUMENTS = 32;

const { rubric, cwd } = workerData as { rubric: RubricLike; cwd: string };
if (parentPort) {
  serveJobs<CheckJob, MarkdownResult>(parentPort, (job) =>
    job.kind === 'yaml'
      ? checkYamlStrings(job.file, job.text, rubric, job.text, 0)
      : job.inSections && !job.rubricContent && !/\.mdx$/i.test(job.path)
        ? checkInSections(job)
        : checkMarkdown(job.path, cwd, { rubric, rubricContent: job.rubricContent }, job.text),
  );
}

async function checkInSections(job: CheckJob): Promise<MarkdownResult> {
  const whole = () => checkMarkdown(job.path, cwd, { rubric, rubricContent: false }, job.text);
  // Too deep a nesting is one finding for the whole file, as `check` gives it.
  const parts = deepestNesting(job.text) ? undefined : sections(job.text);
  const last = remembered.get(job.path);
  remembered.delete(job.path);
  if (!parts) return whole();
  const checked = await checkBySections(
    parts,
    (text) => checkMarkdown(job.path, cwd, { rubric, rubricContent: false, forSections: true }, text),
    last ?? new Map(),
  );
  if (!checked) return whole();
  const { result, remember } = checked;
  remembered.set(job.path, remember);
  for (const path of remembered.keys()) {
    if (remembered.size <= REMEMBERED_DOCUMENTS) break;
    remembered.delete(path);
  }
  return result;
}
