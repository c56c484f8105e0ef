import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import IconLanguage from '@theme/Icon/Language';
import DropdownNavbarItem from '@theme/NavbarItem/DropdownNavbarItem';
import type { ReactNode } from 'react';
import { useAlternates } from '../lib/use-alternates';

interface Props {
  readonly position?: 'left' | 'right';
  readonly mobile?: boolean;
}

/**
 * The language menu: this page in each language where that language has it,
 * else that language's home page (a version not translated into it has no
 * pages there). The theme's own menu links every language to the same path,
 * which is a missing page for every release without a translation.
 */
export default function LanguageMenu({ mobile, ...props }: Props): ReactNode {
  const {
    i18n: { currentLocale, localeConfigs },
  } = useDocusaurusContext();
  const items = useAlternates().map(({ locale, path, home }) => ({
    label: localeConfigs[locale]?.label ?? locale,
    lang: localeConfigs[locale]?.htmlLang ?? locale,
    // pathname://: a page of another language is a new page load, not a route of this one.
    to: `pathname://${path ?? home}`,
    target: '_self',
    autoAddBaseUrl: false,
    className: locale === currentLocale ? (mobile ? 'menu__link--active' : 'dropdown__link--active') : '',
  }));
  const label = mobile
    ? translate({ id: 'theme.navbar.mobileLanguageDropdown.label', message: 'Languages' })
    : (localeConfigs[currentLocale]?.label ?? currentLocale);
  return (
    <DropdownNavbarItem
      {...props}
      mobile={mobile}
      label={
        <>
          <IconLanguage className="language-menu__icon" />
          {label}
        </>
      }
      items={items}
    />
  );
}
