import examples from '@site/src/generated/examples.json';
import Layout from '@theme/Layout';
import { parseAssessment, profileSvg, scoreAssessment } from '@usd1-milestones/assess';
import { rubric } from '@usd1-milestones/rubric';
import { useEffect, useMemo, useState } from 'react';
import { stringify } from 'yaml';

/**
 * Self-assessment in the browser, on the same packages as `usd1-milestones
 * assess`: mark each milestone, see the bucket profile update, keep progress in
 * this browser, and export or import the YAML file the CLI reads.
 */
const STORAGE_KEY = 'usd1-milestones:self-assessment';
const statuses = ['met', 'partial', 'not-met', 'not-disclosed', 'not-applicable'];
const kinds = ['policy', 'attestation', 'audit', 'proof-of-reserves', 'on-chain', 'report', 'other'];

const blank = () => ({
  arrangement: '',
  date: new Date().toISOString().slice(0, 10),
  assessor: '',
  rubricVersion: rubric.version,
  milestones: {},
});

/** The state as an assessment file: empty fields left out, exactly what the CLI reads. */
function toAssessment(state) {
  const milestones = {};
  for (const [id, entry] of Object.entries(state.milestones)) {
    // A milestone assessed only through its criteria has no status of its own; keep it.
    const hasCriteria = entry.criteria && Object.keys(entry.criteria).length > 0;
    if (!entry.status && !hasCriteria) continue;
    const item = entry.status ? { status: entry.status } : {};
    if (hasCriteria) item.criteria = entry.criteria;
    if (entry.evidence?.length) item.evidence = entry.evidence.filter((e) => e.url);
    if (item.evidence?.length === 0) delete item.evidence;
    if (entry.note) item.note = entry.note;
    milestones[id] = item;
  }
  return {
    arrangement: state.arrangement || 'Unnamed arrangement',
    ...(state.hypothetical ? { hypothetical: true } : {}),
    date: state.date,
    assessor: state.assessor || 'Anonymous',
    rubricVersion: state.rubricVersion,
    milestones,
  };
}

function fromAssessment(assessment) {
  return { ...blank(), ...assessment, milestones: structuredClone(assessment.milestones) };
}

