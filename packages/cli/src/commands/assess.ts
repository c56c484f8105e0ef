import { resolve } from 'node:path';
import {
  type AssessedFile,
  cyclonedxAttestation,
  nextSteps,
  oscalAssessmentResults,
  parseTarget,
  parseWeights,
  type Scorecard,
  scoreAssessment,
  type Target,
  targetGaps,
} from '@usd1-milestones/assess';
import { compareFindings, type Finding, readConfig, shownPath } from '@usd1-milestones/check';
import type { Framework } from '@usd1-milestones/core';
import { didYouMean } from '@usd1-milestones/core/rules';
import { readText } from '@usd1-milestones/core/text';
import { rubric } from '@usd1-milestones/rubric';
import { EXIT, UsageError } from '../errors.js';
import { type CommandSpec, helpText, parseOrHelp, stringOption } from '../lib/args.js';
import { knownRubrics, readAssessmentFile } from '../lib/assessment-file.js';
import { toHtml } from '../lib/format/report/html.js';
import { type ReportLabels, reportLabels, reportLanguages } from '../lib/format/report/labels.js';
import { toMarkdown } from '../lib/format/report/markdown.js';
import { assessmentReport, gapReport } from '../lib/format/report/model.js';
import { stylish } from '../lib/format/stylish.js';
import { inLanguage } from '../lib/in-language.js';
import { writeOutput } from '../lib/output.js';

export const spec: CommandSpec = {
  name: 'assess',
  operands: 'FILE...',
  positionals: true,
  description: `Scores assessments (YAML or JSON, see @usd1-milestones/assess/assessment.schema.json;
or a CSV checklist from \`usd1-milestones export --format csv\`, filled in)
against the rubric: counts by status and coverage per risk bucket and
lifecycle stage, stale evidence, and what changed since the rubric version an
assessment was made against. One file gives a scorecard; several a comparison.

Also: \`assess verify\` re-checks evidence and signatures, \`assess keygen\`
and \`assess sign\` sign an assessment, \`assess migrate\` carries one to a
newer rubric release, \`assess history\` shows one arrangement's assessments
over time (see \`usd1-milestones assess VERB --help\`).`,
  options: {
    format: {
      type: 'string',
      value: 'NAME',
      choices: ['markdown', 'json', 'html', 'oscal-ar', 'cyclonedx'],
      default: 'markdown',
      description:
        'output format (html: a standalone page; oscal-ar: OSCAL 1.1 assessment results; cyclonedx: a CycloneDX 1.6 attestation of one assessment)',
    },
    weights: {
      type: 'string',
      value: 'FILE',
      description: 'published weights: milestone id -> weight',
      default: '1 each',
    },
    target: {
      type: 'string',
      value: 'PROFILE',
      description:
        'compare with a target profile (YAML: statuses asked per bucket, milestone or criterion) and report only the gaps; exit 1 when there are any',
    },
    by: {
      type: 'string',
      value: 'framework:ID',
      description: 'also profile per item of a framework catalog (fsb-2023, pfmi, mica, fatf), as per bucket',
    },
    out: { type: 'string', value: 'PATH', description: 'write the result to PATH instead of standard output' },
    lang: {
      type: 'string',
      value: 'TAG',
      default: 'en',
      description:
        "the report (markdown, html) in this language: its words, and the rubric's names from its translation (es)",
    },
  },
  exitCodes:
    '0 scored (warnings allowed; with --target: no gap), 1 an assessment or the target has errors (with --target: or a gap), 2 could not run (or an unknown --lang)',
};

export const help = helpText(spec);

/** `assess VERB ...`: each verb is its own module, loaded when it runs. A file named like a verb is given as `./verify`. */
const verbs: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  verify: () => import('./assess/verify.js'),
  keygen: () => import('./assess/keygen.js'),
  sign: () => import('./assess/sign.js'),
  migrate: () => import('./assess/migrate.js'),
  history: () => import('./assess/history.js'),
};

