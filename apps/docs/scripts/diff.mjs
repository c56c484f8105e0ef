/**
 * A simple item-by-item data diff between two versions of the rubric, for
 * the "What changed" page. (A later issue replaces it with the semantic diff.)
 */
const kinds = [
  { key: 'buckets', id: 'id', noun: 'bucket', label: (b) => b.title, fields: ['number', 'title', 'question'] },
  {
    key: 'milestones',
    id: 'id',
    noun: 'milestone',
    label: (m) => `${m.number}. ${m.title}`,
    fields: ['number', 'title', 'summary', 'bucket', 'section', 'stage', 'status', 'body'],
  },
  { key: 'criteria', id: 'id', noun: 'criterion', label: (c) => c.text, fields: ['text', 'status'] },
  {
    key: 'glossary',
    id: 'slug',
    noun: 'glossary term',
    label: (t) => t.term,
    fields: ['term', 'definition', 'aliases', 'seeAlso', 'status'],
  },
  { key: 'sources', id: 'id', noun: 'source', label: (s) => s.title, fields: ['number', 'title', 'issued', 'URL'] },
];

const criteriaOf = (data) => data.milestones.flatMap((m) => m.criteria);

/** `[{kind, change: 'added'|'removed'|'changed', id, label, fields?}]` in a stable order. */
export function diffRubrics(before, after) {
  const changes = [];
  for (const kind of kinds) {
    const list = (data) => (kind.key === 'criteria' ? criteriaOf(data) : data[kind.key]);
    const old = new Map(list(before).map((item) => [item[kind.id], item]));
    const now = new Map(list(after).map((item) => [item[kind.id], item]));
    for (const [id, item] of now) {
      const previous = old.get(id);
      if (!previous) {
        changes.push({ kind: kind.noun, change: 'added', id, label: kind.label(item) });
        continue;
      }
      const fields = kind.fields.filter((f) => JSON.stringify(previous[f]) !== JSON.stringify(item[f]));
      if (fields.length > 0) changes.push({ kind: kind.noun, change: 'changed', id, label: kind.label(item), fields });
    }
    for (const [id, item] of old)
      if (!now.has(id)) changes.push({ kind: kind.noun, change: 'removed', id, label: kind.label(item) });
  }
  return changes;
}
