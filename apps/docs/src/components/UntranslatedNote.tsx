import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';

/**
 * On a page whose words are not translated yet (the interactive assessment
 * pages), the note a reader of another language sees: the page is in English.
 * Nothing in English.
 */
export default function UntranslatedNote(): ReactNode {
  const { i18n } = useDocusaurusContext();
  if (i18n.currentLocale === i18n.defaultLocale) return null;
  return (
    <div className="alert alert--info margin-bottom--md" role="note" data-testid="untranslated-note">
      {translate({
        id: 'page.untranslated',
        message: 'This page is not translated yet: it is shown in English.',
      })}
    </div>
  );
}
