import type { Source } from '@usd1-milestones/rubric';
import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { authors, page } from './context';
import { type Labels, labelsFor } from './labels';

/** A CSL date as the page's language writes it: `17 July 2023`, `17 de julio de 2023`, as much as is known. */
export function issuedText([year, month, day]: readonly number[], labels: Labels = labelsFor('en')): string {
  return labels.date(year, month, day);
}

/** The bibliography, numbered as in the guide, with the milestones that cite each source. */
export function sourcesPage(ctx: PageContext): Page {
  const { data, texts } = ctx;
  const describe = (s: Source) => {
    const number = s['collection-number'] === undefined ? '' : ` No ${texts.plain(s['collection-number'])}`;
    const series = s['collection-title'] ? ` (${texts.plain(s['collection-title'])}${number})` : '';
    const from = s.source ? ` (${texts.plain(s.source)})` : '';
    const issued = texts.plain(issuedText(s.issued['date-parts'][0] ?? [], ctx.t));
    return `*${texts.plain(s.title)}*${series}${from}, ${issued}.${s.URL ? ` ${texts.link(s.URL)}` : ''}`;
  };
  return page(
    'sources.mdx',
    {
      id: 'sources',
      title: ctx.t.sourcesTitle,
      slug: '/sources',
      description: ctx.t.sourcesDescription,
      custom_edit_url: ctx.edit('rubric/sources.yaml'),
    },
    [
      ctx.t.sourcesIntro,
      ...data.sources.map((s) => {
        const users = data.milestones.filter((m) => m.sources.includes(s.id));
        return [
          `## ${s.number}. ${texts.plain(authors(s))} {#${s.id}}`,
          describe(s),
          `${ctx.t.key} \`${s.id}\``,
          users.length > 0 ? `${ctx.t.citedBy} ${users.map((m) => ctx.milestoneLink(m)).join(', ')}.` : ctx.t.notCited,
        ].join('\n\n');
      }),
    ],
  );
}
