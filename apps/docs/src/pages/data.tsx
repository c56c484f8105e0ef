import Link from '@docusaurus/Link';
import { useVersions } from '@docusaurus/plugin-content-docs/client';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import {
  type ExportFormat,
  type ExportFormatInfo,
  exportFileName,
  exportFormat,
  exportFormats,
} from '@usd1-milestones/core/export';
import type { ReactNode } from 'react';
import { useCrosswalkFiles, usePdfPrinted } from '../lib/use-printed-pdfs';

/**
 * "Download and reuse": every version's data as static files (written by the
 * site's plugin into /data/<version>/), with the version inside each, and how
 * to fetch them. The files are core's export registry, so a new format shows
 * here without an edit.
 */
const fileOf = (id: ExportFormat): string => exportFormat(id)?.fileName ?? id;

/** A registered format's label and description in the reader's language; the registry's English otherwise. */
const labelOf = (f: (typeof exportFormats)[number]) => translate({ id: `data.format.${f.id}.label`, message: f.label });
const descriptionOf = (f: (typeof exportFormats)[number]) =>
  translate({ id: `data.format.${f.id}.description`, message: f.description });

export default function Data(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const printed = usePdfPrinted();
  const crosswalks = useCrosswalkFiles();
  const names = useVersions(undefined)
    .map((v) => v.name)
    .filter((name) => name !== 'current');
  const site = siteConfig.url.replace(/\/$/, '');
  const example = `const response = await fetch('${site}/data/latest/milestones/reserve-policy.json');
const { rubricVersion, milestone } = await response.json();
console.log(rubricVersion, milestone.criteria.map((c) => c.id));`;
  return (
    <Layout
      title={translate({ id: 'data.title', message: 'Download and reuse' })}
      description={translate({
        id: 'data.description',
        message: "The rubric's data for every version, as JSON, OSCAL and CSV.",
      })}
    >
      <main className="container margin-vert--lg assessment-page">
        <h1>{translate({ id: 'data.title', message: 'Download and reuse' })}</h1>
        <p>
          {translate({
            id: 'data.intro1',
            message:
              'Every version of the rubric is published here as plain files. Each one says which version it is, and a released version never changes.',
          })}{' '}
          <code>latest</code> {translate({ id: 'data.intro2', message: 'is the newest release and' })} <code>next</code>{' '}
          {translate({ id: 'data.intro3', message: 'the unreleased data; the same files come with the npm package' })}{' '}
          <code>@usd1-milestones/rubric</code> {translate({ id: 'data.intro4', message: '(under' })}{' '}
          <code>exports/</code>) {translate({ id: 'data.intro5', message: 'and from' })}{' '}
          <code>npx usd1-milestones export</code>.
        </p>
        <div className="assessment-actions">
          <a
            className="button button--primary button--sm"
            href={`/data/latest/${fileOf('csv')}`}
            download
            data-testid="download-csv"
          >
            {translate({ id: 'data.downloadCsv', message: 'Download the CSV checklist' })}
          </a>
          <a
            className="button button--secondary button--sm"
            href={`/data/latest/${fileOf('oscal-catalog')}`}
            download
            data-testid="download-oscal"
          >
            {translate({ id: 'data.downloadOscal', message: 'Download the OSCAL catalog' })}
          </a>
        </div>
        <h2>{translate({ id: 'data.files', message: 'Files per version' })}</h2>
        <ul>
          {exportFormats.map((format) => (
            <li key={format.id}>
              <code>{`/data/<version>/${format.fileName}`}</code>: {descriptionOf(format)}
            </li>
          ))}
          <li>
            <code>{'/data/<version>/milestones/<id>.json'}</code>:{' '}
            {translate({ id: 'data.oneMilestone', message: 'one milestone,' })}{' '}
            <code>{'{ "rubricVersion": ..., "milestone": {...} }'}</code>.
          </li>
        </ul>
        <div className="table-scroll">
          <table data-testid="data-versions">
            <thead>
              <tr>
                <th scope="col">{translate({ id: 'data.version', message: 'Version' })}</th>
                {exportFormats.map((format) => (
                  <th scope="col" key={format.id}>
                    {labelOf(format)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {['latest', ...names, 'next'].map((name) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  {exportFormats.map((format) => {
                    // A file name may hold its version (the PDF's); Next has no PDF, having no release date.
                    const version = name === 'latest' ? names[0] : name;
                    // Only the PDFs the site holds: none when it was built without Chromium.
                    if ((format as ExportFormatInfo).printed && (name === 'next' || !version || !printed(name)))
                      return <td key={format.id}>—</td>;
                    // A crosswalk is a file per framework mapped, from 1.5.0 on.
                    if ((format as ExportFormatInfo).perFramework) {
                      const frameworks = crosswalks(name);
                      if (frameworks.length === 0) return <td key={format.id}>—</td>;
                      return (
                        <td key={format.id}>
                          {frameworks.map((framework, i) => {
                            const file = exportFileName(format, version ?? name, framework);
                            return (
                              <span key={framework}>
                                {i > 0 ? ', ' : ''}
                                <a href={`/data/${name}/${file}`}>{file}</a>
                              </span>
                            );
                          })}
                        </td>
                      );
                    }
                    const file = exportFileName(format, version ?? name);
                    return (
                      <td key={format.id}>
                        <a href={`/data/${name}/${file}`}>{file}</a>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h2>{translate({ id: 'data.fetching', message: 'Fetching a milestone' })}</h2>
        <pre>
          <code>{example}</code>
        </pre>
        <p>
          {translate({
            id: 'data.closing1',
            message:
              "The OSCAL catalog validates against NIST's OSCAL 1.1.2 JSON Schema, and each mapping collection against the JSON Schema of OSCAL 1.2.2's mapping model. The CSV is RFC 4180, UTF-8, with a header row; fill in",
          })}{' '}
          <code>status</code>, {translate({ id: 'data.closing2', message: 'the evidence columns and' })}{' '}
          <code>note</code>,{' '}
          {translate({
            id: 'data.closing3',
            message: "and the assessment's own fields on one row, then run",
          })}{' '}
          <code>npx usd1-milestones assess checklist.csv</code>{' '}
          {translate({ id: 'data.closing4', message: 'or import it on the' })}{' '}
          <Link to="/self-assessment">{translate({ id: 'data.closing5', message: 'self-assessment' })}</Link>
          {translate({ id: 'data.closing6', message: ' page.' })}
        </p>
      </main>
    </Layout>
  );
}
