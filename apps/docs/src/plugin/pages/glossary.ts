import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { page } from './context';

/** Every term the guide defines, each under an anchor that `glossary:` links reach. */
export function glossaryPage(ctx: PageContext): Page {
  const { data, texts } = ctx;
  const termOf = new Map(data.glossary.map((t) => [t.slug, t.term]));
  return page(
    'glossary.mdx',
    {
      id: 'glossary',
      title: ctx.t.glossaryTitle,
      slug: '/glossary',
      description: ctx.t.glossaryDescription,
      custom_edit_url: ctx.edit('rubric/glossary.yaml'),
    },
    [
      ...ctx.translationNotes((key) => key.startsWith('term:')),
      ctx.t.glossaryIntro,
      ...data.glossary.map((t) =>
        [
          `## ${texts.plain(t.term)} {#${t.slug}}`,
          texts.block(t.definition, `glossary.yaml ${t.slug} definition`),
          ...(t.aliases.length > 0
            ? [`*${ctx.t.also}* ${t.aliases.map((alias) => texts.plain(alias)).join(', ')}`]
            : []),
          ...(t.seeAlso.length > 0
            ? [
                `*${ctx.t.seeAlso}* ${t.seeAlso.map((slug) => `[${texts.plain(termOf.get(slug) ?? slug)}](glossary:${slug})`).join(', ')}`,
              ]
            : []),
        ].join('\n\n'),
      ),
    ],
  );
}
