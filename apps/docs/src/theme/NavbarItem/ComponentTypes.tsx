// The theme's navbar item types, plus `custom-docPage` (see src/components/DocPageLink).
import DocPageLink from '@site/src/components/DocPageLink';
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';

export default {
  ...ComponentTypes,
  'custom-docPage': DocPageLink,
};
