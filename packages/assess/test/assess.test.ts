import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '@usd1-milestones/core';
import { loadReleases } from '@usd1-milestones/core/loader';
import { rubric } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { describe, expect, it } from 'vitest';
import { parseAssessment, scoreAssessment } from '../src/index.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const examples = join(import.meta.dirname, '../../../examples');
const read = (path: string) => readFileSync(path, 'utf8');

function parseFile(path: string) {
  return parseAssessment(read(path), path.split('/').pop() as string, rubric);
}

describe('parseAssessment on bad input', () => {
  it.each([
    [
      'unknown-milestone.yaml',
      'unknown-milestone.yaml:7:3 assessment-schema Unknown milestone `reserve-polcy`, expected a milestone id of the rubric; did you mean `reserve-policy`?',
    ],
    [
      'wrong-status.yaml',
      'wrong-status.yaml:8:13 assessment-schema `milestones.redemption-promise.status` is `done`: expected one of `met`, `partial`, `not-met`, `not-disclosed`, `not-applicable`',
    ],
    ['bad-date.yaml', 'bad-date.yaml:2:7 assessment-schema `date` is `2026-13-01`: Expected a date as YYYY-MM-DD'],
    ['duplicate-key.yaml', 'duplicate-key.yaml:9:3 assessment-syntax Invalid YAML: Map keys must be unique'],
    [
      'proto-key.yaml',
      'proto-key.yaml:7:3 assessment-schema Unknown milestone `__proto__`, expected a milestone id of the rubric',
    ],
    [
      'unknown-criterion.yaml',
      'unknown-criterion.yaml:9:7 assessment-schema Unknown criterion `redemption-promise.who-redeems` for milestone `redemption-promise`, expected one of its criteria; did you mean `redemption-promise.who-can-redeem`?',
    ],
  ])('%s', (name, expected) => {
    const { assessment, problems } = parseFile(join(fixtures, name));
    expect(assessment).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([expected]);
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it('reports shape problems and unknown ids in one pass, with did-you-mean for keys', () => {
    const { assessment, problems } = parseFile(join(fixtures, 'two-kinds.yaml'));
    expect(assessment).toBeUndefined();
    expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([
      '8:5 assessment-schema Unknown key `notes` in `milestones.redemption-promise`; did you mean `note`?',
      '9:3 assessment-schema Unknown milestone `reserve-polcy`, expected a milestone id of the rubric; did you mean `reserve-policy`?',
    ]);
  });

  it('warns, and still scores, when an assessment says two things at once', () => {
    const { assessment, problems } = parseAssessment(
      read(join(fixtures, 'inconsistent.yaml')),
      'inconsistent.yaml',
      rubric,
      {
        versions: ['1.0.0'],
      },
    );
    expect(assessment?.milestones['reserve-policy']?.status).toBe('met');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.severity} ${p.message}`)).toEqual([
      '4:1 assessment-consistency warning `rubricVersion` 0.9.0 is not a version of the rubric (known: 1.0.0); the assessment is scored against the current rubric and changes since 0.9.0 cannot be listed',
      "12:41 assessment-consistency warning Milestone `reserve-policy` is marked `met` but its criterion `reserve-policy.excluded-assets` is `not-met`; the milestone is scored as `met`. Leave the milestone's status out to derive it from its criteria",
    ]);
  });

  it('asks evidence for `met`, a date for evidence, a reason for `not-applicable`, and a case the rubric names', () => {
    const { assessment, problems } = parseFile(join(fixtures, 'answers.yaml'));
    // A `not-applicable` without its reason is an error: the assessment is not scored.
    expect(assessment).toBeUndefined();
    expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.severity} ${p.message}`)).toEqual([
      '18:5 assessment-schema error Milestone `bridge-risk-disclosure` is marked `not-applicable` without a `reason`; say in `reason` why it does not apply',
      '21:40 assessment-schema error Criterion `supported-chains.current-list` is marked `not-applicable` without a `reason`; say in `reason` why it does not apply',
      '10:5 assessment-consistency warning Milestone `redemption-promise` is marked `met` without evidence; add the document, report or on-chain record that shows it',
      '13:9 assessment-consistency warning Evidence `https://example.org/reserve-policy` has no `asOf`, so its age cannot be judged; give the date it describes (`usd1-milestones assess verify --pin` fills it in)',
      // The rubric says when a criterion may not apply (`mayNotApply`); elsewhere `not-applicable` is checked.
      '21:40 assessment-consistency warning Criterion `supported-chains.current-list` is marked `not-applicable`, but the rubric names no case in which it does not apply; check that it does not',
      '23:5 assessment-consistency warning Milestone `wind-down-plan` is marked `not-applicable`, but the rubric names no case in which any of its criteria does not apply; check that it does not',
    ]);
    // incident-communication.status-updates: marked so by the rubric, with a reason: nothing to say.
    expect(problems.filter((p) => p.message.includes('incident-communication'))).toEqual([]);
  });

  it('reads JSON as well as YAML', () => {
    const { assessment, problems } = parseFile(join(fixtures, 'ok.json'));
    expect(problems).toEqual([]);
    expect(assessment?.milestones['wind-down-plan']?.status).toBe('partial');
  });
});

