import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import { columnLabels, type Outcome, type Scorecard } from '@usd1-milestones/assess';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import HistoryTimeline from '../components/assessment/HistoryTimeline';
import ProblemList from '../components/assessment/ProblemList';
import ProfileChart from '../components/assessment/ProfileChart';
import SignatureCheck from '../components/assessment/SignatureCheck';
import { type ReadAssessment, readAssessmentFile, rubric } from '../lib/assessments';
import { bucketTitle, coverageLabel, milestoneTitle, outcomeTitle } from '../lib/shown';
import { useRubricVersions } from '../lib/site-versions';
import { useExamples } from '../lib/use-examples';

/**
 * Arrangements side by side: the examples and any assessment files the
 * reader loads, scored in the browser by the package `usd1-milestones assess`
 * uses, so the figures are the ones it prints for the same files. Status is
 * shown as a colour and always as text.
 */
/**
 * One compared file, read and scored once when it is loaded. `key` is the
 * file's own (never its arrangement's name, which two files may share).
 */
interface Column {
  readonly key: string;
  readonly read: ReadAssessment;
}

/** A scored column with the heading that tells it apart from the others. */
interface Scored {
  readonly key: string;
  readonly card: Scorecard;
  readonly label: string;
}

const symbols: Readonly<Record<Outcome, string>> = {
  met: '●',
  partial: '◐',
  'not-met': '○',
  'not-disclosed': '?',
  'not-applicable': '–',
  'not-assessed': '·',
};

