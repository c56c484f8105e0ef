import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { componentData, page } from './context';
import { MAP_IMPORT, mapElement } from './map-data';

/** The landing page of a version: what the rubric is, in one screen, and the map. */
export function homePage(ctx: PageContext, base: string): Page {
  const { data, texts } = ctx;
  const criteria = data.milestones.reduce((n, m) => n + m.criteria.length, 0);
  return page(
    'index.mdx',
    {
      id: 'index',
      title: data.title,
      slug: '/',
      sidebar_label: ctx.t.home,
      description: data.description,
      custom_edit_url: ctx.edit('rubric/rubric.yaml'),
    },
    [
      MAP_IMPORT,
      "import CiteRubric from '@site/src/components/CiteRubric';",
      ...ctx.translationNotes((key) => key.startsWith('meta:')),
      texts.block(data.description, 'rubric.yaml description'),
      ctx.t.versionIntro(ctx.label, data.milestones.length, criteria),
      mapElement(data, base),
      `## ${ctx.t.howToUse}`,
      ctx.t.howToUseItems.map((item) => `- ${item}`).join('\n'),
      ctx.t.matureNote,
      `## ${ctx.t.howToCiteVersion}`,
      ...(ctx.citation
        ? [ctx.t.citeRelease(ctx.citation.version), `<CiteRubric data="${componentData(ctx.citation)}" />`]
        : [ctx.t.citeNext]),
      `## ${ctx.t.neutralityNotice}`,
      texts.block(data.neutralityNotice, 'rubric.yaml neutralityNotice'),
      `## ${ctx.t.notAdvice}`,
      texts.block(data.disclaimer, 'rubric.yaml disclaimer'),
    ],
  );
}
