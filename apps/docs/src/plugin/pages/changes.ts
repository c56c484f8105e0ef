import { diffRubrics, groupChanges } from '@usd1-milestones/core/diff';
import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { page } from './context';

/** "What changed": the semantic diff against the previous version, in the diff's own groups. */
export function changesPage(ctx: PageContext): Page {
  const { data, label, previous, texts } = ctx;
  const fields = {
    id: 'changes',
    title: ctx.t.changesTitle,
    slug: '/changes',
    description: ctx.t.changesDescription(label),
    custom_edit_url: null,
  };
  if (!previous) {
    const criteria = data.milestones.reduce((n, m) => n + m.criteria.length, 0);
    return page('changes.mdx', fields, [
      ctx.t.firstRelease(label, data.milestones.length, criteria, data.glossary.length, data.sources.length),
      `## ${ctx.t.added}`,
      data.milestones.map((m) => `- ${ctx.milestoneLink(m)}`).join('\n'),
    ]);
  }
  const diff = diffRubrics(previous.data, data);
  if (diff.changes.length === 0) return page('changes.mdx', fields, [ctx.t.noChanges(previous.label)]);
  return page('changes.mdx', fields, [
    ctx.t.changesIntro(previous.label, diff.bump),
    ...(ctx.t.changesInEnglish ? [ctx.t.changesInEnglish] : []),
    ...groupChanges(diff.changes).map((group) =>
      [
        `## ${ctx.t.changeGroups[group.title] ?? group.title}`,
        group.changes.map((c) => `- ${texts.inline(c.message, `change to ${c.id}`)}`).join('\n'),
      ].join('\n\n'),
    ),
  ]);
}
