import { diffRubrics, groupChanges } from '@usd1-milestones/core/diff';
import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { count, page } from './context';

/** "What changed": the semantic diff against the previous version, in the diff's own groups. */
export function changesPage(ctx: PageContext): Page {
  const { data, label, previous, texts } = ctx;
  const fields = {
    id: 'changes',
    title: 'What changed',
    slug: '/changes',
    description: `Changes in version ${label}.`,
    custom_edit_url: null,
  };
  if (!previous) {
    const criteria = data.milestones.reduce((n, m) => n + m.criteria.length, 0);
    return page('changes.mdx', fields, [
      `Version ${label} is the first release: ${count(data.milestones.length, 'milestone')} with ${count(criteria, 'criterion', 'criteria')}, ${count(data.glossary.length, 'glossary term')} and ${count(data.sources.length, 'source')}, taken from the original guide.`,
      '## Added',
      data.milestones.map((m) => `- ${ctx.milestoneLink(m)}`).join('\n'),
    ]);
  }
  const diff = diffRubrics(previous.data, data);
  if (diff.changes.length === 0) return page('changes.mdx', fields, [`No changes since version ${previous.label}.`]);
  return page('changes.mdx', fields, [
    `Changes since version ${previous.label}, item by item. This release is a **${diff.bump}** release.`,
    ...groupChanges(diff.changes).map((group) =>
      [
        `## ${group.title}`,
        group.changes.map((c) => `- ${texts.inline(c.message, `change to ${c.id}`)}`).join('\n'),
      ].join('\n\n'),
    ),
  ]);
}
