import { useVersions } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import { type ExportFormat, exportFormat, exportFormats } from '@usd1-milestones/core/export';
import type { ReactNode } from 'react';
import UntranslatedNote from '../components/UntranslatedNote';

/**
 * "Download and reuse": every version's data as static files (written by the
 * site's plugin into /data/<version>/), with the version inside each, and how
 * to fetch them. The files are core's export registry, so a new format shows
 * here without an edit.
 */
const fileOf = (id: ExportFormat): string => exportFormat(id)?.fileName ?? id;

export default function Data(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const names = useVersions(undefined)
    .map((v) => v.name)
    .filter((name) => name !== 'current');
  const site = siteConfig.url.replace(/\/$/, '');
  const example = `const response = await fetch('${site}/data/latest/milestones/reserve-policy.json');
const { rubricVersion, milestone } = await response.json();
console.log(rubricVersion, milestone.criteria.map((c) => c.id));`;
  return (
    <Layout title="Download and reuse" description="The rubric's data for every version, as JSON, OSCAL and CSV.">
      <main className="container margin-vert--lg assessment-page">
        <UntranslatedNote />
        <h1>Download and reuse</h1>
        <p>
          Every version of the rubric is published here as plain files. Each one says which version it is, and a
          released version never changes. <code>latest</code> is the newest release and <code>next</code> the unreleased
          data; the same files come with the npm package <code>@usd1-milestones/rubric</code> (under{' '}
          <code>exports/</code>) and from <code>npx usd1-milestones export</code>.
        </p>
        <div className="assessment-actions">
          <a
            className="button button--primary button--sm"
            href={`/data/latest/${fileOf('csv')}`}
            download
            data-testid="download-csv"
          >
            Download the CSV checklist
          </a>
          <a
            className="button button--secondary button--sm"
            href={`/data/latest/${fileOf('oscal-catalog')}`}
            download
            data-testid="download-oscal"
          >
            Download the OSCAL catalog
          </a>
        </div>
        <h2>Files per version</h2>
        <ul>
          {exportFormats.map((format) => (
            <li key={format.id}>
              <code>{`/data/<version>/${format.fileName}`}</code>: {format.description}
            </li>
          ))}
          <li>
            <code>{'/data/<version>/milestones/<id>.json'}</code>: one milestone,{' '}
            <code>{'{ "rubricVersion": ..., "milestone": {...} }'}</code>.
          </li>
        </ul>
        <div className="table-scroll">
          <table data-testid="data-versions">
            <thead>
              <tr>
                <th scope="col">Version</th>
                {exportFormats.map((format) => (
                  <th scope="col" key={format.id}>
                    {format.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {['latest', ...names, 'next'].map((name) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  {exportFormats.map((format) => (
                    <td key={format.id}>
                      <a href={`/data/${name}/${format.fileName}`}>{format.fileName}</a>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h2>Fetching a milestone</h2>
        <pre>
          <code>{example}</code>
        </pre>
        <p>
          The OSCAL catalog validates against NIST's OSCAL 1.1.2 JSON Schema. The CSV is RFC 4180, UTF-8, with a header
          row; fill in <code>status</code>, the evidence columns and <code>note</code>, and the assessment&apos;s own
          fields on one row, then run <code>npx usd1-milestones assess checklist.csv</code> or import it on the{' '}
          <a href="/self-assessment">self-assessment</a> page.
        </p>
      </main>
    </Layout>
  );
}
