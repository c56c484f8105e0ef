/**
 * How scores are worded, in one place for the CLI's reports, the chart and the
 * site, so that they all say the same for the same file.
 */
import type { GroupScore, Outcome } from './score.js';

export const outcomeTitles: Readonly<Record<Outcome, string>> = {
  met: 'Met',
  partial: 'Partial',
  'not-met': 'Not met',
  'not-disclosed': 'Not disclosed',
  'not-applicable': 'N/A',
  'not-assessed': 'Not assessed',
};

/**
 * A group's coverage as shown: a percentage; `n/a` when nothing in the group
 * applies; `not assessed` when nothing that applies has been assessed. The
 * last is not 0%: 0% says the milestones were assessed and none is met.
 */
export function coverageText(group: GroupScore | undefined): string {
  if (!group || group.coverage === null) return 'n/a';
  const applicable = Object.values(group.counts).reduce((n, c) => n + c, 0) - group.counts['not-applicable'];
  if (group.counts['not-assessed'] === applicable) return 'not assessed';
  return `${Math.round(group.coverage * 100)}%`;
}

/** What a column needs to be told apart from the others. */
export interface ColumnSource {
  readonly arrangement: string;
  readonly date: string;
  /** The file it was read from. */
  readonly file?: string;
}

/**
 * One heading per compared assessment, each different from the others: the
 * arrangement's name, with its date where two share a name (the same coin
 * assessed twice), and the file's name where they share the date too.
 */
export function columnLabels(columns: readonly ColumnSource[]): string[] {
  const count = (keyOf: (c: ColumnSource) => string) => {
    const seen = new Map<string, number>();
    for (const c of columns) seen.set(keyOf(c), (seen.get(keyOf(c)) ?? 0) + 1);
    return (c: ColumnSource) => seen.get(keyOf(c)) ?? 0;
  };
  const byName = count((c) => c.arrangement);
  const byNameAndDate = count((c) => `${c.arrangement}\u0000${c.date}`);
  return columns.map((c) => {
    if (byName(c) === 1) return c.arrangement;
    if (byNameAndDate(c) === 1 || c.file === undefined) return `${c.arrangement} (${c.date})`;
    return `${c.arrangement} (${c.date}, ${c.file})`;
  });
}
