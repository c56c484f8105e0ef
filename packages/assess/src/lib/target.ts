/**
 * Target profiles: where an arrangement should stand. A YAML file asks for a
 * status per milestone, per criterion, or for every milestone of a bucket;
 * `targetGaps` lists where an assessment falls short of it, and nothing else.
 *
 * Read with positions like an assessment (ids checked against the rubric,
 * with "did you mean"). Runs anywhere (no Node APIs). Never throws for bad
 * content.
 */
import type { Rubric } from '@usd1-milestones/core';
import { didYouMean, type Problem, replacedByText } from '@usd1-milestones/core/rules';
import { LineIndex, overflowProblem, parseShape, parseYaml, shapeProblems } from '@usd1-milestones/core/yaml';
import { z } from 'zod';
import type { Assessment } from './schema.js';
import { type Outcome, type ScoreOptions, scoreAssessment } from './score.js';

/** What a target may ask for: a status that counts toward coverage. */
export const wants = ['met', 'partial'] as const;
export type Want = (typeof wants)[number];

const want = z.enum(wants, { error: 'Expected `met` or `partial`' });
const asked = z.record(z.string(), want);

export const targetSchema = z.strictObject({
  target: z.string().min(1).max(200).describe('A name for the target, such as "Pilot readiness".'),
  rubricVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'Expected a rubric version such as 1.5.0'),
  buckets: asked.optional().describe('Bucket id -> the status every active milestone of the bucket should have.'),
  milestones: asked.optional().describe('Milestone id -> the status it should have (over its bucket).'),
  criteria: asked.optional().describe('Criterion id -> the status it should have.'),
});

export type Target = z.output<typeof targetSchema>;

/** One place where an assessment is below its target. */
export interface Gap {
  readonly milestone: string;
  /** Absent for a milestone's own status. */
  readonly criterion?: string;
  readonly want: Want;
  readonly have: Outcome;
}

/** met > partial > the rest; `not-applicable` asks nothing of an arrangement, so it meets any target. */
const rank = (outcome: Outcome): number =>
  outcome === 'met' || outcome === 'not-applicable' ? 2 : outcome === 'partial' ? 1 : 0;

/**
 * Reads a target profile. Unknown or retired ids are errors at their key,
 * with the closest id or the successor; `target` is set when there is none.
 */
export function parseTarget(
  text: string,
  file: string,
  rubric: Pick<Rubric, 'buckets' | 'milestones'>,
  options: { readonly versions?: readonly string[] } = {},
): { target: Target | undefined; problems: Problem[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseYaml(source, new LineIndex(source));
  if (!parsed.ok)
    return {
      target: undefined,
      problems: [{ file, ...parsed.position, ruleId: 'assessment-syntax', severity: 'error', message: parsed.message }],
    };
  const yaml = parsed.yaml;
  const problems: Problem[] = [];
  const result = parseShape(targetSchema, yaml.value);
  if (!result.success) {
    if ('overflow' in result) return { target: undefined, problems: [overflowProblem(file, 'assessment-schema')] };
    problems.push(...shapeProblems(file, yaml, targetSchema, result.issues, '', 'assessment-schema'));
  }
  const at = (path: string[], key: string | undefined, message: string) =>
    problems.push({
      file,
      ...yaml.locate(path, key === undefined ? {} : { key }),
      ruleId: 'assessment-schema',
      severity: 'error',
      message,
    });
  const value = isRecord(yaml.value) ? yaml.value : {};
  const version = value.rubricVersion;
  if (typeof version === 'string' && options.versions && !options.versions.includes(version))
    at([], 'rubricVersion', `Unknown rubric version \`${version}\`; the versions are ${options.versions.join(', ')}`);

  const buckets = rubric.buckets.map((b) => b.id);
  const milestones = new Map(rubric.milestones.map((m) => [m.id, m]));
  const criteria = new Map(rubric.milestones.flatMap((m) => m.criteria.map((c) => [c.id, c] as const)));
  for (const id of keysOf(value.buckets))
    if (!buckets.includes(id))
      at(['buckets'], id, `Unknown bucket \`${id}\`, expected a bucket id of the rubric${didYouMean(id, buckets)}`);
  const activeMilestones = [...milestones.values()].filter((m) => m.status !== 'retired').map((m) => m.id);
  for (const id of keysOf(value.milestones)) {
    const m = milestones.get(id);
    if (!m)
      at(
        ['milestones'],
        id,
        `Unknown milestone \`${id}\`, expected a milestone id of the rubric${didYouMean(id, activeMilestones)}`,
      );
    else if (m.status === 'retired') at(['milestones'], id, `Milestone \`${id}\` is retired${replacedByText(m)}`);
  }
  const activeCriteria = [...criteria.values()].filter((c) => c.status !== 'retired').map((c) => c.id);
  for (const id of keysOf(value.criteria)) {
    const c = criteria.get(id);
    if (!c)
      at(
        ['criteria'],
        id,
        `Unknown criterion \`${id}\`, expected a criterion id of the rubric (\`<milestone>.<criterion>\`)${didYouMean(id, activeCriteria)}`,
      );
    else if (c.status === 'retired') at(['criteria'], id, `Criterion \`${id}\` is retired${replacedByText(c)}`);
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { target: problems.length === 0 && result.success ? result.data : undefined, problems };
}

/**
 * Where `assessment` falls short of `target`, in the rubric's order (milestones
 * by number, each milestone before its criteria). A milestone named itself
 * overrides its bucket's ask. A criterion's status is its own answer, or its
 * milestone's when the milestone is answered as a whole.
 */
export function targetGaps(assessment: Assessment, target: Target, rubric: Rubric, options: ScoreOptions = {}): Gap[] {
  const card = scoreAssessment(assessment, rubric, options);
  const gaps: Gap[] = [];
  const milestones = rubric.milestones
    .filter((m) => m.status !== 'retired')
    .slice()
    .sort((a, b) => a.number - b.number);
  for (const m of milestones) {
    const wanted = own(target.milestones, m.id) ?? own(target.buckets, m.bucket);
    const have = card.milestones[m.id]?.status ?? 'not-assessed';
    if (wanted !== undefined && rank(have) < rank(wanted)) gaps.push({ milestone: m.id, want: wanted, have });
    const entry = assessment.milestones[m.id];
    for (const c of m.criteria) {
      const wantedCriterion = own(target.criteria, c.id);
      if (wantedCriterion === undefined || c.status === 'retired') continue;
      const haveCriterion: Outcome = entry?.criteria?.[c.id]?.status ?? entry?.status ?? 'not-assessed';
      if (rank(haveCriterion) < rank(wantedCriterion))
        gaps.push({ milestone: m.id, criterion: c.id, want: wantedCriterion, have: haveCriterion });
    }
  }
  return gaps;
}

/** A record's own entry (never one from its prototype, for an id such as `constructor`). */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function keysOf(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
