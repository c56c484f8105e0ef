import type { Source } from '@usd1-milestones/rubric';
import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { authors, page } from './context';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A CSL date as written in English: `17 July 2023`, `July 2023` or `2023`, as much as is known. */
export function issuedText([year, month, day]: readonly number[]): string {
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  if (monthName === undefined) return String(year ?? '');
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** The bibliography, numbered as in the guide, with the milestones that cite each source. */
export function sourcesPage(ctx: PageContext): Page {
  const { data, texts } = ctx;
  const describe = (s: Source) => {
    const number = s['collection-number'] === undefined ? '' : ` No ${texts.plain(s['collection-number'])}`;
    const series = s['collection-title'] ? ` (${texts.plain(s['collection-title'])}${number})` : '';
    const from = s.source ? ` (${texts.plain(s.source)})` : '';
    const issued = texts.plain(issuedText(s.issued['date-parts'][0] ?? []));
    return `*${texts.plain(s.title)}*${series}${from}, ${issued}.${s.URL ? ` ${texts.link(s.URL)}` : ''}`;
  };
  return page(
    'sources.mdx',
    {
      id: 'sources',
      title: 'Sources',
      slug: '/sources',
      description: 'The bibliography, numbered as in the guide.',
      custom_edit_url: ctx.edit('rubric/sources.yaml'),
    },
    [
      'The sources the milestones cite, numbered as in the original guide.',
      ...data.sources.map((s) => {
        const users = data.milestones.filter((m) => m.sources.includes(s.id));
        return [
          `## ${s.number}. ${texts.plain(authors(s))} {#${s.id}}`,
          describe(s),
          `Key: \`${s.id}\``,
          users.length > 0
            ? `Cited by: ${users.map((m) => ctx.milestoneLink(m)).join(', ')}.`
            : 'Not cited by any milestone.',
        ].join('\n\n');
      }),
    ],
  );
}
