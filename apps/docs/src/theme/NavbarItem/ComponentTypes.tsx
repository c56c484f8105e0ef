// The theme's navbar item types, plus `custom-docPage` (see src/components/DocPageLink) and
// `custom-languages` (src/components/LanguageMenu).
import DocPageLink from '@site/src/components/DocPageLink';
import LanguageMenu from '@site/src/components/LanguageMenu';
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';

export default {
  ...ComponentTypes,
  'custom-docPage': DocPageLink,
  'custom-languages': LanguageMenu,
};
