import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { NextStep } from '@usd1-milestones/assess';
import type { ReactNode } from 'react';
import { rubric } from '../../lib/assessments';
import { criterionText, milestoneTitle, outcomeTitle } from '../../lib/shown';

/** How many steps show before the rest are counted; the CLI's reports list them all. */
const SHOWN_STEPS = 10;

/**
 * What would raise the profile, as every `usd1-milestones assess` report ends:
 * each criterion not met (or a milestone answered as a whole), with what
 * marking it met adds to its bucket's coverage, largest first.
 */
export default function NextSteps({ steps }: { steps: readonly NextStep[] }): ReactNode {
  if (steps.length === 0) return null;
  const milestones = new Map<string, (typeof rubric.milestones)[number]>(rubric.milestones.map((m) => [m.id, m]));
  return (
    <section data-testid="next-steps">
      <h2>{translate({ id: 'self.nextSteps', message: 'Next steps' })}</h2>
      <p>
        {translate({
          id: 'self.nextStepsNote',
          message:
            "What would raise the profile: each criterion not met (or a milestone answered as a whole), with what marking it met would add to its bucket's coverage.",
        })}
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{translate({ id: 'self.nextStepsAdds', message: 'Adds' })}</th>
              <th scope="col">{translate({ id: 'self.nextStepsWhat', message: 'Milestone or criterion' })}</th>
              <th scope="col">{translate({ id: 'self.nextStepsNow', message: 'Now' })}</th>
            </tr>
          </thead>
          <tbody>
            {steps.slice(0, SHOWN_STEPS).map((s) => {
              const m = milestones.get(s.milestone);
              const c = s.criterion === undefined ? undefined : m?.criteria.find((x) => x.id === s.criterion);
              return (
                <tr key={s.criterion ?? s.milestone} data-step={s.criterion ?? s.milestone}>
                  <td>{`+${(s.gain * 100).toFixed(1)}`}</td>
                  <td>
                    <Link to={`/next/milestones/${s.milestone}`}>{m ? milestoneTitle(m) : s.milestone}</Link>
                    {c && m ? (
                      <>
                        : {criterionText(m.id, c)} <code>{c.id}</code>
                      </>
                    ) : null}
                  </td>
                  <td>{outcomeTitle(s.status)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {steps.length > SHOWN_STEPS && (
        <p>
          {translate(
            {
              id: 'self.nextStepsMore',
              message: '{count} more; `usd1-milestones assess FILE` lists them all.',
            },
            { count: steps.length - SHOWN_STEPS },
          )}
        </p>
      )}
    </section>
  );
}
