import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { page } from './context';

/** Progress signals: what an outsider can observe, with the buckets and milestones each bears on. */
export function signalsPage(ctx: PageContext): Page {
  const { data, texts } = ctx;
  return page(
    'signals.mdx',
    {
      id: 'signals',
      title: ctx.t.signalsTitle,
      slug: '/signals',
      description: ctx.t.signalsDescription,
      custom_edit_url: ctx.edit('rubric/signals.yaml'),
    },
    [
      ...ctx.translationNotes((key) => key.startsWith('signal:')),
      ctx.t.signalsIntro,
      ...data.signals.map((s) =>
        [
          `## ${texts.plain(s.title)} {#${s.id}}`,
          texts.block(s.description, `signals.yaml ${s.id} description`),
          `*${ctx.t.buckets}* ${s.buckets.map((id) => `[${texts.plain(ctx.bucket(id)?.title ?? id)}](./map.mdx#${id})`).join(', ')}`,
          `*${ctx.t.milestones}* ${s.milestones
            .flatMap((id) => {
              const m = ctx.milestone(id);
              return m ? [ctx.milestoneLink(m)] : [];
            })
            .join(', ')}`,
        ].join('\n\n'),
      ),
    ],
  );
}
