/**
 * What the interactive pages show in the reader's language: the rubric's
 * names and texts (from the language's translation) and the words of an
 * outcome and a coverage. Ids and scores are the same in every language.
 */
import { translate } from '@docusaurus/Translate';
import { coverageText, type GroupScore, type Outcome, outcomeTitles } from '@usd1-milestones/assess';
import { rubric as shownRubric } from '@usd1-milestones/shown-rubric';

export { shownRubric };

const byId = <T extends { readonly id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
const milestones = byId(shownRubric.milestones);
const buckets = byId(shownRubric.buckets);

/** A milestone's title in the reader's language (the English one when its id is unknown here). */
export const milestoneTitle = (m: { readonly id: string; readonly title: string }): string =>
  milestones.get(m.id)?.title ?? m.title;

/** A criterion's text in the reader's language. */
export function criterionText(milestoneId: string, c: { readonly id: string; readonly text: string }): string {
  return milestones.get(milestoneId)?.criteria.find((x) => x.id === c.id)?.text ?? c.text;
}

/** A bucket's title in the reader's language. */
export const bucketTitle = (b: { readonly id: string; readonly title: string }): string =>
  buckets.get(b.id)?.title ?? b.title;

/** An outcome's name: `Met`, `Cumplido`. */
export function outcomeTitle(outcome: Outcome): string {
  return translate({ id: `outcome.${outcome}`, message: outcomeTitles[outcome] });
}

/** A group's coverage as shown: `67%`, `n/a`, `not assessed`, in the reader's language. */
export function coverageLabel(group: GroupScore | undefined): string {
  const text = coverageText(group);
  if (text === 'n/a') return translate({ id: 'coverage.na', message: 'n/a' });
  if (text === 'not assessed') return translate({ id: 'coverage.notAssessed', message: 'not assessed' });
  return text;
}
