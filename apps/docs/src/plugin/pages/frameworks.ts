import type { Framework, Rubric } from '@usd1-milestones/rubric';
import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { page } from './context';

/** What every crosswalk view says about what a mapping means. */
export const MAPPING_MEANING =
  "Each mapping says that the milestone and the framework item address related things, and how (an OSCAL relationship, read from the milestone to the item). Mappings are this rubric's judgement; meeting a milestone never means complying with a law or a standard.";

/** `PFMI P7: Liquidity risk`, or `FSB R9 (topic: ...)` where the official title is not verified. */
export function frameworkItemLabel(data: Rubric, target: string): string {
  const [frameworkId, itemId] = target.split('/');
  const framework = data.frameworks.find((f) => f.id === frameworkId);
  const item = framework?.items.find((i) => i.id === itemId);
  const name = `${shortName(frameworkId ?? '')} ${itemId ?? ''}`;
  if (!item) return target;
  return item.title ? `${name}: ${item.title}` : `${name} (topic: ${item.topic})`;
}

const shortNames: Record<string, string> = { 'fsb-2023': 'FSB', pfmi: 'PFMI', mica: 'MiCA', fatf: 'FATF' };
const shortName = (id: string): string => shortNames[id] ?? id;

/** The page path of a framework inside a version's docs folder. */
export const frameworkPath = (f: Framework): string => `frameworks/${f.id}.mdx`;

/**
 * One framework: each of its items with the milestones and criteria that map
 * to it (the reverse crosswalk), then the items nothing maps to.
 */
export function frameworkPage(ctx: PageContext, f: Framework): Page {
  const { data, texts } = ctx;
  const uses = (itemId: string) =>
    data.milestones.flatMap((m) => [
      ...m.mappings.filter((x) => x.target === `${f.id}/${itemId}`).map((x) => ({ m, owner: '', mapping: x })),
      ...m.criteria.flatMap((c) =>
        (c.mappings ?? [])
          .filter((x) => x.target === `${f.id}/${itemId}`)
          .map((x) => ({ m, owner: ` (criterion \`${c.id}\`)`, mapping: x })),
      ),
    ]);
  const unmapped = f.items.filter((item) => item.status !== 'retired' && uses(item.id).length === 0);
  const facts = [
    `**Publisher:** ${texts.plain(f.publisher)}`,
    `**Issued:** ${f.issued}`,
    ...(f.url ? [`**Official text:** ${texts.link(f.url)}`] : []),
    ...(f.source ? [`**Cited by the guide as:** [@${f.source}]`] : []),
  ];
  return page(
    frameworkPath(f),
    {
      id: f.id,
      title: f.title,
      sidebar_label: shortName(f.id),
      slug: `/frameworks/${f.id}`,
      description: `How the milestones map to ${f.title}.`,
      custom_edit_url: ctx.edit(`rubric/frameworks/${f.id}.yaml`),
    },
    [
      facts.join(' · '),
      ...(f.note ? [texts.block(f.note, `frameworks/${f.id}.yaml note`)] : []),
      MAPPING_MEANING,
      "An item shown with a *topic* is one whose official title was not verified for this catalog: the topic is this rubric's summary of its subject, not its title.",
      ...f.items.map((item) => {
        const heading = item.title ? texts.plain(item.title) : `*Topic:* ${texts.plain(item.topic ?? '')}`;
        const mapped = uses(item.id);
        return [
          `## ${item.id}. ${heading} {#${item.id}}`,
          ...(item.issued ? [`Issued ${item.issued}.`] : []),
          ...(item.status === 'retired' ? ['This item is retired.'] : []),
          mapped.length > 0
            ? mapped
                .map(
                  ({ m, owner, mapping }) =>
                    `- ${ctx.milestoneLink(m)}${owner}, *${mapping.relationship}*: ${texts.inline(mapping.rationale, `${m.path} mapping to ${mapping.target}`)}`,
                )
                .join('\n')
            : 'No milestone maps to this item.',
        ].join('\n\n');
      }),
      '## Items no milestone maps to {#unmapped}',
      unmapped.length > 0
        ? unmapped
            .map((item) => `- [${texts.plain(frameworkItemLabel(data, `${f.id}/${item.id}`))}](#${item.id})`)
            .join('\n')
        : 'Every item of this framework has at least one mapping.',
    ],
  );
}
