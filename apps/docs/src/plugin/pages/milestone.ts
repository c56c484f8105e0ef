import type { Milestone } from '@usd1-milestones/rubric';
import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { authors, componentData, pad, page } from './context';
import { excerptsOf, frameworkItemLabel, frameworkLabel } from './frameworks';

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
    `**${ctx.t.milestone(m.number)}**`,
    `**${ctx.t.bucket}** [${texts.plain(bucket?.title ?? m.bucket)}](./../map.mdx#${m.bucket})`,
    `**${ctx.t.section}** ${texts.plain(section?.title ?? m.section)}`,
    ...(stage ? [`**${ctx.t.expectedFrom}** [${texts.plain(stage.title)}](./../stages.mdx#${stage.id})`] : []),
  ];
  const criteria = m.criteria
    .map(
      (c) =>
        `- <Anchor id="${c.id}" />${texts.inline(c.text, `${m.path} criterion ${c.id}`)}${
          // When the criterion may be marked not applicable, and why: an assessor needs the condition beside it.
          c.mayNotApply
            ? `\n\n  *${ctx.t.mayNotApply}* ${texts.inline(c.mayNotApply, `${m.path} criterion ${c.id} mayNotApply`)}`
            : ''
        }`,
    )
    .join('\n');
  const sources = m.sources.map((key) => {
    const source = ctx.source(key);
    const link = source?.URL ? ` ${texts.link(source.URL)}` : '';
    return `- [@${key}] ${texts.plain(authors(source))}, *${texts.plain(source?.title ?? key)}*${link}`;
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
      ...ctx.translationNotes((key) => keyOfMilestone(key) === m.id),
      `<p className="milestone-summary">${texts.inline(m.summary, `${m.path} summary`)}</p>`,
      facts.join(' · '),
      `## ${ctx.t.criteria}`,
      ctx.t.criteriaIntro,
      criteria,
      texts.block(m.body, `${m.path} body`),
      ...(sources.length > 0 ? [`## ${ctx.t.sourcesCited}`, sources.join('\n')] : []),
      ...(related.length > 0 ? [`## ${ctx.t.related}`, related.join('\n')] : []),
      ...crosswalkSection(ctx, m),
      `## ${ctx.t.howToCite}`,
      `<CiteThis data="${componentData(citation)}" />`,
    ],
  );
}

/** The milestone's mappings and its criteria's, or a note that none relates; nothing for a rubric without catalogs. */
function crosswalkSection(ctx: PageContext, m: Milestone): string[] {
  if (ctx.data.frameworks.length === 0) return [];
  const { texts } = ctx;
  const line = (owner: string, mapping: Milestone['mappings'][number]) => {
    const how = [mapping.relationship, mapping.rationaleType].filter(Boolean).join(', ');
    const rationale = texts.inline(mapping.rationale, `${m.path} mapping to ${mapping.target}`);
    // `no-relationship` names a framework alone: no item to link, nothing quoted.
    if (!mapping.target.includes('/'))
      return `- ${owner}${texts.plain(frameworkLabel(ctx.data, mapping.target))} (\`${mapping.target}\`), *${how}*: ${rationale}`;
    const basis = excerptsOf(ctx.data, mapping).map(
      (e) => `  - ${texts.plain(e.locator)}: “${texts.plain(e.text)}” (${texts.plain(ctx.t.readIn(e.readIn))})`,
    );
    return [
      `- ${owner}[${texts.plain(frameworkItemLabel(ctx.data, mapping.target, ctx.t))}](framework:${mapping.target}) (\`${mapping.target}\`), *${how}*: ${rationale}`,
      ...(basis.length > 0 ? [`  ${ctx.t.restsOn}`, ...basis] : []),
    ].join('\n');
  };
  const lines = [
    ...m.mappings.map((mapping) => line('', mapping)),
    ...m.criteria.flatMap((c) => (c.mappings ?? []).map((mapping) => line(`\`${c.id}\`: `, mapping))),
  ];
  return [`## ${ctx.t.crosswalks}`, ctx.t.mappingMeaning, lines.length > 0 ? lines.join('\n') : ctx.t.noMapping];
}

/** The milestone a string's key belongs to: `milestone:<id>:…`, `criterion:<id>.<slug>`, `mapping:<id or criterion>:…`. */
function keyOfMilestone(key: string): string | undefined {
  const [kind, owner] = key.split(':');
  if (kind === 'milestone') return owner;
  if (kind === 'criterion' || kind === 'mapping') return owner?.split('.')[0];
  return undefined;
}
