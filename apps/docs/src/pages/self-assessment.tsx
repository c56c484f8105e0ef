import ErrorBoundary from '@docusaurus/ErrorBoundary';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import {
  type Assessment,
  consistencyWarnings,
  cyclonedxAttestation,
  type Evidence,
  type EvidenceKind,
  evidenceKinds,
  evidenceSchema,
  fillChecklist,
  migrateAssessment,
  nextSteps,
  oscalAssessmentResults,
  type Status,
  statuses,
} from '@usd1-milestones/assess';
import type { Milestone } from '@usd1-milestones/rubric';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { stringify } from 'yaml';
import CoverageTable from '../components/assessment/CoverageTable';
import NextSteps from '../components/assessment/NextSteps';
import ProblemList, { SHOWN_PROBLEMS } from '../components/assessment/ProblemList';
import ProfileChart from '../components/assessment/ProfileChart';
import TargetGaps from '../components/assessment/TargetGaps';
import { type Problem, type Rubric, readAssessmentFile, rubric, score } from '../lib/assessments';
import { blankState, type Entry, restoreState, type State } from '../lib/saved-state';
import { bucketTitle, criterionText, milestoneTitle } from '../lib/shown';
import { useRubricVersions } from '../lib/site-versions';
import { useExamples } from '../lib/use-examples';

/**
 * Self-assessment in the browser, on the same packages as `usd1-milestones
 * assess`: mark each milestone or each of its criteria, see the bucket
 * profile update, keep progress in this browser, and export or import the
 * YAML file the CLI reads.
 */
const STORAGE_KEY = 'usd1-milestones:self-assessment';

const today = () => new Date().toISOString().slice(0, 10);
const blank = (): State => blankState(rubric, today());

/** Why `assess` would reject an evidence URL (the schema's own message), or undefined. */
function urlProblem(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const result = evidenceSchema.shape.url.safeParse(url);
  return result.success
    ? undefined
    : (result.error.issues[0]?.message ?? 'Expected an http(s) URL, or a path relative to the assessment file');
}

/** A criterion's answer with its reason only while it says `not-applicable` (the reason of an earlier choice is dropped). */
function withReason<T extends { status?: string | undefined; reason?: string | undefined }>(answer: T): T {
  if (answer.status === 'not-applicable' && answer.reason) return answer;
  const { reason: _dropped, ...rest } = answer;
  return rest as T;
}

/** Why an item does not apply: `assess` refuses `not-applicable` without it. */
function ReasonField(props: {
  testId: string;
  value: string | undefined;
  onChange: (reason: string) => void;
}): ReactNode {
  return (
    <label className="assessment-field assessment-field--wide">
      <span>{translate({ id: 'self.reason', message: 'Why it does not apply' })}</span>
      <input data-testid={props.testId} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)} />
    </label>
  );
}

/** The state as an assessment file: empty fields left out, exactly what the CLI reads. */
function toAssessment(state: State): Assessment {
  const milestones: Record<string, Entry> = {};
  for (const [id, entry] of Object.entries(state.milestones)) {
    const criteria = Object.fromEntries(
      Object.entries(entry.criteria ?? {})
        .filter(([, c]) => c.status)
        .map(([id, c]) => [id, withReason(c)]),
    );
    const hasCriteria = Object.keys(criteria).length > 0;
    // A milestone assessed only through its criteria has no status of its own; keep it.
    if (!entry.status && !hasCriteria) continue;
    const item: Entry = entry.status ? { status: entry.status } : {};
    if (hasCriteria) item.criteria = criteria;
    const evidence = entry.evidence?.filter((e) => e.url) ?? [];
    if (evidence.length > 0) item.evidence = evidence;
    if (entry.note) item.note = entry.note;
    if (entry.status === 'not-applicable' && entry.reason) item.reason = entry.reason;
    milestones[id] = item;
  }
  return {
    arrangement: state.arrangement || 'Unnamed arrangement',
    ...(state.hypothetical ? { hypothetical: true } : {}),
    date: state.date,
    assessor: state.assessor || 'Anonymous',
    rubricVersion: state.rubricVersion,
    milestones,
  } as Assessment;
}

const fromAssessment = (assessment: Assessment): State => ({
  ...blank(),
  ...assessment,
  milestones: structuredClone(assessment.milestones) as Record<string, Entry>,
});

/** A status as the form shows it: its YAML value in English, its name in another language. */
const statusLabel = (status: string): string => translate({ id: `status.${status}`, message: status });