export async function run(argv: string[]): Promise<number> {
  const verb = argv[0] === undefined ? undefined : verbs[argv[0]];
  if (verb && Object.hasOwn(verbs, argv[0] as string)) return (await verb()).run(argv.slice(1));
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  const format = stringOption(values, 'format') ?? 'markdown';
  const weightsPath = stringOption(values, 'weights');
  const out = stringOption(values, 'out');
  const by = byFramework(stringOption(values, 'by'));
  const targetPath = stringOption(values, 'target');
  if (targetPath !== undefined && (format === 'oscal-ar' || format === 'cyclonedx' || by !== undefined))
    throw new UsageError(
      '--target reports the gaps to a target only: use it with --format markdown, json or html, without --by',
    );
  if (positionals.length === 0) throw new UsageError('No assessment file given; see `usd1-milestones assess --help`');
  if (format === 'cyclonedx' && positionals.length > 1)
    throw new UsageError(
      `--format cyclonedx attests one assessment; give one file (${positionals.length} were given), or run once per file`,
    );
  const lang = stringOption(values, 'lang') ?? 'en';
  const words = reportLabels(lang);
  if (!words)
    throw new UsageError(`The report has no \`${lang}\` version; its languages are ${reportLanguages.join(', ')}`);

  const cwd = process.cwd();
  const { current: data, releases, versions } = knownRubrics();
  const problems: Finding[] = [];
  const cards: Scorecard[] = [];
  const assessed: AssessedFile[] = [];
  let weights: Record<string, number> | undefined;
  if (weightsPath !== undefined) {
    const absolute = resolve(cwd, weightsPath);
    const text = readText(absolute, { kind: 'weights files' });
    if (!text.ok) throw new UsageError(`Cannot read the weights file \`${weightsPath}\`: ${text.message}`);
    const parsed = parseWeights(text.text, shownPath(cwd, absolute), data);
    for (const item of parsed.problems) problems.push(item);
    weights = parsed.weights;
  }
  let target: Target | undefined;
  if (targetPath !== undefined) {
    const absolute = resolve(cwd, targetPath);
    const text = readText(absolute, { kind: 'target profiles' });
    if (!text.ok) throw new UsageError(`Cannot read the target profile \`${targetPath}\`: ${text.message}`);
    const parsed = parseTarget(text.text, shownPath(cwd, absolute), data, { versions });
    for (const item of parsed.problems) problems.push(item);
    target = parsed.target;
  }
  for (const path of positionals) {
    const read = readAssessmentFile(cwd, path, versions);
    for (const item of read.problems) problems.push(item);
    if (read.assessment) {
      const scored = scoreAssessment(read.assessment, data, {
        releases,
        ...(weights ? { weights } : {}),
        ...(by ? { byFrameworks: [by.id] } : {}),
      });
      // Every report ends with what would raise the profile (JSON: `nextSteps`).
      const card = { ...scored, nextSteps: nextSteps(read.assessment, data, weights ? { weights } : {}) };
      cards.push(card);
      assessed.push({ assessment: read.assessment, card });
    }
  }
  applyConsistencyLevel(problems, (await readConfig(cwd)).rules['assessment-consistency']);
  problems.sort(compareFindings);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    // JSON stays JSON when the input has problems: the same object, with the problems and no scores.
    process.stdout.write(
      format === 'json'
        ? `${JSON.stringify({ rubricVersion: data.version, assessments: [], problems }, null, 2)}\n`
        : stylish(problems, false),
    );
    return EXIT.problems;
  }
  // Warnings do not stop the scores: they go to stderr (JSON: into the result), then the report follows.
  if (problems.length > 0 && format !== 'json') process.stderr.write(stylish(problems, false));
  if (target !== undefined) return reportGaps(target, assessed, { format, out, positionals, problems, words, weights });
  // The rubric's names in the report's language (ids and scores are the same in every language).
  const names = inLanguage(data, lang, undefined);
  const report = assessmentReport(cards, names.buckets, names.stages, by, words);
  const output =
    format === 'cyclonedx' && assessed[0]
      ? `${JSON.stringify(cyclonedxAttestation(assessed[0].assessment, data), null, 2)}\n`
      : format === 'oscal-ar'
        ? `${JSON.stringify(oscalAssessmentResults(assessed, data), null, 2)}\n`
        : format === 'json'
          ? `${JSON.stringify({ rubricVersion: data.version, assessments: cards, problems }, null, 2)}\n`
          : format === 'html'
            ? toHtml(report, cards.length === 1 ? (cards[0] as Scorecard).arrangement : words.comparisonTitle, words)
            : // The SVG chart is one long line of markup: on a terminal it is left out, in a file it is kept.
              toMarkdown(report, { chart: out !== undefined || process.stdout.isTTY !== true, words });
  if (out !== undefined) {
    writeOutput(resolve(cwd, out), out, output, {
      protect: positionals.map((p) => [resolve(cwd, p), `the assessment \`${p}\` this command reads`] as const),
    });
  } else {
    process.stdout.write(output);
  }
  return EXIT.ok;
}

