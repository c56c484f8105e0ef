import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { readComponentData } from '@site/src/lib/component-data';
import type { ReactNode } from 'react';

interface Citation {
  /** The rubric version the page shows: `1.1.0`, or Next's base version and "unreleased changes". */
  readonly version: string;
  readonly number: number;
  readonly title: string;
  readonly id: string;
  /** False for Next, whose text can still change. */
  readonly released: boolean;
}

/**
 * How to cite a milestone: the rubric's version and the milestone's URL. Ids
 * never change once released, so `/milestones/<id>` keeps resolving; an older
 * version stays at `/<version>/milestones/<id>`.
 */
export default function CiteThis({ data }: { data: string }): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const cite = readComponentData<Citation>(data);
  // The site's address with the language's base (`/` or `/es/`), so a Spanish page cites the Spanish page.
  const site = `${siteConfig.url.replace(/\/$/, '')}${siteConfig.baseUrl.replace(/\/$/, '')}`;
  const latest = `${site}/milestones/${cite.id}`;
  const text = translate(
    {
      id: 'cite.text',
      message: 'USD1 stablecoin milestones, version {version}, Milestone {number}: {title}. {url}',
    },
    { version: cite.version, number: cite.number, title: cite.title, url: latest },
  );
  const bibliography = `/data/${cite.released ? cite.version : 'next'}/sources.csl.json`;
  return (
    <div className="cite-this">
      <p>
        {translate({
          id: 'cite.versionFirst',
          message:
            'Name the rubric version with the milestone: the criteria of a milestone can change between versions, its id does not.',
        })}
      </p>
      <pre className="cite-this__text" data-testid="citation">
        <code>{text}</code>
      </pre>
      <p>
        {translate({
          id: 'cite.sources',
          message:
            'The sources it cites are listed under Sources on this page, with their links where they were verified; the whole bibliography, to import into a citation manager, is',
        })}{' '}
        <a href={bibliography}>sources.csl.json</a> (CSL-JSON).
      </p>
      <p>
        {cite.released
          ? translate(
              {
                id: 'cite.released',
                message:
                  'The address above always shows the newest release. This version stays readable at {url} once a newer one is out.',
              },
              { url: `${site}/${cite.version}/milestones/${cite.id}` },
            )
          : translate({
              id: 'cite.next',
              message: 'This is Next: unreleased changes. Cite a released version where you can.',
            })}
      </p>
    </div>
  );
}
