import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclonedxErrors } from '../../../scripts/cyclonedx.js';
import { runCli } from './run.js';

const repo = join(import.meta.dirname, '../../..');

describe('usd1-milestones assess', () => {
  it('prints the stable JSON: buckets keyed by id with counts and coverage, milestones keyed by id', async () => {
    const run = await runCli(['assess', 'examples/harbor-dollar.yaml', '--format', 'json'], repo);
    expect(run.code).toBe(0);
    const [card] = JSON.parse(run.stdout).assessments;
    expect(card.arrangement).toBe('Harbor Dollar (hypothetical)');
    expect(card.buckets.transparency).toEqual({
      counts: { met: 2, partial: 0, 'not-met': 0, 'not-disclosed': 0, 'not-applicable': 0, 'not-assessed': 1 },
      coverage: 0.667,
    });
    expect(card.milestones['reserve-policy']).toEqual({ status: 'partial', derived: true });
    expect(Object.keys(card.buckets)).toHaveLength(7);
  });

  it('compares several arrangements side by side across the seven buckets', async () => {
    const run = await runCli(['assess', 'examples/harbor-dollar.yaml', 'examples/meridian-settlement-coin.yaml'], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '| Bucket | Harbor Dollar (hypothetical) | Meridian Settlement Coin (hypothetical) |\n|---|---|---|\n| Promise clarity | 30% | 10% |',
    );
    expect(run.stdout).toContain('| Not disclosed (milestones) | 3 | 0 |');
    // Neither example assessed any milestone of this bucket: that is not the same as 0%.
    expect(run.stdout).toContain('| Redemption and liquidity | not assessed | not assessed |');
    expect(run.stdout).toContain('| Redemption and liquidity | 0 | 0 | 0 | 0 | 0 | 5 | not assessed |');
  });

  it('ends every report with the next steps, ordered by what each adds (JSON: nextSteps)', async () => {
    const json = JSON.parse((await runCli(['assess', 'examples/harbor-dollar.yaml', '--format', 'json'], repo)).stdout);
    const steps = json.assessments[0].nextSteps as { milestone: string; gain: number; status: string; text: string }[];
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.map((s) => s.gain)).toEqual([...steps.map((s) => s.gain)].sort((a, b) => b - a));
    expect(steps.every((s) => s.status !== 'met' && s.status !== 'not-applicable' && s.text.length > 0)).toBe(true);
    const markdown = (await runCli(['assess', 'examples/harbor-dollar.yaml'], repo)).stdout;
    const section = markdown.slice(markdown.indexOf('## Next steps'));
    expect(section).toContain('| Adds | Milestone | Criterion | Text |');
    const first = steps[0] as { milestone: string; gain: number; text: string };
    expect(section).toContain(`| +${(first.gain * 100).toFixed(1)} points | ${first.milestone} |`);
    const html = (await runCli(['assess', 'examples/harbor-dollar.yaml', '--format', 'html'], repo)).stdout;
    expect(html).toContain('Next steps');
  });

  it('profiles per item of a framework with --by framework:ID, with the bucket formula', async () => {
    const run = await runCli(['assess', 'examples/meridian-settlement-coin.yaml', '--by', 'framework:mica'], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Profile by Regulation (EU) 2023/1114 on markets in crypto-assets');
    // An item no milestone maps to has nothing to profile; one that two milestones map to has their counts.
    expect(run.stdout).toContain('| art-16 Authorisation | 0 | 0 | 0 | 0 | 0 | 0 | n/a |');
    expect(run.stdout).toMatch(
      /\n\| art-49 Issuance and redeemability of e-money tokens \| (\d+ \| ){6}(\d+%|not assessed) \|\n/,
    );
    const json = JSON.parse(
      (
        await runCli(
          ['assess', 'examples/meridian-settlement-coin.yaml', '--by', 'framework:pfmi', '--format', 'json'],
          repo,
        )
      ).stdout,
    );
    expect(Object.keys(json.assessments[0].frameworks.pfmi)).toHaveLength(24);
    expect(json.assessments[0].frameworks.pfmi.P4).toEqual({
      counts: { met: 0, partial: 0, 'not-met': 0, 'not-disclosed': 0, 'not-applicable': 0, 'not-assessed': 0 },
      coverage: null,
    });
  });

  it.each([
    [
      'framework:pfm',
      '--by expects framework:ID with ID one of `fatf`, `fsb-2023`, `genius`, `mica`, `pfmi`, not `framework:pfm`; did you mean `pfmi`?',
    ],
    ['bucket', '--by expects framework:ID with ID one of `fatf`, `fsb-2023`, `genius`, `mica`, `pfmi`, not `bucket`'],
  ])('refuses --by %s with exit 2 and the choices', async (value, message) => {
    const run = await runCli(['assess', 'examples/harbor-dollar.yaml', '--by', value], repo);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `usd1-milestones: ${message}\n`]);
  });

  it('writes the report in Spanish with --lang es: its words and the rubric names, the same figures', async () => {
    const english = await runCli(['assess', 'examples/harbor-dollar.yaml'], repo);
    const run = await runCli(['assess', 'examples/harbor-dollar.yaml', '--lang', 'es'], repo);
    expect([run.code, run.stderr]).toEqual([0, english.stderr]);
    expect(run.stdout).toContain(
      '| Categoría | Cumplido | Parcial | No cumplido | No divulgado | No aplica | No evaluado | Cobertura |\n',
    );
    expect(run.stdout).toContain('| Reembolso y liquidez | 0 | 0 | 0 | 0 | 0 | 5 | no evaluado |\n');
    expect(run.stdout).toContain('## Etapas del ciclo de vida\n');
    // Evidence kinds and cadences in the report's language too.
    expect(run.stdout).toContain(
      '- `reserve-reporting`: atestación al 2026-08-31 tiene 62 días de antigüedad (se espera mensual): <https://example.org/harbor/reserves-2026-08>\n',
    );
    expect(run.stdout).toContain('auditoría al 2025-09-15 tiene 412 días de antigüedad (se espera anual)');
    // The same numbers in both languages: only the words differ.
    const figures = (text: string) =>
      text.match(/\| \d+(?: \| \d+)+ \| (?:\d+%|[^|]+) \|/g)?.map((row) => row.replace(/[^\d|%]/g, ''));
    expect(figures(english.stdout)?.length).toBe(7);
    expect(figures(run.stdout)).toEqual(figures(english.stdout));
    const dir = await mkdtemp(join(tmpdir(), 'usd1-assess-es-'));
    const html = await runCli(
      ['assess', 'examples/harbor-dollar.yaml', '--lang', 'es', '--format', 'html', '--out', join(dir, 'r.html')],
      repo,
    );
    expect(html.code).toBe(0);
    const page = await readFile(join(dir, 'r.html'), 'utf8');
    expect(page).toContain('<html lang="es">');
    // The chart speaks the report's language too: its name, its title and its figures.
    expect(page).toContain('role="img" aria-label="Perfil de cobertura por categoría"');
    expect(page).toContain('<title>Cobertura por categoría de riesgo</title>');
    expect(page).toMatch(/<text [^>]*>no evaluado<\/text>/);
    expect(page).not.toMatch(/Bucket coverage|not assessed/);
    const unknown = await runCli(['assess', 'examples/harbor-dollar.yaml', '--lang', 'fr'], repo);
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([
      2,
      '',
      'usd1-milestones: The report has no `fr` version; its languages are en, es\n',
    ]);
  });

  it('writes a scorecard to --out, with stale evidence flagged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-assess-'));
    const out = join(dir, 'card.md');
    const run = await runCli(['assess', join(repo, 'examples/harbor-dollar.yaml'), '--out', out], dir);
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(await readFile(out, 'utf8')).toContain(
      '- `reserve-reporting`: attestation as of 2026-08-31 is 62 days old (expected monthly): <https://example.org/harbor/reserves-2026-08>',
    );
  });

  it('reports bad input with file:line:col and the rule, exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-assess-'));
    await writeFile(
      join(dir, 'bad.yaml'),
      'arrangement: X\ndate: 2026-11-01\nassessor: Y\nrubricVersion: 1.0.0\nmilestones:\n  reserve-polcy:\n    status: met\n',
    );
    const run = await runCli(['assess', 'bad.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '6:3  error    Unknown milestone `reserve-polcy`, expected a milestone id of the rubric; did you mean `reserve-policy`?  assessment-schema',
    );
  });

  it('exits 2 with one line for a missing file or a bad format', async () => {
    const missing = await runCli(['assess', 'nope.yaml'], repo);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'usd1-milestones: Cannot read `nope.yaml`: no such file or folder\n',
    ]);
    const format = await runCli(['assess', 'examples/harbor-dollar.yaml', '--format', 'pdf'], repo);
    expect([format.code, format.stderr]).toEqual([
      2,
      'usd1-milestones: Unknown format `pdf`; expected one of: markdown, json, html, oscal-ar, cyclonedx\n',
    ]);
  });

  it('scores a file named like a verb when it is given as ./verify', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'usd1-assess-verb-'));
    await writeFile(join(folder, 'verify'), await readFile(join(repo, 'examples/harbor-dollar.yaml'), 'utf8'));
    const run = await runCli(['assess', './verify'], folder);
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([0, '# Harbor Dollar (hypothetical)']);
  });

  it('writes a standalone HTML page with the SVG chart and no network', async () => {
    const run = await runCli(
      ['assess', 'examples/harbor-dollar.yaml', 'examples/meridian-settlement-coin.yaml', '--format', 'html'],
      repo,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(run.stdout).toContain('<h2>Meridian Settlement Coin (hypothetical)</h2>');
    expect(run.stdout).not.toMatch(/<script|<link|src="http/);
  });

  it('includes the chart in Markdown too', async () => {
    const run = await runCli(['assess', 'examples/harbor-dollar.yaml'], repo);
    expect(run.stdout).toContain('## Bucket profile chart\n\n<svg xmlns="http://www.w3.org/2000/svg"');
    // Last, so that the report reads first.
    expect(run.stdout.indexOf('<svg')).toBeGreaterThan(run.stdout.indexOf('## Lifecycle stages'));
  });

  it('applies a published weights file, and reports an unknown id in it by position', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-assess-'));
    await writeFile(join(dir, 'weights.yaml'), 'redemption-promise: 3\n');
    const run = await runCli(
      ['assess', join(repo, 'examples/harbor-dollar.yaml'), '--weights', 'weights.yaml', '--format', 'json'],
      dir,
    );
    expect(JSON.parse(run.stdout).assessments[0].buckets['promise-clarity'].coverage).toBe(0.5);
    await writeFile(join(dir, 'weights.yaml'), 'redemption-promise: 3\nreserve-polcy: 2\n');
    const bad = await runCli(['assess', join(repo, 'examples/harbor-dollar.yaml'), '--weights', 'weights.yaml'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      '2:1  error    Unknown milestone `reserve-polcy` in the weights, expected a milestone id of the rubric; did you mean `reserve-policy`?  assessment-schema',
    );
  });

  it('takes the level of assessment-consistency from usd1-milestones.json: off drops its warnings, error fails the run', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'usd1-assess-levels-'));
    await writeFile(
      join(folder, 'bare.yaml'),
      'arrangement: Bare (hypothetical)\ndate: 2026-11-01\nassessor: Tests\nrubricVersion: 1.3.0\nmilestones:\n  redemption-promise:\n    status: met\n',
    );
    const warned = await runCli(['assess', 'bare.yaml'], folder);
    expect([warned.code, warned.stderr.split('\n')[1]]).toEqual([
      0,
      '  7:5  warning  Milestone `redemption-promise` is marked `met` without evidence; add the document, report or on-chain record that shows it  assessment-consistency',
    ]);
    await writeFile(join(folder, 'usd1-milestones.json'), '{"rules": {"assessment-consistency": "off"}}\n');
    const off = await runCli(['assess', 'bare.yaml'], folder);
    expect([off.code, off.stderr]).toEqual([0, '']);
    await writeFile(join(folder, 'usd1-milestones.json'), '{"rules": {"assessment-consistency": "error"}}\n');
    const error = await runCli(['assess', 'bare.yaml', '--format', 'json'], folder);
    expect([error.code, JSON.parse(error.stdout).problems.map((p: { severity: string }) => p.severity)]).toEqual([
      1,
      ['error'],
    ]);
  });
});

