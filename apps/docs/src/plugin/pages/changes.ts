import { changesDocument, groupChanges, type RubricChange } from '@usd1-milestones/core/diff';
import type { Page } from '../text-tokens';
import type { PageContext } from './context';
import { componentData, page } from './context';

/**
 * "What changed": the version's changes.json (core's changesDocument, the file
 * served at /data/<version>/changes.json), in the diff's own groups, each
 * changed text word by word.
 */
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
  const diff = changesDocument(previous.data, ctx.english ?? data);
  if (diff.changes.length === 0) return page('changes.mdx', fields, [ctx.t.noChanges(previous.label)]);
  const item = (c: RubricChange) =>
    [
      `- ${texts.inline(c.message, `change to ${c.id}`)}`,
      ...(c.texts ?? []).map(
        (t) =>
          `\n  <WordDiff data="${componentData({ field: t.field, words: t.words, label: ctx.t.wordByWord(t.field) })}" />`,
      ),
    ].join('\n');
  return page('changes.mdx', fields, [
    "import WordDiff from '@site/src/components/WordDiff';",
    ctx.t.changesIntro(previous.label, diff.bump),
    ...(ctx.t.changesInEnglish ? [ctx.t.changesInEnglish] : []),
    ...groupChanges(diff.changes).map((group) =>
      [`## ${ctx.t.changeGroups[group.title] ?? group.title}`, group.changes.map(item).join('\n')].join('\n\n'),
    ),
  ]);
}
