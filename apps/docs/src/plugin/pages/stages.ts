import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { page } from './context';

/** The lifecycle stages, each with the milestones its description in the guide names, and the words that do. */
export function stagesPage(ctx: PageContext): Page {
  const { data, texts } = ctx;
  return page(
    'stages.mdx',
    {
      id: 'stages',
      title: ctx.t.stagesTitle,
      slug: '/stages',
      description: ctx.t.stagesDescription,
      custom_edit_url: ctx.edit('rubric/stages.yaml'),
    },
    [
      ...ctx.translationNotes((key) => key.startsWith('stage:')),
      ctx.t.stagesIntro,
      ...data.stages.map((s) => {
        const tied = data.milestones.filter((m) => m.stage === s.id);
        return [
          `## ${s.number}. ${texts.plain(s.title)} {#${s.id}}`,
          texts.block(s.description, `stages.yaml ${s.id} description`),
          tied.length > 0
            ? tied
                .map((m) => `- ${ctx.milestoneLink(m)}${m.stageBasis ? `: “${texts.plain(m.stageBasis)}”` : ''}`)
                .join('\n')
            : ctx.t.noMilestoneAtStage,
        ].join('\n\n');
      }),
    ],
  );
}
