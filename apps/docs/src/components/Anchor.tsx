import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { ReactNode } from 'react';

/**
 * A criterion's address: a target for links and, after the criterion, a link
 * to itself that a reader can copy. Registering the id tells Docusaurus's
 * broken-anchor check that links to it are real.
 */
export default function Anchor({ id }: { id: string }): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return (
    <>
      <span id={id} className="rubric-anchor" />
      <a className="criterion-link" href={`#${id}`} title="Link to this criterion">
        <span className="criterion-link__id">{`#${id}`}</span>
      </a>{' '}
    </>
  );
}
