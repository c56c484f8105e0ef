/**
 * Writes a migration into the assessment's own YAML: answers are moved as
 * nodes (so the comments on them move too), renamed by their key, cloned for
 * a split, given a `review` where they need one, and kept under `retired`
 * where their item has no successor. Everything else in the file stays as
 * it was written.
 */

import { isMap, isScalar, Pair, parseDocument, Scalar, YAMLMap } from 'yaml';
import type { Migration } from './migrate.js';

export function migrateYaml(text: string, migration: Migration): string {
  const document = parseDocument(text);
  document.set('rubricVersion', migration.to);
  const old = document.get('milestones', true);
  const milestones = new YAMLMap();
  const retired = isMap(document.get('retired', true)) ? (document.get('retired', true) as YAMLMap) : new YAMLMap();
  const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
  const entryFor = (id: string, key?: unknown): YAMLMap => {
    const found = milestones.items.find((p) => keyOf(p) === id);
    if (found && isMap(found.value)) return found.value as YAMLMap;
    const map = new YAMLMap();
    milestones.items.push(new Pair(key ?? new Scalar(id), map));
    return map;
  };
  const reviewed = (node: YAMLMap, reason: string | undefined): YAMLMap => {
    if (reason !== undefined) node.set('review', reason);
    return node;
  };

  // The parser gives a comment above the first answer to the map; it belongs to that answer, and moves with it.
  const first = isMap(old) ? (old.items[0] as Pair | undefined) : undefined;
  if (isMap(old) && old.commentBefore && first && isScalar(first.key)) {
    first.key.commentBefore = old.commentBefore;
    old.commentBefore = null;
  }
  for (const pair of isMap(old) ? (old.items as Pair[]) : []) {
    const id = keyOf(pair);
    const value = pair.value;
    if (!isMap(value)) continue;
    const criteria = value.get('criteria', true);
    value.delete('criteria');
    const own = migration.steps.find((s) => s.kind === 'milestone' && s.id === id);
    if (own?.action === 'retired') {
      value.set('reason', own.reason ?? '');
      retired.items.push(new Pair(pair.key, value));
    } else if (own) {
      own.to.forEach((place, i) => {
        const node = (i === 0 ? value : value.clone()) as YAMLMap;
        const into = entryFor(place.milestone, place.milestone === id ? pair.key : undefined);
        for (const item of reviewed(node, own.reason).items) into.items.push(item as Pair);
      });
    }
    for (const step of migration.steps.filter((s) => s.kind === 'criterion' && s.milestone === id)) {
      const found: unknown = isMap(criteria) ? (criteria as YAMLMap).get(step.id, true) : undefined;
      if (!isMap(found)) continue;
      const node = found as YAMLMap;
      if (step.action === 'retired') {
        node.set('reason', step.reason ?? '');
        retired.items.push(new Pair(new Scalar(step.id), node));
        continue;
      }
      step.to.forEach((place, i) => {
        const copy = reviewed((i === 0 ? node : node.clone()) as YAMLMap, step.reason);
        const entry = entryFor(place.milestone, place.milestone === id ? pair.key : undefined);
        const existing: unknown = entry.get('criteria', true);
        const list = isMap(existing) ? (existing as YAMLMap) : new YAMLMap();
        if (!isMap(existing)) entry.set('criteria', list);
        list.set(place.criterion as string, copy);
      });
    }
  }
  // The new map takes the old one's place, with the comments written on it.
  if (isMap(old)) {
    if (old.commentBefore) milestones.commentBefore = old.commentBefore;
    if (old.comment) milestones.comment = old.comment;
  }
  document.set('milestones', milestones);
  if (retired.items.length > 0) document.set('retired', retired);
  return document.toString({ lineWidth: 0 });
}
