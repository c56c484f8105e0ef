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
