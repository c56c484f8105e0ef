import { coverageText, outcomes, outcomeTitles, type Scorecard } from '@usd1-milestones/assess';
import type { ReactNode } from 'react';
import { rubric } from '../../lib/assessments';

/** One scorecard's bucket profile: every outcome's count and the coverage, the table `assess` prints. */
export default function CoverageTable({ card }: { card: Scorecard }): ReactNode {
  return (
    <div className="table-scroll">
      <table data-testid="coverage">
        <thead>
          <tr>
            <th scope="col">Bucket</th>
            {outcomes.map((o) => (
              <th scope="col" key={o}>
                {outcomeTitles[o]}
              </th>
            ))}
            <th scope="col">Coverage</th>
          </tr>
        </thead>
        <tbody>
          {rubric.buckets.map((b) => {
            const group = card.buckets[b.id];
            return (
              <tr key={b.id} data-bucket={b.id}>
                <th scope="row">{b.title}</th>
                {outcomes.map((o) => (
                  <td key={o}>{group?.counts[o] ?? 0}</td>
                ))}
                <td data-testid={`coverage-${b.id}`}>{coverageText(group)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
