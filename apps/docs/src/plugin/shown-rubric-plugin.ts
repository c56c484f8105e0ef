/**
 * The rubric the interactive pages show, in the language being built:
 * `@usd1-milestones/shown-rubric` is the data package's entry for that
 * language (`@usd1-milestones/rubric/i18n/<lang>`), or the English one. Each
 * locale is its own bundle, so an English page carries no translation and a
 * Spanish one no second copy of the English. Scores never depend on it: the
 * pages score with the English data, whose ids are the same.
 */
import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';

export const SHOWN_RUBRIC = '@usd1-milestones/shown-rubric';

export default function shownRubricPlugin(context: LoadContext): Plugin {
  const { currentLocale, defaultLocale } = context.i18n;
  const require = createRequire(import.meta.url);
  const entry =
    currentLocale === defaultLocale
      ? require.resolve('@usd1-milestones/rubric')
      : require.resolve(`@usd1-milestones/rubric/i18n/${currentLocale}`);
  return {
    name: 'usd1-milestones-shown-rubric',
    configureWebpack: () => ({ resolve: { alias: { [SHOWN_RUBRIC]: entry } } }),
  };
}