describe('usd1-milestones assess --target', () => {
  const target = 'examples/targets/pilot-readiness.yaml';

  it('reports only the gaps to the target, in the rubric order, and exits 1', async () => {
    const run = await runCli(['assess', 'examples/harbor-dollar.yaml', '--target', target], repo);
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout).toBe(`# Gaps to the target: Pilot readiness (example)

> Where the assessment is below the target, and nothing else: met is above partial, partial above the rest; not applicable meets any target.

## Harbor Dollar (hypothetical)

| Milestone | Criterion | Target | Now |
|---|---|---|---|
| limits-and-edge-cases |  | Partial | Not disclosed |
| supported-chains |  | Partial | Not assessed |
| reserve-policy |  | Met | Partial |
| incident-response-plan |  | Partial | Not met |
| settlement-finality |  | Partial | Not assessed |
| wind-down-plan | wind-down-plan.redemption-window | Met | Not disclosed |
`);
  });

  it('gives JSON gaps per assessment, and exits 0 when an assessment meets the target', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-target-'));
    const easy = join(dir, 'easy.yaml');
    await writeFile(easy, 'target: Reserves published\nrubricVersion: 1.5.0\nmilestones:\n  reserve-reporting: met\n');
    const met = await runCli(['assess', 'examples/harbor-dollar.yaml', '--target', easy, '--format', 'json'], repo);
    expect(met.code).toBe(0);
    expect(JSON.parse(met.stdout)).toEqual({
      rubricVersion: '1.5.0',
      target: 'Reserves published',
      assessments: [{ arrangement: 'Harbor Dollar (hypothetical)', gaps: [] }],
      problems: [],
    });
    const two = await runCli(
      [
        'assess',
        'examples/harbor-dollar.yaml',
        'examples/meridian-settlement-coin.yaml',
        '--target',
        target,
        '--format',
        'json',
      ],
      repo,
    );
    expect(two.code).toBe(1);
    const json = JSON.parse(two.stdout);
    expect(json.assessments.map((a: { arrangement: string }) => a.arrangement)).toEqual([
      'Harbor Dollar (hypothetical)',
      'Meridian Settlement Coin (hypothetical)',
    ]);
    expect(json.assessments[0].gaps[2]).toEqual({ milestone: 'reserve-policy', want: 'met', have: 'partial' });
  });

  it('checks the profile like an assessment: each mistake at its line and column, JSON staying JSON', async () => {
    const mistakes = 'packages/assess/test/fixtures/targets/mistakes.yaml';
    const run = await runCli(['assess', 'examples/harbor-dollar.yaml', '--target', mistakes, '--format', 'json'], repo);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.assessments).toEqual([]);
    expect(
      json.problems.map((p: { file: string; line: number; column: number }) => [p.file, p.line, p.column]),
    ).toEqual([
      [mistakes, 3, 1],
      [mistakes, 5, 3],
      [mistakes, 7, 3],
      [mistakes, 8, 23],
      [mistakes, 10, 3],
    ]);
  });

  it.each([
    [['--target', 'nope.yaml'], 'Cannot read the target profile `nope.yaml`: Cannot read file: no such file or folder'],
    [
      ['--target', 'examples/targets/pilot-readiness.yaml', '--format', 'oscal-ar'],
      '--target reports the gaps to a target only: use it with --format markdown, json or html, without --by',
    ],
  ])('exits 2 with one line for %j', async (args, message) => {
    const run = await runCli(['assess', 'examples/harbor-dollar.yaml', ...args], repo);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `usd1-milestones: ${message}\n`]);
  });
});

