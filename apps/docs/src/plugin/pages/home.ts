import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { count, page } from './context';
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
      sidebar_label: 'Home',
      description: data.description,
      custom_edit_url: ctx.edit('rubric/rubric.yaml'),
    },
    [
      MAP_IMPORT,
      texts.block(data.description, 'rubric.yaml description'),
      `This is version **${ctx.label}** of the rubric: ${count(data.milestones.length, 'milestone')}, ${count(criteria, 'criterion', 'criteria')} an assessor can mark met or not met. The map shows every milestone by [risk bucket](./map.mdx) (rows) and by the [lifecycle stage](./stages.mdx) at which this rubric first expects it (columns); each number leads to the milestone: its criteria, why it matters, how to read the evidence and its sources.`,
      mapElement(data, base),
      '## How to use it',
      [
        '- Read a milestone and check an arrangement against its criteria; the [glossary](./glossary.mdx) defines the terms and every citation leads to the [sources](./sources.mdx).',
        '- Record an assessment on the [self-assessment](/self-assessment) page or as a YAML file for `npx usd1-milestones assess`, and put arrangements side by side on the [comparison](/compare) page.',
        '- Follow the [progress signals](./signals.mdx): things anyone can track over time.',
        `- See [what changed](./changes.mdx) in this version.`,
      ].join('\n'),
      'A mature arrangement usually shows progress in every bucket, not only in price stability. Compare arrangements across all of them.',
      '## Neutrality notice',
      texts.block(data.neutralityNotice, 'rubric.yaml neutralityNotice'),
      '## Not advice',
      texts.block(data.disclaimer, 'rubric.yaml disclaimer'),
    ],
  );
}
