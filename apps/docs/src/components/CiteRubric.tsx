import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { readComponentData } from '../lib/component-data';

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
  const pdf = `usd1-milestones-${cite.version}.pdf`;
  return (
    <div className="cite-rubric">
      <p>
        {translate({ id: 'cite.pdf', message: 'The whole version for print, as a PDF:' })}{' '}
        <a href={`${files}/${pdf}`} data-testid="version-pdf">
          {pdf}
        </a>
      </p>
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
