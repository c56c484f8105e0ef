/**
 * The checklist's columns: one list for the writer (core/export) and the
 * reader (@usd1-milestones/assess, through core/rules). No Node APIs.
 */
/** The columns, in order: what the rubric says, then what the assessor fills in. */
export const CHECKLIST_COLUMNS = [
  'rubric_version',
  'milestone_number',
  'milestone_id',
  'milestone_title',
  'bucket',
  'stage',
  'criterion_id',
  'criterion_text',
  'sources',
  'status',
  'evidence_url',
  'evidence_kind',
  'evidence_cadence',
  'as_of',
  'note',
  'arrangement',
  'assessor',
  'assessed_on',
  'hypothetical',
] as const;

export type ChecklistColumn = (typeof CHECKLIST_COLUMNS)[number];
