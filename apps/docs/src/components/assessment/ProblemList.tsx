import type { ReactNode } from 'react';
import { type Problem, problemText } from '../../lib/assessments';

/** Problems in a file, each with its place, as the CLI prints them. */
export default function ProblemList({ problems }: { problems: readonly Problem[] }): ReactNode {
  if (problems.length === 0) return null;
  return (
    <div className="alert alert--danger margin-bottom--md" role="alert">
      <ul className="assessment-problems" data-testid="problems">
        {problems.map((p) => (
          <li key={`${p.file}:${p.line}:${p.column}:${p.message}`}>{problemText(p)}</li>
        ))}
      </ul>
    </div>
  );
}
