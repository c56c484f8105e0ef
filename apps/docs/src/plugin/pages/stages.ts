import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { page } from './context';

/** The lifecycle stages, each with the milestones this rubric first expects at it. */
export function stagesPage(ctx: PageContext): Page {
  const { data, texts } = ctx;
  return page(
    'stages.mdx',
    {
      id: 'stages',
      title: 'Lifecycle stages',
      slug: '/stages',
      description: 'The five lifecycle stages and the milestones tied to each.',
      custom_edit_url: ctx.edit('rubric/stages.yaml'),
    },
    [
      'Expectations rise as volume and reach grow. Not every arrangement follows this exact path. The milestones listed under a stage are the ones this rubric first expects at that stage, a judgement of this rubric that matches what the stage description asks for; the guide itself ties only the wind-down plan to a stage (long-run maturity).',
      ...data.stages.map((s) => {
        const tied = data.milestones.filter((m) => m.stage === s.id);
        return [
          `## ${s.number}. ${texts.plain(s.title)} {#${s.id}}`,
          texts.block(s.description, `stages.yaml ${s.id} description`),
          tied.length > 0
            ? tied.map((m) => `- ${ctx.milestoneLink(m)}`).join('\n')
            : 'No milestone is tied to this stage.',
        ].join('\n\n');
      }),
    ],
  );
}
