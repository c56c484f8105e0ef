/**
 * The rubric as a checklist an assessor fills in: RFC 4180 CSV, UTF-8, CRLF
 * line ends, a header row and stable columns. Each milestone has a row of its
 * own (its status as a whole; left empty, it follows from its criteria) and
 * then one row per criterion. `usd1-milestones assess` reads the filled-in
 * file back (@usd1-milestones/assess, parseChecklist).
 */
import type { Rubric } from '../schemas.js';
import { CHECKLIST_COLUMNS } from './columns.js';
import { csvField } from './csv-field.js';

/** The blank checklist of a rubric. */
export function checklistCsv(rubric: Rubric): string {
  const rows: string[][] = [[...CHECKLIST_COLUMNS]];
  const bucketTitle = new Map(rubric.buckets.map((b) => [b.id, b.title]));
  const stageTitle = new Map(rubric.stages.map((s) => [s.id, s.title]));
  for (const m of [...rubric.milestones].sort((a, b) => a.number - b.number)) {
    if (m.status === 'retired') continue;
    const row = (criterion: { id: string; text: string } | undefined): string[] =>
      CHECKLIST_COLUMNS.map((column) => {
        switch (column) {
          case 'rubric_version':
            return rubric.version;
          case 'milestone_number':
            return String(m.number);
          case 'milestone_id':
            return m.id;
          case 'milestone_title':
            return m.title;
          case 'bucket':
            return bucketTitle.get(m.bucket) ?? m.bucket;
          case 'stage':
            return m.stage ? (stageTitle.get(m.stage) ?? m.stage) : '';
          case 'criterion_id':
            return criterion?.id ?? '';
          case 'criterion_text':
            return criterion?.text ?? '';
          case 'sources':
            return m.sources.join(' ');
          default:
            return '';
        }
      });
    rows.push(row(undefined));
    for (const c of m.criteria) if (c.status !== 'retired') rows.push(row(c));
  }
  return `${rows.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}