/**
 * `--target`: the gaps of each assessment to the target profile, and nothing
 * else; exit 1 when there is one, so that CI can hold a project to its target.
 */
function reportGaps(
  target: Target,
  assessed: readonly AssessedFile[],
  options: {
    format: string;
    out: string | undefined;
    positionals: readonly string[];
    problems: readonly Finding[];
    words: ReportLabels;
    weights: Record<string, number> | undefined;
  },
): number {
  const { format, out, positionals, problems, words, weights } = options;
  const cwd = process.cwd();
  const results = assessed.map(({ assessment }) => ({
    arrangement: assessment.arrangement,
    gaps: targetGaps(assessment, target, rubric, weights ? { weights } : {}),
  }));
  const output =
    format === 'json'
      ? `${JSON.stringify({ rubricVersion: rubric.version, target: target.target, assessments: results, problems }, null, 2)}\n`
      : format === 'html'
        ? toHtml(gapReport(target.target, results, words), words.gapsTitle(target.target), words)
        : toMarkdown(gapReport(target.target, results, words), { chart: false, words });
  if (out !== undefined)
    writeOutput(resolve(cwd, out), out, output, {
      protect: positionals.map((p) => [resolve(cwd, p), `the assessment \`${p}\` this command reads`] as const),
    });
  else process.stdout.write(output);
  return results.some((r) => r.gaps.length > 0) ? EXIT.problems : EXIT.ok;
}

/** `--by framework:pfmi`: the catalog to profile by, or a usage error naming the choices. */
function byFramework(value: string | undefined): Framework | undefined {
  if (value === undefined) return undefined;
  const data = rubric;
  const known = data.frameworks.map((f) => f.id);
  const match = /^framework:(.*)$/.exec(value);
  const id = match?.[1] ?? '';
  const framework = data.frameworks.find((f) => f.id === id);
  if (!match || !framework) {
    const hint = match ? didYouMean(id, known) : '';
    throw new UsageError(
      `--by expects framework:ID with ID one of ${known.map((k) => `\`${k}\``).join(', ')}, not \`${value}\`${hint}`,
    );
  }
  return framework;
}

/**
 * The level usd1-milestones.json gives `assessment-consistency`, as for the
 * checker's rules: `off` drops its warnings, `error` makes them fail the run.
 */
function applyConsistencyLevel(problems: Finding[], level: 'off' | 'warn' | 'error' | undefined): void {
  if (level === undefined || level === 'warn') return;
  for (let i = problems.length - 1; i >= 0; i--) {
    const problem = problems[i] as Finding;
    if (problem.ruleId !== 'assessment-consistency') continue;
    if (level === 'off') problems.splice(i, 1);
    else problems[i] = { ...problem, severity: 'error' };
  }
}
