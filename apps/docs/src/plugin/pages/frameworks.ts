import type { Framework, Rubric } from '@usd1-milestones/rubric';
import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { page } from './context';
import { type Labels, labelsFor } from './labels';

/** `PFMI P7: Liquidity risk`, or `FSB R9 (topic: ...)` where the official title is not verified. */
export function frameworkItemLabel(data: Rubric, target: string, labels: Labels = labelsFor('en')): string {
  const [frameworkId, itemId] = target.split('/');
  const framework = data.frameworks.find((f) => f.id === frameworkId);
  const item = framework?.items.find((i) => i.id === itemId);
  const name = `${shortName(frameworkId ?? '')} ${itemId ?? ''}`;
  if (!item) return target;
  return item.title ? `${name}: ${item.title}` : `${name} (${labels.topic}: ${item.topic})`;
}

const shortNames: Record<string, string> = {
  'fsb-2023': 'FSB',
  pfmi: 'PFMI',
  mica: 'MiCA',
  fatf: 'FATF',
  genius: '12 U.S.C.',
};
const shortName = (id: string): string => shortNames[id] ?? id;

/** A framework named alone (a `no-relationship` mapping): its title. */
export function frameworkLabel(data: Rubric, frameworkId: string): string {
  return data.frameworks.find((f) => f.id === frameworkId)?.title ?? frameworkId;
}

type Excerpt = NonNullable<Framework['items'][number]['excerpts']>[number];

/** The excerpts a mapping's basis names, in its order (a release before 1.5.0 has none). */
export function excerptsOf(
  data: Rubric,
  mapping: { readonly target: string; readonly basis?: readonly string[] | undefined },
): Excerpt[] {
  const [frameworkId, itemId] = mapping.target.split('/');
  const item = data.frameworks.find((f) => f.id === frameworkId)?.items.find((i) => i.id === itemId);
  return (mapping.basis ?? []).flatMap((id) => item?.excerpts?.find((e) => e.id === id) ?? []);
}

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
          .map((x) => ({ m, owner: ctx.t.criterionOwner(c.id), mapping: x })),
      ),
    ]);
  const unmapped = f.items.filter((item) => item.status !== 'retired' && uses(item.id).length === 0);
  const considered = data.milestones.flatMap((m) =>
    m.mappings.filter((x) => x.target === f.id && x.relationship === 'no-relationship').map((x) => ({ m, mapping: x })),
  );
  const facts = [
    `**${ctx.t.publisher}** ${texts.plain(f.publisher)}`,
    `**${ctx.t.issued}** ${f.issued}`,
    ...(f.url ? [`**${ctx.t.officialText}** ${texts.link(f.url)}`] : []),
    ...(f.source ? [`**${ctx.t.citedByGuideAs}** [@${f.source}]`] : []),
  ];
  return page(
    frameworkPath(f),
    {
      id: f.id,
      title: f.title,
      sidebar_label: shortName(f.id),
      slug: `/frameworks/${f.id}`,
      description: ctx.t.frameworkDescription(f.title),
      custom_edit_url: ctx.edit(`rubric/frameworks/${f.id}.yaml`),
    },
    [
      ...ctx.translationNotes(
        (key) => key.startsWith(`framework:${f.id}:`) || key.startsWith(`framework-item:${f.id}/`),
      ),
      facts.join(' · '),
      ...(f.note ? [texts.block(f.note, `frameworks/${f.id}.yaml note`)] : []),
      ctx.t.mappingMeaning,
      ctx.t.topicNote,
      ...f.items.map((item) => {
        const heading = item.title
          ? texts.plain(item.title)
          : `*${capitalize(ctx.t.topic)}:* ${texts.plain(item.topic ?? '')}`;
        const mapped = uses(item.id);
        const excerpts = (item.excerpts ?? []).map(
          (e) => `- ${texts.plain(e.locator)}: “${texts.plain(e.text)}” (${texts.plain(ctx.t.readIn(e.readIn))})`,
        );
        return [
          `## ${item.id}. ${heading} {#${item.id}}`,
          ...(item.issued ? [ctx.t.issuedOn(item.issued)] : []),
          ...(item.status === 'retired' ? [ctx.t.retiredItem] : []),
          mapped.length > 0
            ? mapped
                .map(
                  ({ m, owner, mapping }) =>
                    `- ${ctx.milestoneLink(m)}${owner}, *${[mapping.relationship, mapping.rationaleType].filter(Boolean).join(', ')}*: ${texts.inline(mapping.rationale, `${m.path} mapping to ${mapping.target}`)}${
                      excerptsOf(data, mapping).length > 0
                        ? ` ${ctx.t.restsOn} ${excerptsOf(data, mapping)
                            .map((e) => texts.plain(e.locator))
                            .join('; ')}.`
                        : ''
                    }`,
                )
                .join('\n')
            : ctx.t.noMilestoneMaps,
          ...(excerpts.length > 0 ? [ctx.t.excerptsHeading, excerpts.join('\n')] : []),
        ].join('\n\n');
      }),
      ...(considered.length > 0
        ? [
            `## ${ctx.t.consideredHeading} {#considered}`,
            considered
              .map(
                ({ m, mapping }) =>
                  `- ${ctx.milestoneLink(m)}: ${texts.inline(mapping.rationale, `${m.path} mapping to ${mapping.target}`)}`,
              )
              .join('\n'),
          ]
        : []),
      `## ${ctx.t.unmappedHeading} {#unmapped}`,
      unmapped.length > 0
        ? unmapped
            .map((item) => `- [${texts.plain(frameworkItemLabel(data, `${f.id}/${item.id}`, ctx.t))}](#${item.id})`)
            .join('\n')
        : ctx.t.everyItemMapped,
    ],
  );
}

const capitalize = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
