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
      title: 'Milestone map',
      slug: '/map',
      description: 'The milestones in their seven risk buckets.',
      custom_edit_url: ctx.edit('rubric/buckets.yaml'),
    },
    [
      MAP_IMPORT,
      `The ${data.milestones.length} milestones in ${data.buckets.length} risk buckets, by the [lifecycle stage](./stages.mdx) at which this rubric first expects each one.`,
      mapElement(data, base),
      ...buckets,
    ],
  );
}
