/**
 * `usd1-milestones assess history FILE...`: several dated assessments of one
 * arrangement, each carried to the newest rubric release (see history.ts in
 * @usd1-milestones/assess), as the coverage of each bucket per date and every
 * status that changed, with its date.
 */

import { resolve } from 'node:path';
import { assessmentHistory, type History, type HistoryInput, historyProblem } from '@usd1-milestones/assess';
import type { Finding } from '@usd1-milestones/check';
import { rubric } from '@usd1-milestones/rubric';
import { EXIT, UsageError } from '../../errors.js';
import { type CommandSpec, parseOrHelp, stringOption } from '../../lib/args.js';
import { knownRubrics, readAssessmentFile } from '../../lib/assessment-file.js';
import { markdownText } from '../../lib/format/report/markdown.js';
import { stylish } from '../../lib/format/stylish.js';
import { writeOutput } from '../../lib/output.js';

export const spec: CommandSpec = {
  name: 'assess history',
  operands: 'FILE...',
  positionals: true,
  description: `Shows how one arrangement's profile moved: several dated assessments of it (YAML,
JSON or a filled-in CSV checklist), possibly made against different rubric
releases, each carried to the newest release as \`assess migrate\` would, then
the coverage of each bucket per date and every status that changed, with the
date it first shows. Files about another arrangement are an error.`,
  options: {
    format: {
      type: 'string',
      value: 'NAME',
      choices: ['markdown', 'json'],
      default: 'markdown',
      description: 'output format',
    },
    out: { type: 'string', value: 'PATH', description: 'write the result to PATH instead of standard output' },
  },
  exitCodes: '0 shown, 1 an assessment has errors or is of another arrangement, 2 could not run',
};

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  if (positionals.length < 2)
    throw new UsageError(
      `A history compares two or more assessments of one arrangement; ${positionals.length === 0 ? 'none was' : 'one was'} given`,
    );
  const format = stringOption(values, 'format') ?? 'markdown';
  const out = stringOption(values, 'out');
  const cwd = process.cwd();
  const { releases, versions } = knownRubrics();
  const problems: Finding[] = [];
  const inputs: (HistoryInput & { text: string })[] = [];
  for (const path of positionals) {
    const read = readAssessmentFile(cwd, path, versions);
    problems.push(...read.problems.filter((p) => p.severity === 'error'));
    if (read.assessment) inputs.push({ file: read.file, assessment: read.assessment, text: read.text ?? '' });
  }
  if (problems.length === 0) {
    const problem = historyProblem(inputs, releases);
    if (problem !== null) {
      // Said at the `arrangement` (or `rubricVersion`) of the file it is about.
      const about = inputs.find((i) => i.file === problem.file);
      problems.push({
        file: problem.file,
        ...keyPosition(about?.text ?? '', problem.key),
        ruleId: 'assessment-consistency',
        severity: 'error',
        message: problem.message,
      });
    }
  }
  if (problems.length > 0) {
    process.stdout.write(format === 'json' ? `${JSON.stringify({ problems }, null, 2)}\n` : stylish(problems, false));
    return EXIT.problems;
  }
  const history = assessmentHistory(inputs, releases);
  const output = format === 'json' ? `${JSON.stringify(history, null, 2)}\n` : historyMarkdown(history);
  if (out !== undefined)
    writeOutput(resolve(cwd, out), out, output, {
      protect: positionals.map((p) => [resolve(cwd, p), `the assessment \`${p}\` this command reads`] as const),
    });
  else process.stdout.write(output);
  return EXIT.ok;
}

/** Where `key` stands in an assessment's text (YAML, JSON or a checklist's header): its line, column 1 otherwise. */
function keyPosition(text: string, key: string): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  const pattern = new RegExp(`^(\\s*)"?${key}"?\\s*:`);
  for (const [i, line] of lines.entries()) {
    const match = pattern.exec(line);
    if (match) return { line: i + 1, column: (match[1]?.length ?? 0) + 1 };
  }
  return { line: 1, column: 1 };
}

/** The history as Markdown: coverage per bucket per date, then the changes. */
export function historyMarkdown(history: History): string {
  // Text from the files is escaped (markup, pipes, line breaks); ids and file names are shown as code.
  const cell = (text: string) => markdownText(text.replace(/\r?\n/g, ' '));
  const code = (text: string) => `\`${text.replace(/[`\r\n|]/g, '')}\``;
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined ? 'n/a' : `${Math.round(value * 100)}%`;
  const buckets = rubric.buckets.slice().sort((a, b) => a.number - b.number);
  const lines = [
    `# History: ${cell(history.arrangement)}`,
    '',
    `Each assessment carried to rubric ${history.rubricVersion} and scored against it; coverage per risk bucket.`,
    '',
    `| Date | File | Made with | ${buckets.map((b) => cell(b.title)).join(' | ')} |`,
    `|---|---|---|${buckets.map(() => '---').join('|')}|`,
    ...history.points.map(
      (p) =>
        `| ${p.date} | ${code(p.file)} | ${p.madeWith} | ${buckets.map((b) => percent(p.buckets[b.id])).join(' | ')} |`,
    ),
    '',
    '## What changed',
    '',
  ];
  if (history.changes.length === 0) lines.push('No status changed.', '');
  else
    lines.push(
      '| Date | Milestone | Criterion | From | To |',
      '|---|---|---|---|---|',
      ...history.changes.map(
        (c) => `| ${c.date} | ${code(c.milestone)} | ${c.criterion ? code(c.criterion) : ''} | ${c.from} | ${c.to} |`,
      ),
      '',
    );
  return lines.join('\n');
}