function Heatmap({ scored }: { scored: readonly Scored[] }): ReactNode {
  return (
    <div className="table-scroll">
      <table className="heatmap" data-testid="heatmap">
        <caption>
          {translate({
            id: 'compare.heatmapCaption',
            message: 'Status of each milestone, by bucket; each cell names the status in words as well as colour.',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{translate({ id: 'compare.milestone', message: 'Milestone' })}</th>
            {scored.map((f) => (
              <th scope="col" key={f.key}>
                {f.label}
              </th>
            ))}
          </tr>
        </thead>
        {rubric.buckets.map((b) => (
          <tbody key={b.id}>
            <tr className="heatmap__bucket">
              <th scope="rowgroup" colSpan={scored.length + 1}>{`${b.number}. ${bucketTitle(b)}`}</th>
            </tr>
            {rubric.milestones
              .filter((m) => m.bucket === b.id)
              .map((m) => (
                <tr key={m.id} data-milestone={m.id}>
                  <th scope="row">
                    <Link to={`/next/milestones/${m.id}`}>{`${m.number}. ${milestoneTitle(m)}`}</Link>
                  </th>
                  {scored.map((f) => {
                    const status = f.card.milestones[m.id]?.status ?? 'not-assessed';
                    return (
                      <td key={f.key} className={`heatmap__cell status-${status}`} data-status={status}>
                        <span aria-hidden="true">{symbols[status]}</span> {outcomeTitle(status)}
                      </td>
                    );
                  })}
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function ComparisonTable({ scored }: { scored: readonly Scored[] }): ReactNode {
  return (
    <div className="table-scroll">
      <table data-testid="comparison">
        <thead>
          <tr>
            <th scope="col">{translate({ id: 'assess.bucket', message: 'Bucket' })}</th>
            {scored.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rubric.buckets.map((b) => (
            <tr key={b.id} data-bucket={b.id}>
              <th scope="row">{bucketTitle(b)}</th>
              {scored.map((c) => (
                <td key={c.key}>{coverageLabel(c.card.buckets[b.id])}</td>
              ))}
            </tr>
          ))}
          <tr data-bucket="not-disclosed">
            <th scope="row">{translate({ id: 'compare.notDisclosed', message: 'Not disclosed (milestones)' })}</th>
            {scored.map((c) => (
              <td key={c.key}>{Object.values(c.card.buckets).reduce((n, g) => n + g.counts['not-disclosed'], 0)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export default function Compare(): ReactNode {
  const versions = useRubricVersions();
  const examples = useExamples();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(examples.map((e) => e.name)));
  const [uploaded, setUploaded] = useState<readonly Column[]>([]);
  // Each added file gets a key of its own, so the same file added twice is two columns.
  const nextKey = useRef(0);
  // Examples are read once; toggling one only chooses which columns show.
  const exampleColumns = useMemo(
    () =>
      examples.map((e) => ({
        key: `example:${e.name}`,
        name: e.name,
        read: readAssessmentFile(e.name, e.text, versions),
      })),
    [examples, versions],
  );
  const columns: readonly Column[] = [...exampleColumns.filter((c) => chosen.has(c.name)), ...uploaded];
  const withCards = columns.flatMap((c) => (c.read.card ? [{ key: c.key, file: c.read.name, card: c.read.card }] : []));
  const labels = columnLabels(
    withCards.map((c) => ({ arrangement: c.card.arrangement, date: c.card.date, file: c.file })),
  );
  const scored: Scored[] = withCards.map((c, i) => ({ ...c, label: labels[i] ?? c.card.arrangement }));
  const cards = scored.map((c) => c.card);
  const problems = columns.flatMap((c) => c.read.problems);

  return (
    <Layout
      title={translate({ id: 'compare.title', message: 'Compare arrangements' })}
      description={translate({
        id: 'compare.description',
        message: 'Assessments side by side, by risk bucket and milestone.',
      })}
    >
      <main className="container margin-vert--lg assessment-page">
        <h1>{translate({ id: 'compare.title', message: 'Compare arrangements' })}</h1>
        <p>
          {translate({
            id: 'compare.intro1',
            message: 'Put assessments side by side. The figures are computed in this browser by the package',
          })}{' '}
          <code>usd1-milestones assess</code>
          {translate({ id: 'compare.intro2', message: ' uses, so' })}{' '}
          <code>npx usd1-milestones assess a.yaml b.yaml</code>{' '}
          {translate({
            id: 'compare.intro3',
            message:
              'prints the same. Nothing leaves this browser. A profile, not a grade: compare across all buckets, not on any one.',
          })}
        </p>
        <fieldset className="assessment-milestone">
          <legend>{translate({ id: 'compare.assessments', message: 'Assessments' })}</legend>
          <div className="assessment-row">
            {examples.map((e) => (
              <label key={e.name} className="assessment-check">
                <input
                  type="checkbox"
                  data-testid={`example-${e.name}`}
                  checked={chosen.has(e.name)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(e.name);
                    else next.delete(e.name);
                    setChosen(next);
                  }}
                />{' '}
                {translate({ id: 'compare.example', message: 'Example {name} (hypothetical)' }, { name: e.name })}
              </label>
            ))}
            <label className="button button--secondary button--sm">
              {translate({ id: 'compare.add', message: 'Add assessment files' })}
              <input
                type="file"
                multiple
                accept=".yaml,.yml,.json,.csv"
                data-testid="files"
                hidden
                onChange={async (event) => {
                  const list = Array.from(event.target.files ?? []);
                  const texts = await Promise.all(list.map(async (f) => ({ name: f.name, text: await f.text() })));
                  const read = texts.map(({ name, text }) => ({
                    key: `added:${nextKey.current++}`,
                    read: readAssessmentFile(name, text, versions),
                  }));
                  setUploaded((before) => [...before, ...read]);
                  event.target.value = '';
                }}
              />
            </label>
            {uploaded.length > 0 && (
              <button
                type="button"
                className="button button--outline button--secondary button--sm"
                onClick={() => setUploaded([])}
              >
                {translate(
                  { id: 'compare.remove', message: 'Remove {count} added file(s)' },
                  { count: uploaded.length },
                )}
              </button>
            )}
          </div>
        </fieldset>
        <ProblemList problems={problems} />
        <SignatureCheck />
        {cards.length === 0 ? (
          <p data-testid="empty">
            {translate({ id: 'compare.empty', message: 'Choose an example or add an assessment file to compare.' })}
          </p>
        ) : (
          <>
            <h2>{translate({ id: 'compare.coverage', message: 'Coverage per bucket' })}</h2>
            <p>
              {translate({
                id: 'compare.coverageNote',
                message: 'Met counts 1 and partial 0.5, over the milestones that apply.',
              })}
            </p>
            <ProfileChart cards={cards} labels={labels} />
            <ComparisonTable scored={scored} />
            <h2>{translate({ id: 'compare.byMilestone', message: 'Milestone by milestone' })}</h2>
            <p className="heatmap-legend">
              {(Object.keys(symbols) as Outcome[]).map((o) => (
                <span key={o} className={`heatmap__cell status-${o}`}>
                  <span aria-hidden="true">{symbols[o]}</span> {outcomeTitle(o)}
                </span>
              ))}
            </p>
            <Heatmap scored={scored} />
            <HistoryTimeline
              files={columns.flatMap((c) =>
                c.read.assessment ? [{ file: c.read.name, assessment: c.read.assessment }] : [],
              )}
            />
          </>
        )}
      </main>
    </Layout>
  );
}
