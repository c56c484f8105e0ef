/**
 * Renders one version of the rubric into MDX pages. The MDX around the
 * rubric's text is this project's own; the rubric's text never becomes MDX
 * source. Each piece of it is a token in the page (see `createTextTable`)
 * that `resolveTexts` (rubric-text.mjs) replaces with the tree the rubric's
 * one parser produced, so the page compiler sees only data.
 */
import { diffRubrics, groupChanges } from '@usd1-milestones/core/diff';
import { createTextTable } from './rubric-text.mjs';

const pad = (n) => String(n).padStart(2, '0');

function frontMatter(fields) {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value === null ? 'null' : JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/**
 * All pages of one version: `{ path, content }[]` relative to the version's docs folder,
 * its sidebar, and the table of rubric texts its pages hold as tokens. `editBase` is the
 * repository's edit URL for Next, null for releases.
 */
export function renderVersion(data, { label, previous, editBase }) {
  const texts = createTextTable();
  const { plain, inline, block, link } = texts;
  const milestoneLink = (m) => `[Milestone ${m.number}: ${plain(m.title)}](milestone:${m.id})`;
  const edit = (file) => (editBase ? `${editBase}/${file}` : null);
  const byId = new Map(data.milestones.map((m) => [m.id, m]));
  const bucketOf = new Map(data.buckets.map((b) => [b.id, b]));
  const sectionOf = new Map(data.sections.map((s) => [s.id, s]));
  const stageOf = new Map(data.stages.map((s) => [s.id, s]));
  const citedBy = new Map(data.sources.map((s) => [s.id, data.milestones.filter((m) => m.sources.includes(s.id))]));
  const pages = [];

  pages.push({
    path: 'index.mdx',
    content:
      frontMatter({
        id: 'index',
        title: data.title,
        slug: '/',
        sidebar_label: 'Home',
        description: data.description,
        custom_edit_url: edit('rubric/rubric.yaml'),
      }) +
      [
        block(data.description, 'rubric.yaml description'),
        `This is version **${label}** of the rubric.`,
        '## How to read it',
        `The rubric has ${data.milestones.length} milestones. Each one is a checkable point: a short summary, the criteria that show it is met, why it matters and how to read the evidence. The [milestone map](./map.mdx) groups them into ${data.buckets.length} risk buckets, and the [lifecycle stages](./stages.mdx) show when each one starts to be expected. The [progress signals](./signals.mdx) are things anyone can track over time. Terms are defined in the [glossary](./glossary.mdx) and every citation leads to the [sources](./sources.mdx).`,
        'A mature arrangement usually shows progress in every bucket, not only in price stability. Compare arrangements across all of them.',
        '## Neutrality notice',
        block(data.neutralityNotice, 'rubric.yaml neutralityNotice'),
        '## Not advice',
        block(data.disclaimer, 'rubric.yaml disclaimer'),
      ].join('\n\n') +
      '\n',
  });

  const bucketSections = data.buckets.map((b) =>
    [
      `## ${b.number}. ${plain(b.title)} {#${b.id}}`,
      `*${inline(b.question, `buckets.yaml ${b.id} question`)}*`,
      data.milestones
        .filter((m) => m.bucket === b.id)
        .map((m) => `- ${milestoneLink(m)}: ${inline(m.summary, `${m.path} summary`)}`)
        .join('\n'),
    ].join('\n\n'),
  );
  pages.push({
    path: 'map.mdx',
    content:
      frontMatter({
        id: 'map',
        title: 'Milestone map',
        slug: '/map',
        description: 'The milestones in their seven risk buckets.',
        custom_edit_url: edit('rubric/buckets.yaml'),
      }) +
      [
        `The ${data.milestones.length} milestones in ${data.buckets.length} risk buckets. The same milestones by lifecycle stage are on the [lifecycle stages](./stages.mdx) page.`,
        ...bucketSections,
      ].join('\n\n') +
      '\n',
  });

  const byNumber = [...data.milestones].sort((a, b) => a.number - b.number);
  for (const [index, m] of byNumber.entries()) {
    const bucket = bucketOf.get(m.bucket);
    const section = sectionOf.get(m.section);
    const stage = m.stage ? stageOf.get(m.stage) : undefined;
    const facts = [
      `**Milestone ${m.number}**`,
      `**Bucket:** [${plain(bucket?.title ?? m.bucket)}](./../map.mdx#${m.bucket})`,
      `**Section:** ${plain(section?.title ?? m.section)}`,
      ...(stage ? [`**Expected from:** [${plain(stage.title)}](./../stages.mdx#${stage.id})`] : []),
    ];
    const criteria = m.criteria
      .map((c) => `- [ ] <Anchor id="${c.id}" />${inline(c.text, `${m.path} criterion ${c.id}`)}`)
      .join('\n');
    const sources = m.sources.map((key) => {
      const source = data.sources.find((s) => s.id === key);
      return `- [@${key}] ${plain(authors(source))}, *${plain(source?.title ?? key)}*`;
    });
    const related = m.related
      .map((id) => byId.get(id))
      .filter(Boolean)
      .map((r) => `- ${milestoneLink(r)}`);
    pages.push({
      path: `milestones/${pad(m.number)}-${m.id}.mdx`,
      content:
        frontMatter({
          id: m.id,
          title: `${m.number}. ${m.title}`,
          sidebar_label: `${m.number}. ${m.title}`,
          slug: `/milestones/${m.id}`,
          description: m.summary,
          custom_edit_url: edit(`rubric/${m.path}`),
          // Previous and next follow the milestone numbers, not the sidebar's bucket order.
          pagination_prev: byNumber[index - 1] ? `milestones/${byNumber[index - 1].id}` : 'map',
          pagination_next: byNumber[index + 1] ? `milestones/${byNumber[index + 1].id}` : 'stages',
        }) +
        [
          "import Anchor from '@site/src/components/Anchor';",
          `<p className="milestone-summary">${inline(m.summary, `${m.path} summary`)}</p>`,
          facts.join(' · '),
          '## Criteria',
          criteria,
          block(m.body, `${m.path} body`),
          ...(sources.length > 0 ? ['## Sources cited', sources.join('\n')] : []),
          ...(related.length > 0 ? ['## Related milestones', related.join('\n')] : []),
        ].join('\n\n') +
        '\n',
    });
  }

  pages.push({
    path: 'glossary.mdx',
    content:
      frontMatter({
        id: 'glossary',
        title: 'Glossary',
        slug: '/glossary',
        description: 'Every term the guide defines.',
        custom_edit_url: edit('rubric/glossary.yaml'),
      }) +
      [
        'Every term the guide defines, with its abbreviations and other spellings.',
        ...data.glossary.map((t) =>
          [
            `## ${plain(t.term)} {#${t.slug}}`,
            block(t.definition, `glossary.yaml ${t.slug} definition`),
            ...(t.aliases.length > 0 ? [`*Also:* ${t.aliases.map((alias) => plain(alias)).join(', ')}`] : []),
            ...(t.seeAlso.length > 0
              ? [
                  `*See also:* ${t.seeAlso.map((slug) => `[${plain(data.glossary.find((x) => x.slug === slug)?.term ?? slug)}](glossary:${slug})`).join(', ')}`,
                ]
              : []),
          ].join('\n\n'),
        ),
      ].join('\n\n') +
      '\n',
  });

  pages.push({
    path: 'sources.mdx',
    content:
      frontMatter({
        id: 'sources',
        title: 'Sources',
        slug: '/sources',
        description: 'The bibliography, numbered as in the guide.',
        custom_edit_url: edit('rubric/sources.yaml'),
      }) +
      [
        'The sources the milestones cite, numbered as in the original guide.',
        ...data.sources.map((s) => {
          const users = citedBy.get(s.id) ?? [];
          return [
            `## ${s.number}. ${plain(authors(s))} {#${s.id}}`,
            `*${plain(s.title)}*${s['collection-title'] ? ` (${plain(s['collection-title'])} No ${plain(s['collection-number'])})` : ''}${s.source ? ` (${plain(s.source)})` : ''}, ${plain(s.issued['date-parts'][0][0])}.${s.URL ? ` ${link(s.URL)}` : ''}`,
            `Key: \`${s.id}\``,
            users.length > 0
              ? `Cited by: ${users.map((m) => milestoneLink(m)).join(', ')}.`
              : 'Not cited by any milestone.',
          ].join('\n\n');
        }),
      ].join('\n\n') +
      '\n',
  });

  pages.push({
    path: 'stages.mdx',
    content:
      frontMatter({
        id: 'stages',
        title: 'Lifecycle stages',
        slug: '/stages',
        description: 'The five lifecycle stages and the milestones tied to each.',
        custom_edit_url: edit('rubric/stages.yaml'),
      }) +
      [
        'Expectations rise as volume and reach grow. Not every arrangement follows this exact path. The milestones listed under a stage are the ones this rubric first expects at that stage, a judgement of this rubric that matches what the stage description asks for; the guide itself ties only the wind-down plan to a stage (long-run maturity).',
        ...data.stages.map((s) => {
          const tied = data.milestones.filter((m) => m.stage === s.id);
          return [
            `## ${s.number}. ${plain(s.title)} {#${s.id}}`,
            block(s.description, `stages.yaml ${s.id} description`),
            tied.length > 0
              ? tied.map((m) => `- ${milestoneLink(m)}`).join('\n')
              : 'No milestone is tied to this stage.',
          ].join('\n\n');
        }),
      ].join('\n\n') +
      '\n',
  });

  pages.push({
    path: 'signals.mdx',
    content:
      frontMatter({
        id: 'signals',
        title: 'Progress signals',
        slug: '/signals',
        description: 'Signals anyone can track without relying on promotional claims.',
        custom_edit_url: edit('rubric/signals.yaml'),
      }) +
      [
        'Things an outsider can observe over time, without relying on promotional claims.',
        ...data.signals.map((s) =>
          [
            `## ${plain(s.title)} {#${s.id}}`,
            block(s.description, `signals.yaml ${s.id} description`),
            `*Buckets:* ${s.buckets.map((id) => `[${plain(bucketOf.get(id)?.title ?? id)}](./map.mdx#${id})`).join(', ')}`,
            `*Milestones:* ${s.milestones
              .map((id) => byId.get(id))
              .filter(Boolean)
              .map(milestoneLink)
              .join(', ')}`,
          ].join('\n\n'),
        ),
      ].join('\n\n') +
      '\n',
  });

  const windDown = data.milestones.find((m) => m.section === 'wind-down');
  if (windDown) {
    pages.push({
      path: 'wind-down.mdx',
      content:
        frontMatter({
          id: 'wind-down',
          title: 'Wind-down plan',
          slug: '/wind-down',
          description: 'How holders get their money back if an arrangement stops.',
          custom_edit_url: edit(`rubric/${windDown.path}`),
        }) +
        [
          `${inline(windDown.summary, `${windDown.path} summary`)} The full milestone is ${milestoneLink(windDown)}.`,
          '## What a credible outline explains',
          windDown.criteria
            .map(
              (c) =>
                `- [${inline(c.text, `${windDown.path} criterion ${c.id}`)}](./milestones/${pad(windDown.number)}-${windDown.id}.mdx#${c.id})`,
            )
            .join('\n'),
        ].join('\n\n') +
        '\n',
    });
  }

  pages.push({ path: 'changes.mdx', content: renderChanges(data, label, previous, texts, milestoneLink) });

  const sidebar = {
    rubric: [
      'index',
      'map',
      ...data.buckets.map((b) => ({
        type: 'category',
        label: `${b.number}. ${b.title}`,
        collapsed: true,
        items: data.milestones.filter((m) => m.bucket === b.id).map((m) => `milestones/${m.id}`),
      })),
      'stages',
      'signals',
      ...(windDown ? ['wind-down'] : []),
      'glossary',
      'sources',
      'changes',
    ],
  };
  return { pages, sidebar, texts };
}

function renderChanges(data, label, previous, { inline }, milestoneLink) {
  const head = frontMatter({
    id: 'changes',
    title: 'What changed',
    slug: '/changes',
    description: `Changes in version ${label}.`,
    custom_edit_url: null,
  });
  if (!previous) {
    const criteria = data.milestones.reduce((n, m) => n + m.criteria.length, 0);
    return (
      head +
      [
        `Version ${label} is the first release: ${data.milestones.length} milestones with ${criteria} criteria, ${data.glossary.length} glossary terms and ${data.sources.length} sources, taken from the original guide.`,
        '## Added',
        data.milestones.map((m) => `- ${milestoneLink(m)}`).join('\n'),
      ].join('\n\n') +
      '\n'
    );
  }
  const diff = diffRubrics(previous.data, data);
  if (diff.changes.length === 0) return `${head}No changes since version ${previous.label}.\n`;
  const groups = groupChanges(diff.changes).map((group) =>
    [`## ${group.title}`, group.changes.map((c) => `- ${inline(c.message, `change to ${c.id}`)}`).join('\n')].join(
      '\n\n',
    ),
  );
  return `${head}${[`Changes since version ${previous.label}, item by item. This release is a **${diff.bump}** release.`, ...groups.filter(Boolean)].join('\n\n')}\n`;
}

function authors(source) {
  if (!source) return '';
  return source.author?.map((a) => a.literal).join('; ') ?? source.publisher ?? '';
}
