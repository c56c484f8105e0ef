import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { page } from './context';
import { milestonePath } from './milestone';

/** The guide's wind-down section as its own page, when the rubric has one. */
export function windDownPage(ctx: PageContext): Page | undefined {
  const { data, texts } = ctx;
  const windDown = data.milestones.find((m) => m.section === 'wind-down');
  if (!windDown) return undefined;
  return page(
    'wind-down.mdx',
    {
      id: 'wind-down',
      title: ctx.t.windDownTitle,
      slug: '/wind-down',
      description: ctx.t.windDownDescription,
      custom_edit_url: ctx.edit(`rubric/${windDown.path}`),
    },
    [
      `${texts.inline(windDown.summary, `${windDown.path} summary`)} ${ctx.t.fullMilestone(ctx.milestoneLink(windDown))}`,
      `## ${ctx.t.credibleOutline}`,
      windDown.criteria
        .map(
          (c) =>
            `- [${texts.inline(c.text, `${windDown.path} criterion ${c.id}`)}](./${milestonePath(windDown)}#${c.id})`,
        )
        .join('\n'),
    ],
  );
}