function StatusSelect(props: {
  label: string;
  value: Status | undefined;
  testId: string;
  onChange: (status: Status | undefined) => void;
}): ReactNode {
  return (
    <label className="assessment-field">
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.target.value || undefined) as Status | undefined)}
      >
        <option value="">{translate({ id: 'status.none', message: 'not assessed' })}</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </select>
    </label>
  );
}

function MilestoneFields(props: {
  milestone: Milestone;
  entry: Entry;
  date: string;
  derived: string;
  update: (patch: Partial<Entry>) => void;
}): ReactNode {
  const { milestone: m, entry, update } = props;
  const evidence: Partial<Evidence> = entry.evidence?.[0] ?? {};
  const badUrl = urlProblem(evidence.url);
  const setEvidence = (patch: Partial<Evidence>) =>
    update({ evidence: [{ url: '', kind: 'policy', asOf: props.date, ...evidence, ...patch } as Evidence] });
  return (
    <fieldset className="assessment-milestone" data-milestone={m.id}>
      <legend>
        <Link to={`/next/milestones/${m.id}`}>{`${m.number}. ${milestoneTitle(m)}`}</Link>
      </legend>
      <div className="assessment-row">
        <StatusSelect
          label={translate({ id: 'self.milestoneStatus', message: 'Milestone status' })}
          testId={`status-${m.id}`}
          value={entry.status}
          onChange={(status) => update({ status })}
        />
        <span className="assessment-derived" data-testid={`outcome-${m.id}`}>
          {translate({ id: 'self.scoredAs', message: 'Scored as: {status}' }, { status: statusLabel(props.derived) })}
        </span>
        {entry.status === 'not-applicable' && (
          <ReasonField testId={`reason-${m.id}`} value={entry.reason} onChange={(reason) => update({ reason })} />
        )}
      </div>
      <details>
        <summary>
          {translate(
            {
              id: 'self.criteria',
              message:
                "Criteria ({count}): mark each one; the milestone's status follows from them when it has none of its own",
            },
            { count: m.criteria.length },
          )}
        </summary>
        <ul className="assessment-criteria">
          {m.criteria.map((c) => (
            <li key={c.id}>
              <StatusSelect
                label={criterionText(m.id, c)}
                testId={`criterion-${m.id}-${c.id}`}
                value={entry.criteria?.[c.id]?.status}
                onChange={(status) =>
                  update({ criteria: { ...entry.criteria, [c.id]: { ...entry.criteria?.[c.id], status } } })
                }
              />
              {entry.criteria?.[c.id]?.status === 'not-applicable' && (
                <ReasonField
                  testId={`reason-${c.id}`}
                  value={entry.criteria?.[c.id]?.reason}
                  onChange={(reason) =>
                    update({
                      criteria: {
                        ...entry.criteria,
                        [c.id]: { ...entry.criteria?.[c.id], status: 'not-applicable', reason },
                      },
                    })
                  }
                />
              )}
            </li>
          ))}
        </ul>
      </details>
      <div className="assessment-row">
        <label className="assessment-field">
          <span>{translate({ id: 'self.evidenceUrl', message: 'Evidence URL' })}</span>
          <input
            type="url"
            data-testid={`evidence-url-${m.id}`}
            value={evidence.url ?? ''}
            aria-invalid={badUrl ? true : undefined}
            aria-describedby={badUrl ? `evidence-problem-${m.id}` : undefined}
            onChange={(e) => setEvidence({ url: e.target.value })}
          />
          {badUrl && (
            <span
              className="assessment-invalid"
              id={`evidence-problem-${m.id}`}
              data-testid={`evidence-problem-${m.id}`}
            >
              {translate(
                { id: 'self.badUrl', message: '{problem}; `usd1-milestones assess` rejects a file with this URL' },
                { problem: badUrl },
              )}
            </span>
          )}
        </label>
        <label className="assessment-field">
          <span>{translate({ id: 'self.kind', message: 'Kind' })}</span>
          <select
            value={evidence.kind ?? 'policy'}
            onChange={(e) => setEvidence({ kind: e.target.value as EvidenceKind })}
          >
            {evidenceKinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label className="assessment-field">
          <span>{translate({ id: 'self.asOf', message: 'As of' })}</span>
          <input type="date" value={evidence.asOf ?? ''} onChange={(e) => setEvidence({ asOf: e.target.value })} />
        </label>
        <label className="assessment-field assessment-field--wide">
          <span>{translate({ id: 'self.note', message: 'Note' })}</span>
          <input value={entry.note ?? ''} onChange={(e) => update({ note: e.target.value })} />
        </label>
      </div>
    </fieldset>
  );
}

/**
 * Whatever goes wrong in the form, the reader can start over: the fallback
 * clears the saved progress that may have caused it.
 */
export default function SelfAssessment(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'self.title', message: 'Self-assessment' })}
      description={translate({
        id: 'self.description',
        message: 'Assess an arrangement against the milestones in your browser.',
      })}
    >
      <ErrorBoundary
        fallback={({ error, tryAgain }) => (
          <main className="container margin-vert--lg assessment-page">
            <h1>{translate({ id: 'self.title', message: 'Self-assessment' })}</h1>
            <div className="alert alert--danger" role="alert" data-testid="crashed">
              <p>
                {translate({ id: 'self.crashed', message: 'The form stopped: {message}' }, { message: error.message })}
              </p>
              <button
                type="button"
                className="button button--primary button--sm"
                data-testid="reset"
                onClick={() => {
                  window.localStorage.removeItem(STORAGE_KEY);
                  tryAgain();
                }}
              >
                {translate({ id: 'self.startOver', message: 'Start over' })}
              </button>
            </div>
          </main>
        )}
      >
        <SelfAssessmentForm />
      </ErrorBoundary>
    </Layout>
  );
}

