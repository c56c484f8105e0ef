import { useVersions } from '@docusaurus/plugin-content-docs/client';
import { translate } from '@docusaurus/Translate';
import { type Assessment, assessmentHistory, type History } from '@usd1-milestones/assess';
import { type ReactNode, useEffect, useState } from 'react';
import type { Rubric } from '../../lib/assessments';
import { rubric } from '../../lib/assessments';
import { bucketTitle, outcomeTitle } from '../../lib/shown';

export interface Dated {
  readonly file: string;
  readonly assessment: Assessment;
}

/**
 * The history `usd1-milestones assess history` shows, for each arrangement
 * that two or more compared files assess: every file carried to the newest
 * release (fetched from this site's /data/<version>/rubric.json, as the
 * self-assessment page carries a file forward), each bucket's coverage per date,
 * and every status that changed.
 */
export default function HistoryTimeline({ files }: { files: readonly Dated[] }): ReactNode {
  const released = useVersions(undefined)
    .map((v) => v.name)
    .filter((name) => name !== 'current');
  const [histories, setHistories] = useState<readonly History[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const groups = new Map<string, Dated[]>();
  for (const f of files) groups.set(f.assessment.arrangement, [...(groups.get(f.assessment.arrangement) ?? []), f]);
  const shared = [...groups.values()].filter((g) => g.length >= 2);
  const key = JSON.stringify(shared.map((g) => g.map((f) => [f.file, f.assessment.date, f.assessment.rubricVersion])));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `shared`, which is rebuilt every render.
  useEffect(() => {
    let current = true;
    setProblem(undefined);
    if (shared.length === 0) {
      setHistories([]);
      return;
    }
    const newest = released[0];
    const needed = new Set([
      ...shared.flatMap((g) => g.map((f) => f.assessment.rubricVersion)),
      ...(newest ? [newest] : []),
    ]);
    Promise.all(
      [...needed].map(async (version) => {
        const response = await fetch(`/data/${version}/rubric.json`);
        if (!response.ok) throw new Error(`rubric ${version} is not on this site (HTTP ${response.status})`);
        return [version, (await response.json()) as Rubric] as const;
      }),
    ).then(
      (pairs) => {
        if (!current) return;
        const releases = new Map(pairs.filter(([version]) => released.includes(version)));
        try {
          setHistories(shared.map((g) => assessmentHistory(g, releases)));
        } catch (error) {
          setProblem((error as Error).message);
        }
      },
      (error: unknown) => {
        if (current) setProblem((error as Error).message);
      },
    );
    return () => {
      current = false;
    };
  }, [key]);

  if (shared.length === 0) return null;
  return (
    <section data-testid="history">
      <h2>{translate({ id: 'compare.history', message: 'Over time' })}</h2>
      <p>
        {translate({
          id: 'compare.historyNote',
          message:
            'Files that assess the same arrangement, each carried to the newest release and scored against it, as `usd1-milestones assess history` shows them.',
        })}
      </p>
      {problem && (
        <p className="alert alert--warning" role="status">
          {problem}
        </p>
      )}
      {histories.map((h) => (
        <div key={h.arrangement} className="table-scroll">
          <h3>{h.arrangement}</h3>
          <table data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">{translate({ id: 'compare.historyDate', message: 'Date' })}</th>
                <th scope="col">{translate({ id: 'compare.historyMadeWith', message: 'Made with' })}</th>
                {rubric.buckets.map((b) => (
                  <th scope="col" key={b.id}>
                    {bucketTitle(b)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {h.points.map((p) => (
                <tr key={`${p.date}:${p.file}`}>
                  <th scope="row">{`${p.date} (${p.file})`}</th>
                  <td>{p.madeWith}</td>
                  {rubric.buckets.map((b) => (
                    <td key={b.id}>{percent(p.buckets[b.id])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <ul data-testid="history-changes">
            {h.changes.map((c) => (
              <li key={`${c.date}:${c.criterion ?? c.milestone}`}>
                {c.date}: <code>{c.criterion ?? c.milestone}</code> {outcomeTitle(c.from)} → {outcomeTitle(c.to)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** A coverage as the comparison table shows one: a whole percent, or n/a where nothing in the bucket applies. */
function percent(value: number | null | undefined): string {
  return value === null || value === undefined
    ? translate({ id: 'coverage.na', message: 'n/a' })
    : `${Math.round(value * 100)}%`;
}
