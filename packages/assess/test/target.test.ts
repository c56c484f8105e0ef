/**
 * Target profiles on real files: the example target against the example
 * assessments gives exactly the places they fall short, in the rubric's order;
 * a profile with mistakes gets each at its line and column, with the id it
 * probably meant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rubric } from '@usd1-milestones/rubric';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../src/lib/parse.js';
import type { Assessment } from '../src/lib/schema.js';
import { parseTarget, type Target, targetGaps } from '../src/lib/target.js';

const repo = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(repo, path), 'utf8');

function example(path: string): Assessment {
  const parsed = parseAssessment(read(path), path, rubric);
  if (!parsed.assessment) throw new Error(`${path} does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.assessment;
}

function pilot(): Target {
  const parsed = parseTarget(read('examples/targets/pilot-readiness.yaml'), 'pilot-readiness.yaml', rubric);
  expect(parsed.problems).toEqual([]);
  if (!parsed.target) throw new Error('the example target does not parse');
  return parsed.target;
}

describe('targetGaps', () => {
  it('lists where the Harbor Dollar example falls short of the pilot target, and nothing else', () => {
    expect(targetGaps(example('examples/harbor-dollar.yaml'), pilot(), rubric)).toEqual([
      // promise-clarity asks partial of every milestone; redemption-promise (met) asks more and has it.
      { milestone: 'limits-and-edge-cases', want: 'partial', have: 'not-disclosed' },
      { milestone: 'supported-chains', want: 'partial', have: 'not-assessed' },
      { milestone: 'reserve-policy', want: 'met', have: 'partial' },
      { milestone: 'incident-response-plan', want: 'partial', have: 'not-met' },
      { milestone: 'settlement-finality', want: 'partial', have: 'not-assessed' },
      // Answered as a whole (not-disclosed): each of its criteria has that status.
      {
        milestone: 'wind-down-plan',
        criterion: 'wind-down-plan.redemption-window',
        want: 'met',
        have: 'not-disclosed',
      },
    ]);
  });

  it('counts met over partial, and not-applicable as asking nothing', () => {
    const target: Target = {
      target: 'Edge cases',
      rubricVersion: rubric.version,
      milestones: { 'reserve-policy': 'partial', 'bridge-risk-disclosure': 'met' },
      criteria: { 'reserve-policy.permitted-assets': 'met' },
    };
    // The Harbor Dollar example, answered otherwise where this test needs it.
    const assessment: Assessment = {
      ...example('examples/harbor-dollar.yaml'),
      milestones: {
        'reserve-policy': { status: 'met' },
        'bridge-risk-disclosure': { status: 'not-applicable' },
      },
    };
    expect(targetGaps(assessment, target, rubric)).toEqual([]);
    const below = { ...assessment, milestones: { 'reserve-policy': { status: 'partial' as const } } };
    expect(targetGaps(below, target, rubric)).toEqual([
      { milestone: 'reserve-policy', criterion: 'reserve-policy.permitted-assets', want: 'met', have: 'partial' },
      { milestone: 'bridge-risk-disclosure', want: 'met', have: 'not-assessed' },
    ]);
  });
});

describe('parseTarget', () => {
  it('reports each mistake at its key, with the id it probably meant', () => {
    const parsed = parseTarget(
      readFileSync(join(import.meta.dirname, 'fixtures/targets/mistakes.yaml'), 'utf8'),
      'mistakes.yaml',
      rubric,
      { versions: ['1.4.0', '1.5.0'] },
    );
    expect(parsed.target).toBeUndefined();
    expect(parsed.problems.map((p) => [p.line, p.column, p.severity, p.message])).toEqual([
      [3, 1, 'error', 'Unknown rubric version `9.9.9`; the versions are 1.4.0, 1.5.0'],
      [
        5,
        3,
        'error',
        'Unknown bucket `reserve-custody`, expected a bucket id of the rubric; did you mean `reserves-custody`?',
      ],
      [
        7,
        3,
        'error',
        'Unknown milestone `reserve-polcy`, expected a milestone id of the rubric; did you mean `reserve-policy`?',
      ],
      [8, 23, 'error', '`milestones.redemption-promise` is `done`: expected one of `met`, `partial`'],
      [
        10,
        3,
        'error',
        'Unknown criterion `reserve-policy.permitted-asset`, expected a criterion id of the rubric (`<milestone>.<criterion>`); did you mean `reserve-policy.permitted-assets`?',
      ],
    ]);
  });

  it('refuses what is not a target, at the place, without throwing', () => {
    expect(parseTarget('target: [unclosed', 't.yaml', rubric).problems.map((p) => p.ruleId)).toEqual([
      'assessment-syntax',
    ]);
    const extra = parseTarget('target: T\nrubricVersion: 1.5.0\ngoals: {}\n', 't.yaml', rubric);
    expect(extra.problems.map((p) => [p.line, p.message])).toEqual([[3, expect.stringContaining('goals')]]);
    const proto = parseTarget('target: T\nrubricVersion: 1.5.0\nmilestones: { __proto__: met }\n', 't.yaml', rubric);
    expect(proto.problems.map((p) => p.message)).toEqual([
      'Unknown milestone `__proto__`, expected a milestone id of the rubric',
    ]);
  });
});
