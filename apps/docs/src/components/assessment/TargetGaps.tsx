import { translate } from '@docusaurus/Translate';
import { type Assessment, parseTarget, type Target, targetGaps } from '@usd1-milestones/assess';
import { type ReactNode, useState } from 'react';
import { type Problem, rubric } from '../../lib/assessments';
import { outcomeTitle } from '../../lib/shown';
import ProblemList from './ProblemList';

/**
 * A target profile against the assessment in the form: where it falls short,
 * and nothing else, as `usd1-milestones assess FILE --target PROFILE` reports
 * (the same package reads the profile, with the same problems and positions).
 */
export default function TargetGaps({
  assessment,
  versions,
}: {
  assessment: Assessment;
  versions: readonly string[];
}): ReactNode {
  const [target, setTarget] = useState<Target | undefined>();
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const gaps = target ? targetGaps(assessment, target, rubric) : [];
  return (
    <section data-testid="target">
      <h2>{translate({ id: 'self.target', message: 'Against a target profile' })}</h2>
      <p>
        {translate({
          id: 'self.targetNote',
          message:
            'A target asks for a status per bucket, milestone or criterion (see examples/targets/ in the repository). Load one to see where these answers fall short of it, and nothing else.',
        })}
      </p>
      <label className="button button--secondary button--sm">
        {translate({ id: 'self.targetLoad', message: 'Load a target profile (YAML)' })}
        <input
          type="file"
          accept=".yaml,.yml,.json"
          data-testid="target-file"
          hidden
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            const read = parseTarget(await file.text(), file.name, rubric, { versions });
            setProblems(read.problems);
            setTarget(read.target);
            event.target.value = '';
          }}
        />
      </label>
      <ProblemList problems={problems} />
      {target &&
        (gaps.length === 0 ? (
          <p data-testid="target-met">
            {translate(
              { id: 'self.targetMet', message: 'No gaps: these answers meet the target {name}.' },
              { name: target.target },
            )}
          </p>
        ) : (
          <div className="table-scroll">
            <table data-testid="target-gaps">
              <caption>{target.target}</caption>
              <thead>
                <tr>
                  <th scope="col">{translate({ id: 'self.targetMilestone', message: 'Milestone' })}</th>
                  <th scope="col">{translate({ id: 'self.targetCriterion', message: 'Criterion' })}</th>
                  <th scope="col">{translate({ id: 'self.targetWant', message: 'Target' })}</th>
                  <th scope="col">{translate({ id: 'self.targetHave', message: 'Now' })}</th>
                </tr>
              </thead>
              <tbody>
                {gaps.map((g) => (
                  <tr key={g.criterion ?? g.milestone}>
                    <td>
                      <code>{g.milestone}</code>
                    </td>
                    <td>{g.criterion ? <code>{g.criterion}</code> : ''}</td>
                    <td>{outcomeTitle(g.want)}</td>
                    <td>{outcomeTitle(g.have)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
