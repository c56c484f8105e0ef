import { translate } from '@docusaurus/Translate';
import { outcomes, type Scorecard } from '@usd1-milestones/assess';
import type { ReactNode } from 'react';
import { rubric } from '../../lib/assessments';
import { bucketTitle, coverageLabel, outcomeTitle } from '../../lib/shown';

/** One scorecard's bucket profile: every outcome's count and the coverage, the table `assess` prints. */
export default function CoverageTable({ card }: { card: Scorecard }): ReactNode {
  return (
    <div className="table-scroll">
      <table data-testid="coverage">
        <thead>
          <tr>
            <th scope="col">{translate({ id: 'assess.bucket', message: 'Bucket' })}</th>
            {outcomes.map((o) => (
              <th scope="col" key={o}>
                {outcomeTitle(o)}
              </th>
            ))}
            <th scope="col">{translate({ id: 'assess.coverage', message: 'Coverage' })}</th>
          </tr>
        </thead>
        <tbody>
          {rubric.buckets.map((b) => {
            const group = card.buckets[b.id];
            return (
              <tr key={b.id} data-bucket={b.id}>
                <th scope="row">{bucketTitle(b)}</th>
                {outcomes.map((o) => (
                  <td key={o}>{group?.counts[o] ?? 0}</td>
                ))}
                <td data-testid={`coverage-${b.id}`}>{coverageLabel(group)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
