/**
 * The checklist's writer for a filled-in assessment: the blank checklist the
 * exporter makes, with what a spreadsheet user would type in its cells.
 */
import { type ChecklistColumn, csvField } from '@usd1-milestones/core/export';
import type { Assessment } from '../schema.js';
import { readCells } from './cells.js';

/**
 * An assessment written into a blank checklist (as `usd1-milestones export
 * --format csv` makes it): what a spreadsheet user would type, so that
 * `parseChecklist` reads the same assessment back. One evidence item per row:
 * a milestone's first.
 */
export function fillChecklist(blank: string, assessment: Assessment): string {
  const { rows } = readCells(blank.replace(/(\r?\n)+$/, ''), 'checklist.csv');
  const [header = [], ...body] = rows.map((row) => row.map((cell) => cell.value));
  const column = (name: string) => header.indexOf(name);
  const set = (row: string[], name: ChecklistColumn, value: string | undefined) => {
    if (column(name) >= 0) row[column(name)] = value ?? '';
  };
  body.forEach((row, i) => {
    set(row, 'rubric_version', assessment.rubricVersion);
    if (i === 0) {
      set(row, 'arrangement', assessment.arrangement);
      set(row, 'assessor', assessment.assessor);
      set(row, 'assessed_on', assessment.date);
      set(row, 'hypothetical', assessment.hypothetical ? 'yes' : '');
    }
    const entry = assessment.milestones[row[column('milestone_id')] ?? ''];
    const criterion = row[column('criterion_id')] ?? '';
    const judgement = criterion === '' ? entry : entry?.criteria?.[criterion];
    if (!judgement) return;
    set(row, 'status', judgement.status);
    // A checklist says why an item does not apply in its note (it has no column for the reason).
    set(row, 'note', judgement.status === 'not-applicable' ? (judgement.reason ?? judgement.note) : judgement.note);
    const [evidence] = judgement.evidence ?? [];
    if (evidence) {
      set(row, 'evidence_url', evidence.url);
      set(row, 'evidence_kind', evidence.kind);
      set(row, 'evidence_cadence', evidence.cadence);
      set(row, 'as_of', evidence.asOf);
    }
  });
  return `${[header, ...body].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
