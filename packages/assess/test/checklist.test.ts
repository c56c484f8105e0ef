/**
 * The CSV checklist comes back: a checklist filled in from each example
 * assessment scores exactly like the YAML file, and every problem in a
 * checklist has the line and column of its cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklistCsv } from '@usd1-milestones/core/export';
import { rubric } from '@usd1-milestones/rubric';
import { describe, expect, it } from 'vitest';
import { type Assessment, fillChecklist, parseAssessment, parseChecklist, scoreAssessment } from '../src/index.js';

const data = rubric as never;
const examples = join(import.meta.dirname, '../../../examples');
const fixtures = join(import.meta.dirname, 'fixtures/checklists');
const versions = ['1.0.0', '1.1.0', '1.2.0'];

describe('a filled-in checklist', () => {
  for (const name of ['harbor-dollar.yaml', 'meridian-settlement-coin.yaml']) {
    it(`scores ${name} exactly like the YAML form`, () => {
      const yaml = parseAssessment(readFileSync(join(examples, name), 'utf8'), name, data, { versions });
      expect(yaml.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const assessment = yaml.assessment as Assessment;
      const csv = parseChecklist(fillChecklist(checklistCsv(data), assessment), name.replace('.yaml', '.csv'), data, {
        versions,
      });
      expect(csv.problems).toEqual([]);
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
      '2:138 assessment-schema `assessed_on` is `2026-11-31`: expected the date of the assessment as YYYY-MM-DD',
      '3:27 assessment-schema Unknown criterion `reserve-policy.permited-assets` for milestone `reserve-policy`, not in rubric 1.2.0; did you mean `reserve-policy.permitted-assets`? A checklist exported from a newer rubric needs a newer @usd1-milestones/cli',
      '4:60 assessment-schema Unknown status `mett`, expected one of met, partial, not-met, not-disclosed, not-applicable, or nothing; did you mean `met`?',
      '5:72 assessment-schema `as_of` is `2026-13-01`: expected the date of the evidence as YYYY-MM-DD, such as 2026-06-30',
      '6:10 assessment-schema Unknown milestone `reserve-polcy`, expected a milestone id of the rubric; did you mean `reserve-policy`?',
    ]);
  });

  it('says when a criterion is newer than the rubric version the checklist names, and still scores it', () => {
    const text = readFileSync(join(fixtures, 'older-version.csv'), 'utf8');
    const result = parseChecklist(text, 'older-version.csv', data, { versions });
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
      '2:25 warning Criterion `reserve-reporting.plain-language` was added in rubric 1.1.0, after 1.0.0, the version this checklist names',
    ]);
    expect(result.assessment?.milestones['reserve-reporting']?.criteria?.['reserve-reporting.plain-language']).toEqual({
      status: 'met',
    });
  });

  it('reports a quoted field that is never closed, where it starts', () => {
    expect(read('unclosed.csv')).toEqual([
      '2:23 assessment-syntax A quoted field is never closed: end it with `"` (a quote inside it is written `""`)',
    ]);
  });

  it('asks for the columns it needs', () => {
    const result = parseChecklist('milestone_id,status\r\nreserve-policy,met\r\n', 'short.csv', data);
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:1 Missing column `criterion_id` in the header row; start from `usd1-milestones export --format csv`',
    ]);
  });
});