describe('scoreAssessment on the Harbor Dollar example', () => {
  const { assessment } = parseFile(join(examples, 'harbor-dollar.yaml'));
  if (!assessment) throw new Error('the example did not parse');
  const card = scoreAssessment(assessment, rubric as unknown as Rubric);

  it('profiles the 7 buckets with counts and the documented coverage', () => {
    expect(Object.fromEntries(Object.entries(card.buckets).map(([id, b]) => [id, b.coverage]))).toEqual({
      'promise-clarity': 0.3,
      'redemption-liquidity': 0,
      'reserves-custody': 0.167,
      transparency: 0.667,
      compliance: 0.25,
      'technology-security': 0.2,
      resilience: 0,
    });
    expect(card.buckets['promise-clarity']?.counts).toEqual({
      met: 1,
      partial: 1,
      'not-met': 0,
      'not-disclosed': 1,
      'not-applicable': 0,
      'not-assessed': 2,
    });
    expect(card.buckets['technology-security']?.counts['not-applicable']).toBe(1);
  });

  it('keeps not-disclosed apart from not-met, and derives a status from criteria', () => {
    expect(card.milestones['limits-and-edge-cases']).toEqual({ status: 'not-disclosed', derived: false });
    expect(card.milestones['incident-response-plan']).toEqual({ status: 'not-met', derived: false });
    expect(card.milestones['reserve-policy']).toEqual({ status: 'partial', derived: true });
    expect(card.milestones['supported-chains']).toEqual({ status: 'not-assessed', derived: false });
  });

  it('flags evidence older than its cadence', () => {
    expect(card.stale).toEqual([
      {
        milestone: 'reserve-reporting',
        url: 'https://example.org/harbor/reserves-2026-08',
        kind: 'attestation',
        asOf: '2026-08-31',
        cadence: 'monthly',
        ageDays: 62,
      },
      {
        milestone: 'security-reviews',
        url: 'https://example.org/harbor/security-review-2025',
        kind: 'audit',
        asOf: '2025-09-15',
        cadence: 'annual',
        ageDays: 412,
      },
    ]);
  });

  it('scores lifecycle stages and applies published weights', () => {
    expect(card.stages.exploration?.coverage).toBe(0.375);
    const weighted = scoreAssessment(assessment, rubric as unknown as Rubric, { weights: { 'redemption-promise': 3 } });
    expect(weighted.buckets['promise-clarity']?.coverage).toBe(0.5); // (3 × 1 + 0.5) / (3 + 4)
  });

  it('lists, for an assessment made against 1.0.0, what changed since in the milestones it assessed', () => {
    const meridian = parseFile(join(examples, 'meridian-settlement-coin.yaml')).assessment;
    if (!meridian) throw new Error('the Meridian example did not parse');
    expect(meridian.rubricVersion).toBe('1.0.0');
    const releases = new Map(loadReleases(releasesFolder).map((r) => [r.version, r]));
    const changes = scoreAssessment(meridian, rubric as unknown as Rubric, { releases }).rubricChanges;
    expect(changes.map((c) => `${c.change} ${c.id}`)).toEqual(
      expect.arrayContaining([
        'meaning key-management.multi-signature',
        'added reserve-reporting.plain-language',
        'added incident-response-plan.published-in-advance',
      ]),
    );
    // Only what concerns the milestones it assessed: nothing about milestone 30, which it did not.
    expect(changes.filter((c) => c.id.startsWith('combined-stress-scenarios'))).toEqual([]);
  });

  it('explains what changed since an older rubric version instead of failing', () => {
    const older = { ...assessment, rubricVersion: '0.9.0' };
    expect(scoreAssessment(older, rubric as unknown as Rubric).rubricChanges).toEqual([
      {
        id: '*',
        change: 'unknown-version',
        message: `Rubric version 0.9.0 is not a known release; scores use ${rubric.version} as is`,
      },
    ]);
    const renamed = structuredClone(rubric) as unknown as {
      milestones: { id: string; bucket: string }[];
      version: string;
    };
    (renamed.milestones.find((m) => m.id === 'key-management') as { bucket: string }).bucket = 'resilience';
    renamed.version = '2.0.0';
    const card2 = scoreAssessment(assessment, renamed as unknown as Rubric, {
      releases: new Map([[assessment.rubricVersion, rubric as unknown as Rubric]]),
    });
    expect(card2.rubricChanges).toEqual([
      {
        id: 'key-management',
        change: 'moved',
        message: 'Milestone 16 (`key-management`) moved: bucket "technology-security" → "resilience"',
      },
    ]);
  });
});