export default function SelfAssessment() {
  const [state, setState] = useState(blank);
  const [problems, setProblems] = useState([]);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(STORAGE_KEY);
      if (saved) setState(JSON.parse(saved));
    } catch {
      // Corrupt or blocked storage: start blank.
    }
    setLoaded(true);
  }, []);
  useEffect(() => {
    if (loaded) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  }, [state, loaded]);

  const assessment = useMemo(() => toAssessment(state), [state]);
  const card = useMemo(() => scoreAssessment(assessment, rubric), [assessment]);

  const setMilestone = (id, patch) =>
    setState((s) => ({ ...s, milestones: { ...s.milestones, [id]: { ...s.milestones[id], ...patch } } }));
  const importText = (text, name) => {
    const result = parseAssessment(text, name, rubric);
    setProblems(result.problems);
    if (result.assessment) setState(fromAssessment(result.assessment));
  };
  const exportYaml = () => {
    const blob = new Blob([stringify(toAssessment(state))], { type: 'application/yaml' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${(state.arrangement || 'assessment').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yaml`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <Layout title="Self-assessment" description="Assess an arrangement against the milestones in your browser.">
      <main className="container margin-vert--lg self-assessment">
        <h1>Self-assessment</h1>
        <p>
          Mark each milestone with what the evidence shows. Everything stays in this browser. The file you export is the
          one <code>usd1-milestones assess</code> reads, and the scores here are computed by the same package. This is a
          profile, not a grade, and not advice.
        </p>
        <div className="self-assessment__meta">
          <label>
            Arrangement{' '}
            <input
              data-testid="arrangement"
              value={state.arrangement}
              onChange={(e) => setState({ ...state, arrangement: e.target.value })}
            />
          </label>
          <label>
            Assessor{' '}
            <input
              data-testid="assessor"
              value={state.assessor}
              onChange={(e) => setState({ ...state, assessor: e.target.value })}
            />
          </label>
          <label>
            Date{' '}
            <input
              type="date"
              data-testid="date"
              value={state.date}
              onChange={(e) => setState({ ...state, date: e.target.value })}
            />
          </label>
        </div>
        <p className="self-assessment__actions">
          {examples.map((example) => (
            <button
              key={example.name}
              type="button"
              className="button button--secondary button--sm"
              data-testid={`example-${example.name}`}
              onClick={() => importText(example.text, example.name)}
            >
              Load example {example.name} (hypothetical)
            </button>
          ))}
          <button type="button" className="button button--primary button--sm" data-testid="export" onClick={exportYaml}>
            Export YAML
          </button>
          <label className="button button--secondary button--sm">
            Import YAML
            <input
              type="file"
              accept=".yaml,.yml,.json"
              data-testid="import"
              hidden
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) importText(await file.text(), file.name);
              }}
            />
          </label>
          <button
            type="button"
            className="button button--link button--sm"
            data-testid="reset"
            onClick={() => {
              setState(blank());
              setProblems([]);
            }}
          >
            Start over
          </button>
        </p>
        {problems.length > 0 && (
          <ul className="self-assessment__problems" data-testid="problems">
            {problems.map((p) => (
              <li
                key={`${p.line}:${p.column}:${p.message}`}
              >{`${p.file}:${p.line}:${p.column}: ${p.message} [${p.ruleId}]`}</li>
            ))}
          </ul>
        )}
        <h2>Bucket profile</h2>
        {/* An image, not inline markup: nothing in it can run, whatever the names typed above. */}
        <img
          data-testid="profile"
          alt="Coverage per risk bucket"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(profileSvg([card], rubric.buckets))}`}
        />
        <table data-testid="coverage">
          <thead>
            <tr>
              <th>Bucket</th>
              <th>Met</th>
              <th>Partial</th>
              <th>Not met</th>
              <th>Not disclosed</th>
              <th>Coverage</th>
            </tr>
          </thead>
          <tbody>
            {rubric.buckets.map((b) => {
              const g = card.buckets[b.id];
              return (
                <tr key={b.id} data-bucket={b.id} data-coverage={g.coverage === null ? 'null' : String(g.coverage)}>
                  <td>{b.title}</td>
                  <td>{g.counts.met}</td>
                  <td>{g.counts.partial}</td>
                  <td>{g.counts['not-met']}</td>
                  <td>{g.counts['not-disclosed']}</td>
                  <td>{g.coverage === null ? 'n/a' : `${Math.round(g.coverage * 100)}%`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rubric.buckets.map((b) => (
          <section key={b.id}>
            <h2>{`${b.number}. ${b.title}`}</h2>
            {rubric.milestones
              .filter((m) => m.bucket === b.id)
              .map((m) => {
                const entry = state.milestones[m.id] ?? {};
                const evidence = entry.evidence?.[0] ?? {};
                return (
                  <fieldset key={m.id} className="self-assessment__milestone" data-milestone={m.id}>
                    <legend>
                      <a href={`/next/milestones/${m.id}`}>{`${m.number}. ${m.title}`}</a>
                    </legend>
                    <label>
                      Status{' '}
                      <select
                        data-testid={`status-${m.id}`}
                        value={entry.status ?? ''}
                        onChange={(e) => setMilestone(m.id, { status: e.target.value || undefined })}
                      >
                        <option value="">not assessed</option>
                        {statuses.map((s) => (
                          <option key={s} value={s}>
                            {s}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label>
                      Evidence URL{' '}
                      <input
                        type="url"
                        value={evidence.url ?? ''}
                        onChange={(e) =>
                          setMilestone(m.id, {
                            evidence: [{ kind: 'policy', asOf: state.date, ...evidence, url: e.target.value }],
                          })
                        }
                      />
                    </label>
                    <label>
                      Kind{' '}
                      <select
                        value={evidence.kind ?? 'policy'}
                        onChange={(e) =>
                          setMilestone(m.id, {
                            evidence: [{ url: '', asOf: state.date, ...evidence, kind: e.target.value }],
                          })
                        }
                      >
                        {kinds.map((k) => (
                          <option key={k} value={k}>
                            {k}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label>
                      As of{' '}
                      <input
                        type="date"
                        value={evidence.asOf ?? ''}
                        onChange={(e) =>
                          setMilestone(m.id, {
                            evidence: [{ url: '', kind: 'policy', ...evidence, asOf: e.target.value }],
                          })
                        }
                      />
                    </label>
                    <label>
                      Note{' '}
                      <input value={entry.note ?? ''} onChange={(e) => setMilestone(m.id, { note: e.target.value })} />
                    </label>
                  </fieldset>
                );
              })}
          </section>
        ))}
      </main>
    </Layout>
  );
}
