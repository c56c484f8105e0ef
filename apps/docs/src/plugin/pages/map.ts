import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { page } from './context';
import { MAP_IMPORT, mapElement } from './map-data';

/** The milestones in their risk buckets: the map as a picture, then bucket by bucket with summaries. */
export function mapPage(ctx: PageContext, base: string): Page {
  const { data, texts } = ctx;
  const buckets = data.buckets.map((b) =>
    [
      `## ${b.number}. ${texts.plain(b.title)} {#${b.id}}`,
      `*${texts.inline(b.question, `buckets.yaml ${b.id} question`)}*`,
      data.milestones
        .filter((m) => m.bucket === b.id)
        .map((m) => `- ${ctx.milestoneLink(m)}: ${texts.inline(m.summary, `${m.path} summary`)}`)
        .join('\n'),
    ].join('\n\n'),
  );
  return page(
    'map.mdx',
    {
      id: 'map',
      title: ctx.t.mapTitle,
      slug: '/map',
      description: ctx.t.mapDescription,
      custom_edit_url: ctx.edit('rubric/buckets.yaml'),
    },
    [
      MAP_IMPORT,
      ...ctx.translationNotes((key) => key.startsWith('bucket:') || /^milestone:[^:]+:(title|summary)$/.test(key)),
      ctx.t.mapIntro(data.milestones.length, data.buckets.length),
      mapElement(data, base),
      ...buckets,
    ],
  );
}
