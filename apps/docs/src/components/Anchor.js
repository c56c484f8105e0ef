import useBrokenLinks from '@docusaurus/useBrokenLinks';

/**
 * A link target inside a page (one per criterion id). Registering the id
 * tells Docusaurus's broken-anchor check that links to it are real.
 */
export default function Anchor({ id }) {
  useBrokenLinks().collectAnchor(id);
  return <span id={id} className="rubric-anchor" />;
}