describe('usd1-milestones assess --format cyclonedx', () => {
  it("writes one assessment as a CycloneDX 1.6 attestation that validates, with the rubric's standard in it", async () => {
    const run = await runCli(['assess', 'examples/harbor-dollar.yaml', '--format', 'cyclonedx'], repo);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const document = JSON.parse(run.stdout);
    expect(cyclonedxErrors(document)).toEqual([]);
    expect(document.declarations.targets.services[0].name).toBe('Harbor Dollar (hypothetical)');
    const requirements = new Set(
      document.definitions.standards[0].requirements.map((r: { 'bom-ref': string }) => r['bom-ref']),
    );
    const map = document.declarations.attestations[0].map as { requirement: string }[];
    expect(map.length).toBeGreaterThan(10);
    expect(map.filter((m) => !requirements.has(m.requirement))).toEqual([]);
  });

  it('exits 2 for two files: an attestation is of one assessment', async () => {
    const run = await runCli(
      ['assess', 'examples/harbor-dollar.yaml', 'examples/meridian-settlement-coin.yaml', '--format', 'cyclonedx'],
      repo,
    );
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'usd1-milestones: --format cyclonedx attests one assessment; give one file (2 were given), or run once per file\n',
    ]);
  });
});

describe('usd1-milestones assess history', () => {
  const files = ['examples/history/harbor-dollar-2026-05.yaml', 'examples/harbor-dollar.yaml'];

  it('shows the coverage per bucket per date and every status change, each assessment carried to the newest release', async () => {
    const run = await runCli(['assess', 'history', ...files.slice().reverse()], repo);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '# History: Harbor Dollar (hypothetical)',
      '',
      'Each assessment carried to rubric 1.5.0 and scored against it; coverage per risk bucket.',
      '',
      '| Date | File | Made with | Promise clarity | Redemption and liquidity | Reserve quality and custody | Transparency | Compliance | Technology and security | Resilience |',
      '|---|---|---|---|---|---|---|---|---|---|',
      '| 2026-05-01 | `examples/history/harbor-dollar-2026-05.yaml` | 1.2.0 | 20% | 0% | 17% | 17% | 0% | 17% | 0% |',
      '| 2026-11-01 | `examples/harbor-dollar.yaml` | 1.3.0 | 30% | 0% | 17% | 67% | 25% | 20% | 0% |',
    ]);
    expect(lines).toContain('| 2026-11-01 | `reserve-reporting` |  | partial | met |');
    const json = JSON.parse((await runCli(['assess', 'history', ...files, '--format', 'json'], repo)).stdout);
    expect(Object.keys(json)).toEqual(['arrangement', 'rubricVersion', 'points', 'changes']);
    expect(json.changes).toHaveLength(9);
    // The newest point is the scorecard `assess` gives the same file (made with 1.3.0, scored with the newest).
    const card = JSON.parse((await runCli(['assess', 'examples/harbor-dollar.yaml', '--format', 'json'], repo)).stdout)
      .assessments[0];
    expect(json.points[1]).toEqual({
      date: '2026-11-01',
      file: 'examples/harbor-dollar.yaml',
      madeWith: '1.3.0',
      buckets: Object.fromEntries(
        Object.entries(card.buckets as Record<string, { coverage: number | null }>).map(([id, b]) => [id, b.coverage]),
      ),
    });
  });

  it('refuses a file about another arrangement at its `arrangement`, exit 1, JSON staying JSON', async () => {
    const run = await runCli(
      [
        'assess',
        'history',
        'examples/harbor-dollar.yaml',
        'examples/meridian-settlement-coin.yaml',
        '--format',
        'json',
      ],
      repo,
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).problems).toEqual([
      {
        file: 'examples/meridian-settlement-coin.yaml',
        line: 2,
        column: 1,
        ruleId: 'assessment-consistency',
        severity: 'error',
        message:
          '`examples/meridian-settlement-coin.yaml` assesses `Meridian Settlement Coin (hypothetical)`, not `Harbor Dollar (hypothetical)` as `examples/harbor-dollar.yaml` does: a history is of one arrangement',
      },
    ]);
  });

  it('writes an arrangement name with markup as text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-history-'));
    const named = async (file: string, date: string) => {
      const path = join(dir, file);
      await writeFile(
        path,
        (await readFile(join(repo, 'examples/harbor-dollar.yaml'), 'utf8'))
          .replace('Harbor Dollar (hypothetical)', '<img src=x onerror=alert(1)> | *Dollar*')
          .replace('date: 2026-11-01', `date: ${date}`),
      );
      return path;
    };
    const run = await runCli(
      ['assess', 'history', await named('a.yaml', '2026-10-01'), await named('b.yaml', '2026-11-01')],
      repo,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('# History: &#60;img src=x onerror=alert(1)&#62; \\| \\*Dollar\\*');
    expect(run.stdout).not.toContain('<img');
  });

  it('exits 2 with one line for a single file', async () => {
    const run = await runCli(['assess', 'history', 'examples/harbor-dollar.yaml'], repo);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'usd1-milestones: A history compares two or more assessments of one arrangement; one was given\n',
    ]);
  });
});
