import type { Milestone } from '@usd1-milestones/rubric';
import type { Page } from '../rubric-text';
import type { PageContext } from './context';
import { authors, componentData, pad, page } from './context';

/** The page path of a milestone inside a version's docs folder. */
export const milestonePath = (m: Milestone): string => `milestones/${pad(m.number)}-${m.id}.mdx`;

/**
 * One milestone: summary, facts, criteria (each with an anchor a reader can
 * copy), body, sources, related milestones and how to cite it. Previous and
 * next follow the milestone numbers, not the sidebar's bucket order.
 */
export function milestonePage(ctx: PageContext, m: Milestone, index: number): Page {
  const { data, texts } = ctx;
  const bucket = ctx.bucket(m.bucket);
  const section = data.sections.find((s) => s.id === m.section);
  const stage = m.stage ? data.stages.find((s) => s.id === m.stage) : undefined;
  const before = ctx.milestonesByNumber[index - 1];
  const after = ctx.milestonesByNumber[index + 1];
  const facts = [
    `**Milestone ${m.number}**`,
    `**Bucket:** [${texts.plain(bucket?.title ?? m.bucket)}](./../map.mdx#${m.bucket})`,
    `**Section:** ${texts.plain(section?.title ?? m.section)}`,
    ...(stage ? [`**Expected from:** [${texts.plain(stage.title)}](./../stages.mdx#${stage.id})`] : []),
  ];
  const criteria = m.criteria
    .map((c) => `- <Anchor id="${c.id}" />${texts.inline(c.text, `${m.path} criterion ${c.id}`)}`)
    .join('\n');
  const sources = m.sources.map((key) => {
    const source = ctx.source(key);
    return `- [@${key}] ${texts.plain(authors(source))}, *${texts.plain(source?.title ?? key)}*`;
  });
  const related = m.related.flatMap((id) => {
    const r = ctx.milestone(id);
    return r ? [`- ${ctx.milestoneLink(r)}`] : [];
  });
  const citation = { version: ctx.citeVersion, number: m.number, title: m.title, id: m.id, released: !ctx.editBase };
  return page(
    milestonePath(m),
    {
      id: m.id,
      title: `${m.number}. ${m.title}`,
      sidebar_label: `${m.number}. ${m.title}`,
      slug: `/milestones/${m.id}`,
      description: m.summary,
      custom_edit_url: ctx.edit(`rubric/${m.path}`),
      pagination_prev: before ? `milestones/${before.id}` : 'map',
      pagination_next: after ? `milestones/${after.id}` : 'stages',
    },
    [
      "import Anchor from '@site/src/components/Anchor';",
      "import CiteThis from '@site/src/components/CiteThis';",
      `<p className="milestone-summary">${texts.inline(m.summary, `${m.path} summary`)}</p>`,
      facts.join(' · '),
      '## Criteria',
      'Each criterion can be marked met or not met. Each starts with its id, a link to that criterion: copy it to point at it.',
      criteria,
      texts.block(m.body, `${m.path} body`),
      ...(sources.length > 0 ? ['## Sources cited', sources.join('\n')] : []),
      ...(related.length > 0 ? ['## Related milestones', related.join('\n')] : []),
      '## How to cite this',
      `<CiteThis data="${componentData(citation)}" />`,
    ],
  );
}
