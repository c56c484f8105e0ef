import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { type Problem, problemText } from '../../lib/assessments';

/**
 * How many problems are listed. A file with thousands of them would otherwise
 * put thousands of rows into the page; the count says how many more there are,
 * and `npx usd1-milestones assess` lists them all.
 */
export const SHOWN_PROBLEMS = 20;

/** Problems in a file, each with its place, as the CLI prints them. */
export default function ProblemList({ problems }: { problems: readonly Problem[] }): ReactNode {
  if (problems.length === 0) return null;
  const more = problems.length - SHOWN_PROBLEMS;
  return (
    <div className="alert alert--danger margin-bottom--md" role="alert">
      <ul className="assessment-problems" data-testid="problems">
        {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          // Two problems can share a place and a message; their order is theirs alone.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt, never reordered
          <li key={i}>{problemText(p)}</li>
        ))}
      </ul>
      {more > 0 && (
        <p data-testid="problems-more" className="margin-bottom--none">
          {translate(
            { id: 'problems.more', message: '… and {more} more ({all} in all). ' },
            { more: more.toLocaleString('en-US'), all: problems.length.toLocaleString('en-US') },
          )}
          <code>npx usd1-milestones assess</code>{' '}
          {translate({ id: 'problems.listsEvery', message: 'lists every one.' })}
        </p>
      )}
    </div>
  );
}
