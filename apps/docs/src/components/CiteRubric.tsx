import { translate } from '@docusaurus/Translate';
import { exportFileName, exportFormat } from '@usd1-milestones/core/export';
import type { ReactNode } from 'react';
import { readComponentData } from '../lib/component-data';
import { usePdfPrinted } from '../lib/use-printed-pdfs';

interface RubricCitation {
  readonly version: string;
  readonly bibtex: string;
  readonly cslJson: string;
}

/**
 * A release's citation of the rubric itself, as BibTeX and as CSL-JSON, the
 * same text as its citation.bib and citation.csl.json downloads, after a link
 * to the version's PDF. Shown as text to copy; nothing in it is markup.
 */
export default function CiteRubric({ data }: { data: string }): ReactNode {
  const cite = readComponentData<RubricCitation>(data);
  const files = `/data/${cite.version}`;
  // The PDF's file name as the export registry gives it, the name the site writes it under.
  const format = exportFormat('pdf');
  // Linked only where the site holds it: a site built without Chromium has no PDFs.
  const printed = usePdfPrinted()(cite.version);
  const pdf = format && printed ? exportFileName(format, cite.version) : undefined;
  return (
    <div className="cite-rubric">
      {pdf ? (
        <p>
          {translate({ id: 'cite.pdf', message: 'The whole version for print, as a PDF:' })}{' '}
          <a href={`${files}/${pdf}`} data-testid="version-pdf">
            {pdf}
          </a>
        </p>
      ) : null}
      <p>
        <a href={`${files}/citation.bib`}>citation.bib</a>
      </p>
      <pre data-testid="cite-bibtex">
        <code>{cite.bibtex}</code>
      </pre>
      <p>
        <a href={`${files}/citation.csl.json`}>citation.csl.json</a> ·{' '}
        <a href={`${files}/CITATION.cff`}>CITATION.cff</a>
      </p>
      <pre data-testid="cite-csl-json">
        <code>{cite.cslJson}</code>
      </pre>
    </div>
  );
}