describe('assessment.schema.json', () => {
  it('is committed and matches the zod schema (run `npm run generate -w @usd1-milestones/assess` if this fails)', async () => {
    const { assessmentJsonSchema } = await import('../src/index.js');
    const committed = read(join(import.meta.dirname, '../assessment.schema.json'));
    expect(committed).toBe(`${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`);
    expect(JSON.parse(committed).required).toEqual(['arrangement', 'date', 'assessor', 'rubricVersion', 'milestones']);
  });
});

describe('profileSvg', () => {
  it('draws one bar per bucket and arrangement, sized by coverage, with no external resources', async () => {
    const { profileSvg } = await import('../src/index.js');
    const { assessment } = parseFile(join(examples, 'harbor-dollar.yaml'));
    if (!assessment) throw new Error('the example did not parse');
    const card = scoreAssessment(assessment, rubric as unknown as Rubric);
    const svg = profileSvg([card], rubric.buckets);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // Transparency is 0.667 of a 360-pixel bar.
    expect(svg).toContain(
      '<rect x="230" y="118" width="240" height="14" fill="#1d5c8c"/><text x="474" y="129" fill="#222">67%</text>',
    );
    expect(svg.match(/fill="#1d5c8c"/g)).toHaveLength(7);
    expect(svg).not.toMatch(/href|<script|@import|url\(/);
  });
});

describe('evidence dates', () => {
  it('warns on evidence dated after the assessment or in the future, where its asOf is, and still scores', () => {
    const { assessment, problems } = parseAssessment(
      read(join(fixtures, 'evidence-dates.yaml')),
      'evidence-dates.yaml',
      rubric,
      { today: '2026-12-01' },
    );
    expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([
      "12:9 assessment-consistency Evidence `https://example.org/policy` is dated 2026-12-01, after the assessment's date 2026-11-01; check both dates",
      '20:13 assessment-consistency Evidence `https://example.org/report` is dated 2031-01-31, in the future (today is 2026-12-01); check the date',
    ]);
    expect(assessment).toBeDefined();
  });
});

describe('attestation.schema.json', () => {
  it('is committed and matches the predicate zod schema, under the predicate type URI', async () => {
    const { attestationJsonSchema, PREDICATE_TYPE } = await import('../src/index.js');
    const committed = read(join(import.meta.dirname, '../attestation.schema.json'));
    expect(committed).toBe(`${JSON.stringify(attestationJsonSchema(), null, 2)}\n`);
    expect([JSON.parse(committed).$id, JSON.parse(committed).required]).toEqual([
      PREDICATE_TYPE,
      ['rubric', 'arrangement', 'assessor', 'date', 'summary', 'evidence'],
    ]);
  });
});
