/**
 * Reads a filled-in CSV checklist (the one `usd1-milestones export --format csv`
 * writes) as an assessment, so that a spreadsheet scores exactly like the YAML
 * form. Every problem has the line and column of its cell. Runs anywhere (no
 * Node APIs) and never throws for bad content.
 *
 * A row with a `milestone_id` and no `criterion_id` is the milestone as a
 * whole; a row with both is one of its criteria. `status`, the evidence
 * columns and `note` are the assessor's (the note of a `not-applicable` row is
 * its `reason`); the assessment's own fields
 * (`arrangement`, `assessor`, `assessed_on`, `hypothetical`, `rubric_version`)
 * are read from whichever rows fill them in, and must agree.
 */
import type { ChecklistColumn } from '@usd1-milestones/core/export';
import { compareVersions } from '@usd1-milestones/core/ids';
import { didYouMean, type Problem } from '@usd1-milestones/core/rules';
import { parseShape } from '@usd1-milestones/core/yaml';
import { consistencyWarnings, type ParseOptions, type ParseResult, type RubricIds } from '../parse.js';
import {
  type Assessment,
  assessmentSchema,
  cadences,
  evidenceKinds,
  isLocalEvidencePath,
  statuses,
} from '../schema.js';
import { type Cell, cellReference, readCells, separatorOf } from './cells.js';

/** The columns a checklist must have; the others it may have (or add) are optional. */
const REQUIRED: readonly ChecklistColumn[] = ['milestone_id', 'criterion_id', 'status'];

/** The rubric as the checklist reader needs it: ids, and when each criterion first appeared. */
export interface ChecklistRubric extends RubricIds {
  readonly version?: string;
  readonly milestones: readonly {
    readonly id: string;
    readonly criteria: readonly { readonly id: string; readonly introducedIn?: string | undefined }[];
  }[];
}

/** Where a problem is: a cell, or a line and column when no cell holds it. */
type Place = Cell | { readonly line: number; readonly column: number };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string) =>
  isoDate.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Reads a checklist. `file` names it in problems; `rubric` is the one it is scored against. */
