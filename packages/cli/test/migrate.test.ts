/**
 * `assess migrate`: the oldest example carried to the newest release, every
 * answer accounted for and the file changed only where the migration says;
 * and the YAML writer on a copy of the newest release that retires items
 * (no release retires any yet), comments kept.
 */
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Assessment, migrateAssessment, migrateYaml, parseAssessment } from '@usd1-milestones/assess';
import type { Rubric } from '@usd1-milestones/core';
import { loadReleases } from '@usd1-milestones/core/loader';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const examples = join(import.meta.dirname, '../../../examples');
const releases = loadReleases(releasesFolder) as unknown as Rubric[];
const newest = releases.at(-1) as Rubric;

describe('assess migrate', () => {
  it('carries the oldest example to the newest release, accounting for every answer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-migrate-'));
    await copyFile(join(examples, 'meridian-settlement-coin.yaml'), join(dir, 'meridian.yaml'));
    const before = await readFile(join(dir, 'meridian.yaml'), 'utf8');
    const run = await runCli(['assess', 'migrate', 'meridian.yaml', '--format', 'json'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const report = JSON.parse(run.stdout);
    expect([report.from, report.to, report.written]).toEqual([
      '1.0.0',
      newest.version,
      `meridian-${newest.version}.yaml`,
    ]);
    const answered = Object.keys(parseAssessment(before, 'meridian.yaml', newest).assessment?.milestones ?? {});
    expect(report.steps.map((s: { id: string }) => s.id)).toEqual(answered);
    expect(report.steps.every((s: { action: string }) => s.action === 'kept' || s.action === 'review')).toBe(true);
    expect(report.notAssessed.map((n: { id: string }) => n.id)).toEqual([
      'reserve-reporting.plain-language',
      'incident-response-plan.published-in-advance',
    ]);
    // The new file is the old one with its version and a review line per reviewed answer; the original is untouched.
    const after = await readFile(join(dir, `meridian-${newest.version}.yaml`), 'utf8');
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toEqual([
      `rubricVersion: ${newest.version}`,
      ...report.steps
        .filter((s: { action: string }) => s.action === 'review')
        .map((s: { reason: string }) => `    review: ${JSON.stringify(s.reason)}`),
    ]);
    expect(after.split('\n').length).toBe(before.split('\n').length + added.length - 1);
    expect(await readFile(join(dir, 'meridian.yaml'), 'utf8')).toBe(before);
    const scored = await runCli(['assess', `meridian-${newest.version}.yaml`], dir);
    expect(scored.stdout).toContain('## Marked for review');
  });

  it('refuses what it cannot do, in one line, exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-migrate-bad-'));
    await copyFile(join(examples, 'harbor-dollar.yaml'), join(dir, 'harbor.yaml'));
    for (const [args, message] of [
      [
        ['--to', '9.9.9'],
        `--to 9.9.9 is not a frozen release; expected one of ${releases.map((r) => r.version).join(', ')}`,
      ],
      [['--to', '1.0.0'], '`harbor.yaml` is on rubric 1.3.0, newer than 1.0.0; migrate goes forward only'],
      [['--write', '--out', 'x.yaml'], 'Give --out PATH or --write, not both'],
    ] as const) {
      const run = await runCli(['assess', 'migrate', 'harbor.yaml', ...args], dir);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `usd1-milestones: ${message}\n`]);
    }
  });
});

describe('migrateYaml', () => {
  // The newest release with items retired, as a later release might retire them.
  const to = JSON.parse(JSON.stringify(newest)) as { version: string; milestones: Record<string, unknown>[] };
  to.version = '9.0.0';
  for (const m of to.milestones) {
    if (m.id === 'wind-down-plan') m.status = 'retired';
    if (m.id === 'incident-communication')
      Object.assign(m, { status: 'retired', replacedBy: { kind: 'merged', ids: ['incident-response-plan'] } });
    for (const c of m.criteria as Record<string, unknown>[])
      if (c.id === 'reserve-policy.permitted-assets')
        Object.assign(c, {
          status: 'retired',
          replacedBy: { kind: 'split', ids: ['reserve-policy.excluded-assets', 'reserve-policy.maturity-management'] },
        });
  }
  const text = [
    '# An assessment with comments.',
    'arrangement: Retired items (hypothetical)',
    'date: 2026-11-01',
    'assessor: Tests',
    `rubricVersion: ${newest.version}`,
    'milestones:',
    '  # The plan was read in October.',
    '  wind-down-plan:',
    '    status: met',
    '    note: A plan.',
    '  incident-communication:',
    '    status: partial # from the status page',
    '  reserve-policy:',
    '    criteria:',
    '      reserve-policy.permitted-assets: { status: met }',
    '',
  ].join('\n');
  const assessment = parseAssessment(text, 'a.yaml', newest).assessment as Assessment;
  const migration = migrateAssessment(assessment, newest, to as unknown as Rubric);

  it('moves merged answers, copies split ones, keeps retired ones under `retired`, comments and all', () => {
    expect(migrateYaml(text, migration)).toBe(
      [
        '# An assessment with comments.',
        'arrangement: Retired items (hypothetical)',
        'date: 2026-11-01',
        'assessor: Tests',
        'rubricVersion: 9.0.0',
        'milestones:',
        '  incident-response-plan:',
        '    status: partial # from the status page',
        '    review: "`incident-communication` was merged into `incident-response-plan` in 9.0.0; check that the answer still holds"',
        '  reserve-policy:',
        '    criteria:',
        '      reserve-policy.excluded-assets: { status: met, review: "`reserve-policy.permitted-assets` was split into `reserve-policy.excluded-assets`, `reserve-policy.maturity-management` in 9.0.0; the answer was copied to each, check each" }',
        '      reserve-policy.maturity-management: { status: met, review: "`reserve-policy.permitted-assets` was split into `reserve-policy.excluded-assets`, `reserve-policy.maturity-management` in 9.0.0; the answer was copied to each, check each" }',
        'retired:',
        '  # The plan was read in October.',
        '  wind-down-plan:',
        '    status: met',
        '    note: A plan.',
        '    reason: "`wind-down-plan` was retired without a successor"',
        '',
      ].join('\n'),
    );
  });
});
