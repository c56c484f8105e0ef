/**
 * A remark-stringify (mdast-util-to-markdown) extension: text is escaped as
 * usual, except citations. Left alone, the serializer writes `[@fsb-2023]`
 * as `\[@fsb-2023]` (a bracket could start a link), after which it is no
 * longer a citation and nothing checks it. Citation groups and numbered
 * citations are written as they are; they cannot start a link, having no `(`
 * or `[` after them.
 */
import type { Text } from 'mdast';
import type { Handle, Options as ToMarkdownExtension } from 'mdast-util-to-markdown';
import { findCitationGroups, findNumberedCitations, type Span } from './citations.js';

const text: Handle = (node: Text, _parent, state, info) => {
  const value = node.value;
  const keep: Span[] = [...findCitationGroups(value), ...findNumberedCitations(value)]
    .filter((span) => value[span.end] !== '(' && value[span.end] !== '[')
    .sort((a, b) => a.start - b.start);
  if (keep.length === 0) return state.safe(value, info);
  let out = '';
  let cursor = 0;
  for (const span of keep) {
    if (span.start < cursor) continue;
    out += state.safe(value.slice(cursor, span.start), {
      ...info,
      before: value[cursor - 1] ?? info.before,
      after: '[',
    });
    out += value.slice(span.start, span.end);
    cursor = span.end;
  }
  out += state.safe(value.slice(cursor), { ...info, before: ']' });
  return out;
};

export const citationSafeText: ToMarkdownExtension = { handlers: { text } };