export function parseChecklist(
  text: string,
  file: string,
  rubric: ChecklistRubric,
  options: ParseOptions = {},
): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { rows, problem } = readCells(source, file, separatorOf(source, REQUIRED));
  if (problem) return { assessment: undefined, problems: [problem] };
  const [header = [], ...body] = rows;
  const problems: Problem[] = [];
  /** A problem at a cell, named by line and column of the file and as a spreadsheet shows it. */
  const report = (severity: 'error' | 'warning', ruleId: Problem['ruleId'], cell: Place, message: string) =>
    problems.push({
      file,
      line: cell.line,
      column: cell.column,
      ruleId,
      severity,
      message:
        'row' in cell ? `${message}${cellReference(cell.row, cell.field, header[cell.field]?.value.trim())}` : message,
    });
  const error = (cell: Place, message: string, ruleId: Problem['ruleId'] = 'assessment-schema') =>
    report('error', ruleId, cell, message);
  const warn = (cell: Place, message: string) => report('warning', 'assessment-consistency', cell, message);

  const index = new Map(header.map((cell, i) => [cell.value.trim(), i]));
  const missing = REQUIRED.filter((name) => !index.has(name));
  if (missing.length > 0) {
    const found = header.map((cell) => `\`${cell.value.trim()}\``);
    error(
      { line: 1, column: 1 },
      `Missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `\`${m}\``).join(', ')} in the header row, which has ${found.length === 1 ? `one column, ${found[0]}` : `${found.length} columns: ${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''}`}. Separate the columns with commas, semicolons or tabs, and start from \`usd1-milestones export --format csv\``,
    );
    return { assessment: undefined, problems };
  }
  const cellOf = (row: Cell[], name: ChecklistColumn): Cell | undefined => {
    const at = index.get(name);
    return at === undefined ? undefined : row[at];
  };

  const milestones = new Map(rubric.milestones.map((m) => [m.id, m]));
  const owners = new Map(rubric.milestones.flatMap((m) => m.criteria.map((c) => [c.id, m.id] as const)));
  const meta = new Map<string, Cell>();
  const entries: Record<string, Record<string, unknown>> = {};
  /** Where each value of the assessment came from, for problems found after it is put together. */
  const places = new Map<string, Place>();
  const laterChecks: { cell: Cell; criterion: string }[] = [];

  for (const row of body) {
    if (row.every((cell) => cell.value.trim() === '')) continue;
    const first = row[0] as Cell;
    // A short or long row would put its values under other columns' names: say so instead of guessing.
    if (row.length !== header.length) {
      error(
        first,
        `Row ${first.row} has ${row.length} cell${row.length === 1 ? '' : 's'} where the header has ${header.length}; every row needs one cell per column (an empty cell is two separators side by side)`,
      );
      continue;
    }
    for (const name of ['rubric_version', 'arrangement', 'assessor', 'assessed_on', 'hypothetical'] as const) {
      const cell = cellOf(row, name);
      const value = cell?.value.trim() ?? '';
      if (!cell || value === '') continue;
      const earlier = meta.get(name);
      if (!earlier) meta.set(name, { ...cell, value });
      else if (earlier.value !== value)
        error(
          cell,
          `\`${name}\` is \`${value}\` here but \`${earlier.value}\` on line ${earlier.line}; an assessment has one ${name}`,
        );
    }
    const idCell = cellOf(row, 'milestone_id') ?? first;
    const id = idCell.value.trim();
    const criterionCell = cellOf(row, 'criterion_id') ?? first;
    const criterion = criterionCell.value.trim();
    const milestone = milestones.get(id);
    if (!milestone) {
      error(
        idCell,
        `Unknown milestone \`${id}\`, expected a milestone id of the rubric${didYouMean(id, milestones.keys())}`,
      );
      continue;
    }
    if (criterion !== '' && !milestone.criteria.some((c) => c.id === criterion)) {
      const owner = owners.get(criterion);
      error(
        criterionCell,
        owner
          ? `Criterion \`${criterion}\` belongs to milestone \`${owner}\`, not \`${id}\``
          : `Unknown criterion \`${criterion}\` for milestone \`${id}\`, not in rubric ${rubric.version ?? 'this tool has'}${didYouMean(
              criterion,
              milestone.criteria.map((c) => c.id),
            )} A checklist exported from a newer rubric needs a newer @usd1-milestones/cli`,
      );
      continue;
    }

    const judgement: Record<string, unknown> = {};
    const statusCell = cellOf(row, 'status');
    const status = statusCell?.value.trim() ?? '';
    if (statusCell && status !== '') {
      if ((statuses as readonly string[]).includes(status)) judgement.status = status;
      else
        error(
          statusCell,
          `Unknown status \`${status}\`, expected one of ${statuses.join(', ')}, or nothing${didYouMean(status, statuses)}`,
        );
    }
    const urlCell = cellOf(row, 'evidence_url');
    const url = urlCell?.value.trim() ?? '';
    if (urlCell && url !== '') {
      const kindCell = cellOf(row, 'evidence_kind');
      const kind = kindCell?.value.trim() ?? '';
      const asOfCell = cellOf(row, 'as_of');
      const asOf = asOfCell?.value.trim() ?? '';
      const cadenceCell = cellOf(row, 'evidence_cadence');
      const cadence = cadenceCell?.value.trim() ?? '';
      let ok = true;
      if (!/^https?:\/\/\S+$/i.test(url) && !isLocalEvidencePath(url)) {
        error(
          urlCell,
          `\`evidence_url\` is \`${url}\`: expected an http or https URL, or a path relative to the checklist that stays in its folder`,
        );
        ok = false;
      }
      if (!(evidenceKinds as readonly string[]).includes(kind)) {
        error(
          kindCell ?? urlCell,
          `\`evidence_kind\` is \`${kind}\`: expected one of ${evidenceKinds.join(', ')}${didYouMean(kind, evidenceKinds)}`,
        );
        ok = false;
      }
      // An empty date is allowed, as in the YAML form; `assessment-consistency` warns on it.
      if (asOf !== '' && !validDate(asOf)) {
        error(
          asOfCell ?? urlCell,
          `\`as_of\` is \`${asOf}\`: expected the date of the evidence as YYYY-MM-DD, such as 2026-06-30`,
        );
        ok = false;
      }
      if (cadence !== '' && !(cadences as readonly string[]).includes(cadence)) {
        error(
          cadenceCell ?? urlCell,
          `\`evidence_cadence\` is \`${cadence}\`: expected one of ${cadences.join(', ')}, or nothing`,
        );
        ok = false;
      }
      // Kept even when a cell is wrong (its error stops the scoring), so the warnings do not add "without evidence".
      judgement.evidence = [{ url, kind, ...(cadence ? { cadence } : {}), ...(asOf ? { asOf } : {}) }];
      if (ok && asOfCell) places.set(`${criterion === '' ? id : `${id}/${criterion}`}#asOf`, asOfCell);
    }
    const noteCell = cellOf(row, 'note');
    const note = noteCell?.value.trim() ?? '';
    // The checklist has no column of its own for why an item does not apply: its note says it.
    if (noteCell && note !== '') {
      if (judgement.status === 'not-applicable') judgement.reason = note;
      else judgement.note = note;
    }
    if (Object.keys(judgement).length === 0) continue;

    const entry = entries[id] ?? {};
    entries[id] = entry;
    if (criterion === '') {
      if ('status' in entry || 'evidence' in entry || 'note' in entry)
        error(idCell, `Milestone \`${id}\` has a second row of its own; put its status, evidence and note on one row`);
      Object.assign(entry, judgement);
      places.set(`${id}`, statusCell ?? idCell);
    } else {
      // A criterion's answer needs its status; a note or evidence alone is half an answer.
      if (judgement.status === undefined)
        error(
          statusCell ?? criterionCell,
          `No \`status\` for criterion \`${criterion}\`: a row with a note or evidence needs one of ${statuses.join(', ')}`,
        );
      const criteria = (entry.criteria ?? {}) as Record<string, unknown>;
      if (criterion in criteria)
        error(criterionCell, `Criterion \`${criterion}\` has a second row; an assessment marks it once`);
      criteria[criterion] = judgement;
      entry.criteria = criteria;
      places.set(`${id}/${criterion}`, statusCell ?? criterionCell);
      laterChecks.push({ cell: criterionCell, criterion });
    }
  }

  const checklistVersion = meta.get('rubric_version')?.value;
  // A criterion newer than the rubric version the checklist names: it is scored, but say where it comes from.
  for (const { cell, criterion } of laterChecks) {
    const owner = milestones.get(owners.get(criterion) ?? '');
    const introducedIn = owner?.criteria.find((c) => c.id === criterion)?.introducedIn;
    if (checklistVersion && introducedIn && compareVersions(introducedIn, checklistVersion) > 0)
      warn(
        cell,
        `Criterion \`${criterion}\` was added in rubric ${introducedIn}, after ${checklistVersion}, the version this checklist names`,
      );
  }

  const hypothetical = meta.get('hypothetical')?.value.toLowerCase();
  if (hypothetical !== undefined && !['true', 'yes', 'false', 'no'].includes(hypothetical))
    error(meta.get('hypothetical') as Cell, `\`hypothetical\` is \`${hypothetical}\`: expected yes or no`);
  const assessedOn = meta.get('assessed_on');
  if (assessedOn && !validDate(assessedOn.value))
    error(assessedOn, `\`assessed_on\` is \`${assessedOn.value}\`: expected the date of the assessment as YYYY-MM-DD`);
  const value = {
    arrangement: meta.get('arrangement')?.value,
    ...(hypothetical === 'true' || hypothetical === 'yes' ? { hypothetical: true } : {}),
    date: assessedOn?.value,
    assessor: meta.get('assessor')?.value,
    rubricVersion: checklistVersion,
    milestones: entries,
  };
  for (const [name, column] of [
    ['arrangement', 'arrangement'],
    ['assessor', 'assessor'],
    ['date', 'assessed_on'],
    ['rubricVersion', 'rubric_version'],
  ] as const) {
    if (value[name] === undefined) {
      const at = index.get(column);
      // The column's cell on the first row below the header, where it is usually filled in.
      const cell = at === undefined ? { line: 1, column: 1 } : (body[0]?.[at] ?? (header[at] as Cell));
      error(
        cell,
        `No \`${column}\`: fill it in on at least one row${at === undefined ? ` (add a \`${column}\` column)` : ''}`,
      );
    }
  }
  // A row with an error gets that error alone: a warning drawn from its half-read cells would only repeat it.
  const rowsWithErrors = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.line));
  for (const warning of consistencyWarnings(value, rubric, options)) {
    const [, id, part, criterion] = warning.path;
    const base = part === 'criteria' ? `${id}/${criterion}` : `${id}`;
    const cell =
      warning.key === 'rubricVersion'
        ? (meta.get('rubric_version') ?? { line: 2, column: 1 })
        : ((warning.key === 'asOf' ? places.get(`${base}#asOf`) : undefined) ??
          places.get(base) ?? { line: 1, column: 1 });
    if (warning.key !== 'rubricVersion' && rowsWithErrors.has(cell.line)) continue;
    if (warning.severity === 'error') error(cell, warning.message);
    else warn(cell, warning.message);
  }
  if (problems.some((p) => p.severity === 'error')) return { assessment: undefined, problems: sorted(problems) };
  const result = parseShape(assessmentSchema, value);
  if (!result.success) {
    // Every field was checked above; a shape problem left over is reported where the assessment starts.
    const issue = 'issues' in result ? result.issues[0] : undefined;
    error(
      { line: 2, column: 1 },
      `The checklist does not make an assessment: ${issue?.message ?? 'too deeply nested'}`,
    );
    return { assessment: undefined, problems: sorted(problems) };
  }
  return { assessment: result.data as Assessment, problems: sorted(problems) };
}

function sorted(problems: Problem[]): Problem[] {
  return problems.sort((a, b) =>
    a.severity === b.severity ? a.line - b.line || a.column - b.column : a.severity === 'error' ? -1 : 1,
  );
}
