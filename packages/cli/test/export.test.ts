import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFormats } from '@usd1-milestones/core/export';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const repo = join(import.meta.dirname, '../../..');
const rubricPackage = join(repo, 'packages/rubric');

describe('usd1-milestones export', () => {
  it('offers every format of the registry in its help, and no other', async () => {
    const run = await runCli(['export', '--help'], repo);
    expect(run.code).toBe(0);
    const unwrapped = run.stdout.replace(/\n {17}/g, ' ');
    for (const format of exportFormats)
      expect(unwrapped).toContain(`  ${format.id.padEnd(14)} ${format.fileName}: ${format.description}\n`);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(`(one of: ${exportFormats.map((f) => f.id).join(', ')})`);
  });

  it('prints the CSV checklist of the current data, header first', async () => {
    const run = await runCli(['export', '--format', 'csv'], repo);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'rubric_version,milestone_number,milestone_id,milestone_title,bucket,stage,criterion_id,criterion_text,sources,status,evidence_url,evidence_kind,evidence_cadence,as_of,note,arrangement,assessor,assessed_on,hypothetical',
    );
    expect(lines[1]).toMatch(
      /^\d+\.\d+\.\d+,1,redemption-promise,A clear redemption promise in plain English,Promise clarity,Exploration,,,,,,,,,,,,,$/,
    );
  });

  it('writes the text in Spanish with --lang es, ids, columns and citation keys as in English', async () => {
    const run = await runCli(['export', '--format', 'csv', '--lang', 'es'], repo);
    expect(run.code).toBe(0);
    const english = (await runCli(['export', '--format', 'csv'], repo)).stdout.split('\r\n');
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(english[0]);
    expect(lines[1]).toMatch(
      /^\d+\.\d+\.\d+,1,redemption-promise,Una promesa de reembolso clara y en lenguaje sencillo,Claridad de la promesa,Exploración,,,,,,,,,,,,,$/,
    );
    // The milestone id of each row (the third column, before any text that might hold a comma).
    const ids = (rows: string[]) => rows.map((l) => /^[^,]*,[^,]*,([^,]*),/.exec(l)?.[1]);
    expect(lines).toHaveLength(english.length);
    expect(ids(lines)).toEqual(ids(english));
    const json = JSON.parse((await runCli(['export', '--format', 'json', '--lang', 'es'], repo)).stdout);
    expect(json.milestones[4].criteria[0].text).toBe(
      'La política de reservas publicada por el emisor enumera los activos de reserva permitidos.',
    );
  });

  it.each([
    [['--lang', 'fr'], 'The current data has no `fr` translation; its languages are en, es'],
    [['--lang', 'es', '--version', '1.0.0'], 'Release 1.0.0 has no `es` translation; it is in English only'],
  ])('names the languages there are for %j', async (args, message) => {
    const run = await runCli(['export', '--format', 'csv', ...args], repo);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `usd1-milestones: ${message}\n`]);
  });

  it('writes a frozen release with --version and --out, the same bytes as the package ships', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-export-'));
    for (const [format, file] of [
      ['oscal-catalog', 'oscal-catalog.json'],
      ['csv', 'checklist.csv'],
    ] as const) {
      const out = join(dir, file);
      const run = await runCli(['export', '--format', format, '--version', '1.0.0', '--out', out], repo);
      expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
      expect(await readFile(out, 'utf8')).toBe(await readFile(join(rubricPackage, 'exports/1.0.0', file), 'utf8'));
    }
    const json = await runCli(['export', '--format', 'json', '--version', '1.0.0'], repo);
    expect(JSON.parse(json.stdout).version).toBe('1.0.0');
  });

  it('writes one crosswalk as an OSCAL mapping collection with --framework, the same bytes as the package ships', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-export-'));
    const out = join(dir, 'genius.json');
    const run = await runCli(
      ['export', '--format', 'oscal-mapping', '--framework', 'genius', '--version', '1.5.0', '--out', out],
      repo,
    );
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(await readFile(out, 'utf8')).toBe(
      await readFile(join(rubricPackage, 'exports/1.5.0/oscal-mapping-genius.json'), 'utf8'),
    );
  });

  it('prints the JSON data of the current version as rubric.json has it', async () => {
    const run = await runCli(['export', '--format', 'json'], repo);
    expect(run.stdout).toBe(await readFile(join(rubricPackage, 'rubric.json'), 'utf8'));
  });

  it.each([
    [[], `No --format given; choose one of ${exportFormats.map((f) => f.id).join(', ')}, such as --format csv`],
    [['--format', 'xml'], `Unknown format \`xml\`; expected one of: ${exportFormats.map((f) => f.id).join(', ')}`],
    [['--format', 'csv', '--version', '9.9.9'], /^No release `9\.9\.9`; the releases are 1\.0\.0, 1\.1\.0, 1\.2\.0/],
    [
      ['--format', 'oscal-mapping', '--version', '1.5.0'],
      '--format oscal-mapping writes one crosswalk: give --framework ID, one of fatf, genius, mica, pfmi',
    ],
    [
      ['--format', 'oscal-mapping', '--framework', 'esma', '--version', '1.5.0'],
      'No framework `esma` in 1.5.0; its frameworks are fatf, fsb-2023, genius, mica, pfmi',
    ],
    [
      ['--format', 'oscal-mapping', '--framework', 'fsb-2023', '--version', '1.5.0'],
      "Nothing in 1.5.0 maps to `fsb-2023` (OSCAL's mapping model needs at least one map); the frameworks with mappings are fatf, genius, mica, pfmi",
    ],
    [
      ['--format', 'oscal-mapping', '--framework', 'mica', '--version', '1.4.0'],
      "The mappings of 1.4.0 record no rationale type (rubric 1.5.0 added them), and OSCAL's mapping model asks for one: export a release from 1.5.0 on",
    ],
    [
      ['--format', 'csv', '--framework', 'mica'],
      '--framework applies to --format oscal-mapping only, not to --format csv',
    ],
  ])('exits 2 with one line for %j', async (args, message) => {
    const run = await runCli(['export', ...(args as string[])], repo);
    expect([run.code, run.stdout]).toEqual([2, '']);
    const line = run.stderr.replace(/^usd1-milestones: /, '').trimEnd();
    if (typeof message === 'string') expect(line).toBe(message);
    else expect(line).toMatch(message);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('a filled-in CSV checklist through assess', () => {
  it('gives the scorecard the YAML form gives, for both examples', async () => {
    const { fillChecklist, parseAssessment } = await import('@usd1-milestones/assess');
    const { rubric } = await import('@usd1-milestones/rubric');
    const dir = await mkdtemp(join(tmpdir(), 'usd1-checklist-'));
    const blank = (await runCli(['export', '--format', 'csv'], repo)).stdout;
    for (const name of ['harbor-dollar', 'meridian-settlement-coin']) {
      const yamlPath = join(repo, 'examples', `${name}.yaml`);
      const { assessment } = parseAssessment(await readFile(yamlPath, 'utf8'), `${name}.yaml`, rubric as never);
      const csvPath = join(dir, `${name}.csv`);
      await writeFile(csvPath, fillChecklist(blank, assessment as never));
      const fromCsv = await runCli(['assess', csvPath, '--format', 'json'], repo);
      const fromYaml = await runCli(['assess', yamlPath, '--format', 'json'], repo);
      expect(fromCsv.code).toBe(0);
      expect(JSON.parse(fromCsv.stdout).assessments).toEqual(JSON.parse(fromYaml.stdout).assessments);
    }
  });

  it('points at the cell of each problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-checklist-'));
    const path = join(dir, 'bad.csv');
    await writeFile(
      path,
      'rubric_version,milestone_id,criterion_id,status,arrangement,assessor,assessed_on\r\n1.2.0,reserve-policy,,mett,X (hypothetical),Y,2026-11-01\r\n',
    );
    const run = await runCli(['assess', path, '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).problems).toEqual([
      {
        file: 'bad.csv',
        line: 2,
        column: 23,
        ruleId: 'assessment-schema',
        severity: 'error',
        message:
          'Unknown status `mett`, expected one of met, partial, not-met, not-disclosed, not-applicable, or nothing; did you mean `met`? (row 2, column D `status`)',
      },
    ]);
  });
});
