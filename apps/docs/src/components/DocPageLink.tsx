import { useLayoutDoc } from '@docusaurus/plugin-content-docs/client';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import type { ReactNode } from 'react';

interface Props {
  readonly docId: string;
  readonly label: string;
  readonly position?: 'left' | 'right';
  readonly mobile?: boolean;
}

/**
 * A navbar link to one doc in the version being read, current only on that
 * doc's page. The theme's `doc` item is current on every page of the doc's
 * sidebar, which marked three links current at once.
 */
export default function DocPageLink({ docId, label, ...props }: Props): ReactNode {
  const doc = useLayoutDoc(docId, undefined);
  if (!doc) return null;
  return <DefaultNavbarItem {...props} exact label={label} to={doc.path} />;
}