function SelfAssessmentForm(): ReactNode {
  const versions = useRubricVersions();
  const examples = useExamples();
  const [state, setState] = useState<State>(blank);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  // A file from an older release, which `usd1-milestones assess migrate` would carry to this one.
  const [upgrade, setUpgrade] = useState<{ assessment: Assessment; from: string } | undefined>();
  const [upgraded, setUpgraded] = useState<readonly string[]>([]);

  useEffect(() => {
    let saved: string | null = null;
    try {
      saved = window.localStorage.getItem(STORAGE_KEY);
    } catch {
      // Blocked storage: nothing was saved.
    }
    const restored = restoreState(saved, rubric, today());
    setState(restored.state);
    setNotice(restored.notice);
    setLoaded(true);
  }, []);
  useEffect(() => {
    if (!loaded) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Full or blocked storage: the form still works; progress is not kept.
    }
  }, [state, loaded]);

  const assessment = useMemo(() => toAssessment(state), [state]);
  const card = useMemo(() => score(assessment), [assessment]);
  const steps = useMemo(() => nextSteps(assessment, rubric), [assessment]);
  // The same answer warnings `usd1-milestones assess` prints (assessment-consistency), for the form as it stands.
  const warnings = useMemo(() => consistencyWarnings(assessment, rubric, { today: today() }), [assessment]);

  const setMilestone = (id: string, patch: Partial<Entry>) =>
    setState((s) => ({ ...s, milestones: { ...s.milestones, [id]: { ...s.milestones[id], ...patch } } }));
  const importText = (text: string, name: string) => {
    const result = readAssessmentFile(name, text, versions);
    setProblems(result.problems);
    setUpgraded([]);
    setUpgrade(undefined);
    if (result.assessment) {
      setState(fromAssessment(result.assessment));
      setNotice(undefined);
      const from = result.assessment.rubricVersion;
      if (from !== rubric.version && versions.includes(from)) setUpgrade({ assessment: result.assessment, from });
    }
  };
  // The same migration as the CLI, from the older release's data the site publishes.
  const carryForward = async () => {
    if (!upgrade) return;
    try {
      const response = await fetch(`/data/${upgrade.from}/rubric.json`);
      if (!response.ok) throw new Error(`rubric ${upgrade.from} is not on this site (HTTP ${response.status})`);
      const from = (await response.json()) as Rubric;
      const migration = migrateAssessment(upgrade.assessment, from, rubric);
      setState(fromAssessment(migration.assessment));
      const count = (action: string) => migration.steps.filter((s) => s.action === action).length;
      setUpgraded([
        `Carried from rubric ${migration.from} to ${migration.to}: ${migration.steps.length} answers, ${count('kept')} kept as they were, ${count('review')} to review.`,
        ...migration.steps.filter((s) => s.reason).map((s) => `${s.id}: ${s.reason}`),
        ...migration.notAssessed.map((n) => `Not assessed yet: ${n.message}`),
      ]);
      setUpgrade(undefined);
    } catch (error) {
      setUpgraded([`Could not carry the file forward: ${(error as Error).message}`]);
    }
  };
  const fileName = (extension: string) =>
    `${(state.arrangement || 'assessment').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${extension}`;
  const download = (text: string, type: string, name: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const exportYaml = () => download(stringify(toAssessment(state)), 'application/yaml', fileName('yaml'));
  // The same documents `usd1-milestones assess --format oscal-ar` and `--format cyclonedx` write for the file.
  const exportOscal = () => {
    const assessment = toAssessment(state);
    const document = oscalAssessmentResults([{ assessment, card: score(assessment) }], rubric);
    download(`${JSON.stringify(document, null, 2)}\n`, 'application/json', fileName('oscal-ar.json'));
  };
  const exportCyclonedx = () =>
    download(
      `${JSON.stringify(cyclonedxAttestation(toAssessment(state), rubric), null, 2)}\n`,
      'application/vnd.cyclonedx+json',
      fileName('cdx.json'),
    );
  // The blank checklist of the data this page scores with (Next), filled in with this assessment.
  const exportCsv = async () => {
    const blank = await (await fetch('/data/next/checklist.csv')).text();
    download(fillChecklist(blank, toAssessment(state)), 'text/csv', fileName('csv'));
  };

  return (
    <main className="container margin-vert--lg assessment-page">
      <h1>{translate({ id: 'self.title', message: 'Self-assessment' })}</h1>
      <p>
        {translate({
          id: 'self.intro1',
          message:
            'Mark each milestone, or each of its criteria, with what the evidence shows. Everything stays in this browser. The file you export is the one',
        })}{' '}
        <code>usd1-milestones assess</code>
        {translate({
          id: 'self.intro2',
          message:
            ' reads, and the scores here are computed by the same package. This is a profile, not a grade, and not advice.',
        })}
      </p>
      <div className="assessment-row">
        {(
          [
            ['arrangement', translate({ id: 'self.arrangement', message: 'Arrangement' }), 'text'],
            ['assessor', translate({ id: 'self.assessor', message: 'Assessor' }), 'text'],
            ['date', translate({ id: 'self.date', message: 'Date' }), 'date'],
          ] as const
        ).map(([field, label, type]) => (
          <label key={field} className="assessment-field">
            <span>{label}</span>
            <input
              type={type}
              data-testid={field}
              value={state[field]}
              onChange={(e) => setState({ ...state, [field]: e.target.value })}
            />
          </label>
        ))}
      </div>
      {/* The actions in the order a first-time assessor takes them: start from something, save what was done, or start over. */}
      <div className="assessment-actions" data-testid="toolbar">
        <fieldset className="assessment-actions__group">
          <legend className="assessment-actions__label">
            {translate({ id: 'self.groupLoad', message: '1. Start from' })}
          </legend>
          {examples.map((example) => (
            <button
              key={example.name}
              type="button"
              className="button button--secondary button--sm"
              data-testid={`example-${example.name}`}
              onClick={() => importText(example.text, example.name)}
            >
              {translate(
                { id: 'self.loadExample', message: 'Load example {name} (hypothetical)' },
                { name: example.name },
              )}
            </button>
          ))}
          <label className="button button--secondary button--sm">
            {translate({ id: 'self.import', message: 'Import YAML or CSV' })}
            <input
              type="file"
              accept=".yaml,.yml,.json,.csv"
              data-testid="import"
              hidden
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) importText(await file.text(), file.name);
              }}
            />
          </label>
        </fieldset>
        <fieldset className="assessment-actions__group">
          <legend className="assessment-actions__label">
            {translate({ id: 'self.groupExport', message: '2. Save your answers' })}
          </legend>
          {(
            [
              ['export', translate({ id: 'self.exportYaml', message: 'Export YAML' }), exportYaml],
              ['export-csv', translate({ id: 'self.exportCsv', message: 'Export CSV checklist' }), exportCsv],
              [
                'export-oscal-ar',
                translate({ id: 'self.exportOscalAr', message: 'Export OSCAL assessment results' }),
                exportOscal,
              ],
              [
                'export-cyclonedx',
                translate({ id: 'self.exportCyclonedx', message: 'Export CycloneDX attestation' }),
                exportCyclonedx,
              ],
            ] as const
          ).map(([testId, label, action], i) => (
            // The file `usd1-milestones assess` reads comes first; the others are what it writes.
            <button
              key={testId}
              type="button"
              className={`button ${i === 0 ? 'button--primary' : 'button--secondary'} button--sm`}
              data-testid={testId}
              onClick={action}
            >
              {label}
            </button>
          ))}
        </fieldset>
        <fieldset className="assessment-actions__group">
          <legend className="assessment-actions__label">{translate({ id: 'self.groupOther', message: 'Also' })}</legend>
          <button
            type="button"
            className="button button--outline button--secondary button--sm"
            data-testid="reset"
            onClick={() => {
              setState(blank());
              setProblems([]);
              setNotice(undefined);
            }}
          >
            {translate({ id: 'self.startOver', message: 'Start over' })}
          </button>
          <a className="button button--link button--sm" href="/data/latest/checklist.csv" download>
            {translate({ id: 'self.blankCsv', message: 'Blank CSV checklist' })}
          </a>
          <a className="button button--link button--sm" href="/data/latest/oscal-catalog.json" download>
            {translate({ id: 'self.oscal', message: 'OSCAL catalog' })}
          </a>
        </fieldset>
      </div>
      {notice && (
        <div className="alert alert--warning margin-bottom--md" role="status" data-testid="notice">
          {notice}
        </div>
      )}
      <ProblemList problems={problems} />
      {upgrade && (
        <div className="alert alert--info margin-bottom--md" role="status" data-testid="upgrade">
          <p className="margin-bottom--sm">
            {translate(
              {
                id: 'self.upgrade1',
                message:
                  'This file was made against rubric {from}; this page scores with {to}. Its answers can be carried to {to} as',
              },
              { from: upgrade.from, to: rubric.version },
            )}{' '}
            <code>usd1-milestones assess migrate</code>
            {translate({
              id: 'self.upgrade2',
              message:
                ' does: ids follow the rubric, answers whose criteria changed meaning are listed for review, new criteria are left to assess.',
            })}
          </p>
          <button
            type="button"
            className="button button--primary button--sm"
            data-testid="upgrade-button"
            onClick={carryForward}
          >
            {translate({ id: 'self.carry', message: 'Carry it to {version}' }, { version: rubric.version })}
          </button>
        </div>
      )}
      {upgraded.length > 0 && (
        <div className="alert alert--secondary margin-bottom--md" role="status">
          <ul className="assessment-problems" data-testid="upgrade-report">
            {upgraded.slice(0, SHOWN_PROBLEMS).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="alert alert--warning margin-bottom--md" role="status">
          <p className="margin-bottom--sm">
            <code>usd1-milestones assess</code>{' '}
            {warnings.some((w) => w.severity === 'error')
              ? translate({
                  id: 'self.refuse',
                  message:
                    'would refuse the exported file until what is marked "must fix" is fixed, and warn on the rest:',
                })
              : warnings.length === 1
                ? translate({ id: 'self.warnOne', message: 'would warn on this answer:' })
                : translate({ id: 'self.warnMany', message: 'would warn on these answers:' })}
          </p>
          <ul className="assessment-problems" data-testid="answer-warnings">
            {warnings.slice(0, SHOWN_PROBLEMS).map((w) => (
              <li key={`${w.path.join('/')}#${w.key}:${w.message}`}>
                {w.severity === 'error' && (
                  <strong data-testid="must-fix">{translate({ id: 'self.mustFix', message: 'Must fix:' })} </strong>
                )}
                {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>{translate({ id: 'self.bucketProfile', message: 'Bucket profile' })}</h2>
      <p>
        {translate({
          id: 'self.bucketProfileNote',
          message:
            'Coverage counts met as 1 and partial as 0.5 over the milestones that apply. A bucket where nothing has been assessed says so instead of showing 0%.',
        })}
      </p>
      <ProfileChart cards={[card]} />
      <CoverageTable card={card} />
      <NextSteps steps={steps} />
      <TargetGaps assessment={assessment} versions={versions} />
      {rubric.buckets.map((b) => (
        <section key={b.id}>
          <h2>{`${b.number}. ${bucketTitle(b)}`}</h2>
          {rubric.milestones
            .filter((m) => m.bucket === b.id)
            .map((m) => (
              <MilestoneFields
                key={m.id}
                milestone={m}
                entry={state.milestones[m.id] ?? {}}
                date={state.date}
                derived={card.milestones[m.id]?.status ?? 'not-assessed'}
                update={(patch) => setMilestone(m.id, patch)}
              />
            ))}
        </section>
      ))}
    </main>
  );
}
